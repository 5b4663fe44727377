#include "DimensionStatsStore.h"

#include "Connection.h"
#include "FilterKeys.h"
#include "KpiSql.h"
#include "RollupUnits.h"

#include <QStringList>

namespace qadesk {

QList<GroupDimensionStats> DimensionStatsStore::run(const KpiFilter &filter, const QList<TimeBucket> &buckets,
                                                    Source source, std::optional<GroupBy> groupBy)
{
    QList<GroupDimensionStats> result;
    m_usedRollups = false;
    const FilterKeys keys = FilterKeys::resolve(m_connection, filter);
    if (keys.matchesNothing || buckets.isEmpty()) {
        return result;
    }
    const bool agentLevel = keys.agent || groupBy == GroupBy::Agent;
    const bool filtersAttributes = !filter.channel.isEmpty() || !filter.category.isEmpty();
    // The agent level of the dimension rollups has only the all-channel, all-category rows.
    const bool rollupAnswers = !(agentLevel && filtersAttributes);
    const bool rollup = source == Source::Rollup ||
                        (source == Source::Auto && rollupAnswers && KpiStore(m_connection).canUseRollup(filter));

    QVariantList values;
    QString sql;
    if (rollup) {
        m_usedRollups = true;
        const QList<RollupUnit> units = RollupUnits::split(buckets);
        if (units.isEmpty()) {
            return result;
        }
        const QString table = agentLevel ? QStringLiteral("dim_rollup_agent")
                              : (keys.team || groupBy == GroupBy::Team) ? QStringLiteral("dim_rollup_team")
                                                                       : QStringLiteral("dim_rollup_all");
        const QString head = QStringLiteral("WITH ") + RollupUnits::commonTable(units, values);
        QStringList conditions;
        keys.appendRollupConditions(filter, conditions, values);
        const QString key = !groupBy ? QStringLiteral("0")
                            : *groupBy == GroupBy::Agent ? QStringLiteral("r.agent_id")
                                                         : QStringLiteral("r.team_key");
        sql = head + QStringLiteral(" SELECT %1, r.dimension_key, SUM(r.n), SUM(r.total) FROM u JOIN %2 r "
                                    "ON r.span = u.span AND r.start = u.start WHERE %3 "
                                    "GROUP BY %4r.dimension_key ORDER BY 1, 2")
                         .arg(key, table, conditions.join(QStringLiteral(" AND ")),
                              groupBy ? key + QStringLiteral(", ") : QString());
    } else {
        QStringList rows;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            rows << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT))");
            values << buckets[i].fromUtc << buckets[i].toUtc;
        }
        QStringList conditions{kpisql::scoredDimensionsCondition()};
        keys.appendRawConditions(filter, conditions, values);
        const QString key = !groupBy ? QStringLiteral("0")
                            : *groupBy == GroupBy::Agent ? QStringLiteral("i.agent_id")
                                                         : QStringLiteral("COALESCE(i.team_id, 0)");
        sql = QStringLiteral("WITH b (lo, hi) AS (VALUES %1) SELECT %2, s.dimension_key, COUNT(*), SUM(s.score) "
                             "FROM b JOIN interactions i ON i.started_at >= b.lo AND i.started_at < b.hi %3 "
                             "WHERE %4 GROUP BY %5s.dimension_key ORDER BY 1, 2")
                  .arg(rows.join(QStringLiteral(", ")), key, kpisql::scoredDimensionsJoin(),
                       conditions.join(QStringLiteral(" AND ")), groupBy ? key + QStringLiteral(", ") : QString());
    }
    QSqlQuery q = m_connection.run(sql, values);
    while (q.next()) {
        const qint64 group = q.value(0).toLongLong();
        if (result.isEmpty() || result.constLast().key != group) {
            result.append(GroupDimensionStats{group, {}});
        }
        result.last().dimensions.append(DimensionStat{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toDouble()});
    }
    return result;
}

QList<DimensionStat> DimensionStatsStore::query(const KpiFilter &filter, const QList<TimeBucket> &buckets, Source source)
{
    const auto groups = run(filter, buckets, source, std::nullopt);
    return groups.isEmpty() ? QList<DimensionStat>() : groups.first().dimensions;
}

QList<GroupDimensionStats> DimensionStatsStore::queryGroups(const KpiFilter &filter, const QList<TimeBucket> &buckets,
                                                            GroupBy groupBy, Source source)
{
    return run(filter, buckets, source, groupBy);
}

} // namespace qadesk
