#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

namespace qadesk {

class Connection;
struct FilterKeys;

// Team mode (PostgreSQL, migration 017, docs/team-mode.md "Dashboards"): the KPI and dimension figures a person
// gets for a scope are sums over every row of it when they may read that scope's rollups (014's rollup rules), and
// nothing otherwise. The rollup rows come through their policies; the raw remainder (a period's partial edges, or
// the whole period when read from the raw rows) comes from qadesk_kpi_edges / qadesk_dim_edges, SECURITY DEFINER
// functions that sum every row of the scopes whose rollups the caller reads and return only those sums per
// interval (and agent or team): never a row, never an interval off the quarter hour. SQLite, the owner, QA managers
// and admins read every row and keep the plain queries.
class TeamAggregates final
{
public:
    // Which rollup table the figures pair with: its read rule decides which rows the sums include.
    enum class Level { All, Team, Agent };
    enum class Group { None, Agent, Team };

    explicit TeamAggregates(Connection &connection) : m_connection(connection) {}

    // Whether this connection sees only some rows while reading aggregates: PostgreSQL with migration 017, logged
    // in as an active person other than a QA manager or admin.
    bool needed();

    // A call of qadesk_kpi_edges (KPI components, columns as kpisql::componentColumns(true)) or qadesk_dim_edges
    // (dimension_key, n, total) over the intervals [from, to) of UTC seconds, each row keyed by `eid` (the
    // interval's index) and `gkey` (0, the agent, or the team: 0 for none); its values are appended to `values`.
    static QString kpiCall(const QList<std::pair<qint64, qint64>> &intervals, Level level, const FilterKeys &keys,
                           const QString &channel, const QString &category, Group group, QVariantList &values);
    static QString dimensionCall(const QList<std::pair<qint64, qint64>> &intervals, Level level, const FilterKeys &keys,
                                 const QString &channel, const QString &category, Group group, QVariantList &values);

    // Writes the two functions' bodies from KpiSql's own expressions (so that they count as the rollups do).
    // PostgreSQL only; run by the schema owner (Schema::migrate), so they run with the owner's rights.
    static void install(Connection &connection);

private:
    Connection &m_connection;
};

} // namespace qadesk
