#pragma once

#include "Progress.h"

#include <QString>
#include <QTimeZone>

namespace qadesk {

class Connection;

// The organisation's one time zone (meta org_timezone): every view, drill-down, export, PDF and CLI default
// reads local times, days, weeks and months in it. Chosen at `qadesk-cli init --tz` (default the system's),
// changed by an admin (Settings, `qadesk-cli config set timezone`). What depends on it in the database is the
// interactions.day column (the local day sampling periods use); the KPI rollups are keyed in UTC and serve every
// zone, so a change only renumbers those days.
class OrganisationZone final
{
public:
    // The zone stored in the database: org_timezone, else the older rollup_tz, else UTC.
    static QString id(Connection &connection);
    static QTimeZone zone(Connection &connection);
    // The zone the interactions.day column is numbered in now (differs from id() while a change is under way
    // or after one was interrupted; change() again finishes it).
    static QString dayZoneId(Connection &connection);
    // The system's zone, or UTC when it has no valid IANA name.
    static QByteArray systemZoneId();
    // A known IANA zone for `name`, else an invalid zone.
    static QTimeZone parse(const QString &name);

    // Stores `zone` as the organisation's (immediately: new rows use it) and renumbers interactions.day in it,
    // one transaction per period of constant UTC offset, reporting progress in those periods. A cancelled or
    // interrupted change leaves dayZoneId() behind; running change() again completes it.
    // `actor` is who changed it, for the audit log.
    static void change(Connection &connection, const QTimeZone &zone, const QString &actor,
                       const ProgressCallback &progress = {});
    // Sets the zone of a database with no interactions yet (init): no renumbering needed.
    static void setInitial(Connection &connection, const QByteArray &zoneId);

    // The zone of the database this process shows (the app reads it once it has opened the database, and again
    // after an admin changed it); views format their times in it. UTC until set. Thread-safe.
    static QTimeZone current();
    static void setCurrent(const QTimeZone &zone);
};

} // namespace qadesk
