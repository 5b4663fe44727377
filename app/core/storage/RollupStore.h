#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

class Connection;

// Keeps the rollup tables (kpi_rollup_* and dim_rollup_*, see resources/sql/003_dashboard_rollups.sql) equal to
// a from-scratch aggregation of interactions and submitted evaluations. Callers run it inside the transaction
// that changed the data, so readers never see rollups and rows disagree.
class RollupStore final
{
public:
    // The schema version that created the current rollup layout; older databases are rebuilt on migration.
    static constexpr int kLayoutVersion = 7;
    // Rollup rows are keyed in UTC, so that one set of rows answers every time zone: `start` counts whole hours
    // since Monday 1969-12-29 00:00 UTC, `span` is a length in hours: one hour (the totals only), one UTC day,
    // the week from a Monday, or the four weeks from a Monday whose day number is a multiple of 28.
    static constexpr int kHourSpan = 1;
    static constexpr int kDaySpan = 24;
    static constexpr int kWeekSpan = 7 * 24;
    static constexpr int kBlockSpan = 28 * 24;
    // Seconds from the rollup epoch (Monday 1969-12-29 00:00 UTC) to the Unix epoch.
    static constexpr qint64 kEpochShift = 3 * 86400;

    explicit RollupStore(Connection &connection) : m_connection(connection) {}

    // The UTC day (days since the rollup epoch) an instant (UTC epoch seconds) falls in.
    static qint64 rollupDay(qint64 utcSeconds) { return floorDiv(utcSeconds + kEpochShift, 86400); }
    // The first instant (UTC epoch seconds) of a rollup hour.
    static qint64 hourStartUtc(qint64 hour) { return hour * 3600 - kEpochShift; }
    // The first hour of the span-long unit holding `hour`.
    static qint64 spanStart(qint64 hour, int span) { return hour - (((hour % span) + span) % span); }
    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

    void rebuildAll();
    // Recomputes every rollup row of the given UTC days (rollupDay numbers) and of their weeks.
    void refreshDays(const QSet<qint64> &days);
    // After an evaluation of one agent's interaction changed: that agent's rows of the day and week, and the
    // team and total rows of the day and week.
    // On PostgreSQL it calls qadesk_refresh_agent_day (SECURITY DEFINER): in team mode the one who saves an
    // evaluation may read only some rows, while the rollups are sums over all of them.
    void refreshAgentDay(qint64 day, qint64 agentId);
    // Installs qadesk_refresh_agent_day(p_day, p_agent) on PostgreSQL: the statements refreshAgentDay runs on
    // SQLite, with their bound values written as expressions of the day and the agent. Run by the schema owner
    // (Schema::migrate), so the function runs with the owner's rights.
    void installTeamRefresh();

    // Recomputes the rows of UTC days [first, last) (of one agent at the agent level, when given) and of the
    // weeks and blocks they fall in.
    void refreshDays(qint64 first, qint64 last, std::optional<qint64> agentId);

    // Every rollup row as one line of text ("table|span|start|…"), in key order: what a check compares with the
    // rows of a rebuild to prove the maintained rollups exact.
    QStringList dump();

private:
    Connection &m_connection;
};

} // namespace qadesk
