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
    static constexpr int kLayoutVersion = 3;
    // span of a rollup row: one local day, the ISO week starting on the Monday `start`, or the four weeks
    // starting on a Monday whose Julian day number is a multiple of 28.
    static constexpr int kDaySpan = 1;
    static constexpr int kWeekSpan = 7;
    static constexpr int kBlockSpan = 28;

    explicit RollupStore(Connection &connection) : m_connection(connection) {}

    // The IANA zone whose local days key the rollups (and the interactions.day column).
    QString timeZoneId();
    // The first day of the span-long unit holding `day` (a Monday for weeks and blocks: Julian day 0 is one).
    static qint64 spanStart(qint64 day, int span) { return day - day % span; }

    void rebuildAll();
    // Recomputes every rollup row of the given local days (Julian day numbers) and of their weeks.
    void refreshDays(const QSet<qint64> &days);
    // After an evaluation of one agent's interaction changed: that agent's rows of the day and week, and the
    // team and total rows of the day and week.
    void refreshAgentDay(qint64 day, qint64 agentId);

    // Recomputes the day rows of local days [first, last) (of one agent at the agent level, when given) and
    // the week rows of the weeks they fall in.
    void refreshDays(qint64 first, qint64 last, std::optional<qint64> agentId);

    // Every rollup row as one line of text ("table|span|start|…"), in key order: what a check compares with the
    // rows of a rebuild to prove the maintained rollups exact.
    QStringList dump();

private:
    Connection &m_connection;
};

} // namespace qadesk
