#pragma once

#include <QSet>
#include <QString>

namespace qadesk {

class Connection;

// Keeps the daily KPI rollups (kpi_daily_agent / _team / _all) equal to a from-scratch aggregation of
// interactions and submitted evaluations. Callers run it inside the transaction that changed the data.
class RollupStore final
{
public:
    explicit RollupStore(Connection &connection) : m_connection(connection) {}

    // The IANA zone whose local days key the rollups (and the interactions.day column).
    QString timeZoneId();

    void rebuildAll();
    // Recomputes every rollup row of the given local days (Julian day numbers).
    void refreshDays(const QSet<qint64> &days);
    // Recomputes one agent's rows for one day, then that day's team and total rows (an evaluation submit).
    void refreshAgentDay(qint64 day, qint64 agentId);

private:
    void rebuildUpperGrains(const QString &dayCondition, const QVariantList &values);
    Connection &m_connection;
};

} // namespace qadesk
