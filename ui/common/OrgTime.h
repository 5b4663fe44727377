#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace qadesk {

// How views write an interaction's time: in the organisation's zone (OrganisationZone::current()), the same in the
// queue, the transcript header, the dashboard, drill-downs and reports; the source's own clock, where it differs,
// in a tooltip.
class OrgTime final
{
    Q_DECLARE_TR_FUNCTIONS(OrgTime)

public:
    // "2024-03-04 14:55" in the organisation's zone.
    static QString text(const QDateTime &instant);
    static QDateTime local(const QDateTime &instant);
    // "Source time 2024-03-04 22:55 (UTC+08:00)" when the instant's own offset differs from the organisation's
    // at that moment; empty otherwise.
    static QString sourceTip(const QDateTime &instant);
};

} // namespace qadesk
