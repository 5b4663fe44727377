#include "Rectification.h"

#include <QCoreApplication>

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

QString rectificationStateName(RectificationState state)
{
    switch (state) {
    case RectificationState::Open:
        return QCoreApplication::translate("RectificationState", "Open");
    case RectificationState::InProgress:
        return QCoreApplication::translate("RectificationState", "In progress");
    case RectificationState::Submitted:
        return QCoreApplication::translate("RectificationState", "Submitted");
    case RectificationState::Verified:
        return QCoreApplication::translate("RectificationState", "Verified");
    case RectificationState::Reopened:
        return QCoreApplication::translate("RectificationState", "Reopened");
    }
    return {};
}

QString rectificationStateName(const QString &key)
{
    const auto state = rectificationStateFromKey(key);
    return state ? rectificationStateName(*state) : key;
}

} // namespace qadesk
