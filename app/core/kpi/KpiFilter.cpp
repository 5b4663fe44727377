#include "KpiFilter.h"

namespace qadesk {

std::optional<KpiBucket> kpiBucketFromString(const QString &name)
{
    if (name == QLatin1String("day")) {
        return KpiBucket::Day;
    }
    if (name == QLatin1String("week")) {
        return KpiBucket::Week;
    }
    if (name == QLatin1String("month")) {
        return KpiBucket::Month;
    }
    if (name == QLatin1String("none")) {
        return KpiBucket::None;
    }
    return std::nullopt;
}

QString kpiBucketName(KpiBucket bucket)
{
    switch (bucket) {
    case KpiBucket::Day:
        return QStringLiteral("day");
    case KpiBucket::Week:
        return QStringLiteral("week");
    case KpiBucket::Month:
        return QStringLiteral("month");
    case KpiBucket::None:
        return QStringLiteral("none");
    }
    return {};
}

} // namespace qadesk
