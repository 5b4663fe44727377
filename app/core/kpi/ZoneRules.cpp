#include "ZoneRules.h"

#include <QDateTime>

namespace qadesk {

bool sameZoneRules(const QTimeZone &a, const QTimeZone &b)
{
    if (!a.isValid() || !b.isValid()) {
        return false;
    }
    if (a.id() == b.id()) {
        return true;
    }
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
    if (a.offsetFromUtc(from) != b.offsetFromUtc(from)) {
        return false;
    }
    const auto ta = a.transitions(from, to);
    const auto tb = b.transitions(from, to);
    if (ta.size() != tb.size()) {
        return false;
    }
    for (qsizetype i = 0; i < ta.size(); ++i) {
        if (ta[i].atUtc != tb[i].atUtc || ta[i].offsetFromUtc != tb[i].offsetFromUtc) {
            return false;
        }
    }
    return true;
}

QString zoneLabel(const QTimeZone &zone)
{
    const QByteArray id = zone.id();
    static const QByteArray utcAliases[] = {"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Universal",
                                            "Zulu", "UCT", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT"};
    for (const QByteArray &alias : utcAliases) {
        if (id == alias) {
            return QStringLiteral("UTC");
        }
    }
    return QString::fromUtf8(id);
}

} // namespace qadesk
