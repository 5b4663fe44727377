#include "RollupStore.h"

#include "Connection.h"
#include "KpiSql.h"
#include "Schema.h"

namespace qadesk {

namespace {

// Above this many days a full rebuild is cheaper than day-by-day refreshes.
constexpr int kMaxDaysForIncrementalRefresh = 45;

QString agentInsert(const QString &interactionCondition, const QString &evaluationCondition)
{
    return QStringLiteral("INSERT INTO kpi_daily_agent (day, agent_id, team_key, channel, category, %1) "
                          "SELECT i.day, i.agent_id, COALESCE(i.team_id, 0), COALESCE(i.channel, ''), "
                          "COALESCE(i.category, ''), %2 "
                          "FROM interactions i LEFT JOIN (%3) e ON e.interaction_id = i.id %4 "
                          "GROUP BY i.day, i.agent_id, COALESCE(i.team_id, 0), COALESCE(i.channel, ''), "
                          "COALESCE(i.category, '')")
        .arg(kpisql::componentColumns(), kpisql::componentsFromInteractions(),
             kpisql::evaluationAggregate(evaluationCondition), interactionCondition);
}

} // namespace

QString RollupStore::timeZoneId()
{
    return Schema::meta(m_connection, QStringLiteral("rollup_tz"), QStringLiteral("UTC"));
}

void RollupStore::rebuildUpperGrains(const QString &dayCondition, const QVariantList &values)
{
    m_connection.run(QStringLiteral("DELETE FROM kpi_daily_team %1").arg(dayCondition), values);
    m_connection.run(QStringLiteral("INSERT INTO kpi_daily_team (day, team_key, channel, category, %1) "
                                    "SELECT r.day, r.team_key, r.channel, r.category, %2 FROM kpi_daily_agent r %3 "
                                    "GROUP BY r.day, r.team_key, r.channel, r.category")
                         .arg(kpisql::componentColumns(), kpisql::componentsFromRollup(), dayCondition),
                     values);
    m_connection.run(QStringLiteral("DELETE FROM kpi_daily_all %1").arg(dayCondition), values);
    m_connection.run(QStringLiteral("INSERT INTO kpi_daily_all (day, channel, category, %1) "
                                    "SELECT r.day, r.channel, r.category, %2 FROM kpi_daily_team r %3 "
                                    "GROUP BY r.day, r.channel, r.category")
                         .arg(kpisql::componentColumns(), kpisql::componentsFromRollup(), dayCondition),
                     values);
}

void RollupStore::rebuildAll()
{
    m_connection.run(QStringLiteral("DELETE FROM kpi_daily_agent"));
    m_connection.run(agentInsert(QString(), QString()));
    rebuildUpperGrains(QString(), {});
}

void RollupStore::refreshDays(const QSet<qint64> &days)
{
    if (days.size() > kMaxDaysForIncrementalRefresh) {
        rebuildAll();
        return;
    }
    for (const qint64 day : days) {
        m_connection.run(QStringLiteral("DELETE FROM kpi_daily_agent WHERE day = ?"), {day});
        m_connection.run(agentInsert(QStringLiteral("WHERE i.day = ?"),
                                     QStringLiteral("AND interaction_id IN (SELECT id FROM interactions WHERE day = ?)")),
                         {day, day});
        rebuildUpperGrains(QStringLiteral("WHERE day = ?"), {day});
    }
}

void RollupStore::refreshAgentDay(qint64 day, qint64 agentId)
{
    m_connection.run(QStringLiteral("DELETE FROM kpi_daily_agent WHERE day = ? AND agent_id = ?"), {day, agentId});
    m_connection.run(agentInsert(QStringLiteral("WHERE i.day = ? AND i.agent_id = ?"),
                                 QStringLiteral("AND interaction_id IN "
                                                "(SELECT id FROM interactions WHERE day = ? AND agent_id = ?)")),
                     {day, agentId, day, agentId});
    rebuildUpperGrains(QStringLiteral("WHERE day = ?"), {day});
}

} // namespace qadesk
