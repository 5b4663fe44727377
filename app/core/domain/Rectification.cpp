#include "Rectification.h"

namespace qadesk {

QString rectificationStateKey(RectificationState state)
{
    switch (state) {
    case RectificationState::Open:
        return QStringLiteral("open");
    case RectificationState::InProgress:
        return QStringLiteral("in_progress");
    case RectificationState::Submitted:
        return QStringLiteral("submitted");
    case RectificationState::Verified:
        return QStringLiteral("verified");
    case RectificationState::Reopened:
        return QStringLiteral("reopened");
    }
    return {};
}

std::optional<RectificationState> rectificationStateFromKey(const QString &key)
{
    for (const RectificationState state : allRectificationStates()) {
        if (rectificationStateKey(state) == key) {
            return state;
        }
    }
    return std::nullopt;
}

QList<RectificationState> allRectificationStates()
{
    return {RectificationState::Open, RectificationState::InProgress, RectificationState::Submitted,
            RectificationState::Verified, RectificationState::Reopened};
}

} // namespace qadesk
