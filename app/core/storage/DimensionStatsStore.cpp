#include "DimensionStatsStore.h"

#include "Connection.h"
#include "FilterKeys.h"
#include "KpiSql.h"
#include "RollupStore.h"
#include "RollupUnits.h"
#include "TeamAggregates.h"

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
                        (source == Source::Auto && rollupAnswers && filter.zone.isValid());

    const bool teamLevel = !agentLevel && (keys.team || groupBy == GroupBy::Team);
    // Team mode, for a person who sees only some rows: the raw sums come from the database over every row of the
    // scopes whose rollups they read (TeamAggregates).
    const bool wholeScope = TeamAggregates(m_connection).needed();
    const TeamAggregates::Level level = agentLevel  ? TeamAggregates::Level::Agent
                                        : teamLevel ? TeamAggregates::Level::Team
                                                    : TeamAggregates::Level::All;
    const TeamAggregates::Group grouping = !groupBy                     ? TeamAggregates::Group::None
                                           : *groupBy == GroupBy::Agent ? TeamAggregates::Group::Agent
                                                                        : TeamAggregates::Group::Team;

    QVariantList values;
    QString sql;
    if (rollup) {
        m_usedRollups = true;
        const QString table = agentLevel  ? QStringLiteral("dim_rollup_agent")
                              : teamLevel ? QStringLiteral("dim_rollup_team")
                                          : QStringLiteral("dim_rollup_all");
        const int finest = agentLevel || teamLevel ? RollupStore::kDaySpan : RollupStore::kHourSpan;
        const RollupPlan plan = RollupUnits::plan(buckets, finest);
        if (plan.units.isEmpty() && plan.edges.isEmpty()) {
            return result;
        }
        QStringList tables;
        QStringList parts;
        if (!plan.units.isEmpty()) {
            tables << RollupUnits::commonTable(plan.units, values);
        }
        if (!plan.edges.isEmpty() && wholeScope) {
            tables << RollupUnits::edgeTable(plan.edges, values);
            QList<std::pair<qint64, qint64>> intervals;
            for (const RollupEdge &edge : plan.edges) {
                intervals.append({edge.fromUtc, edge.toUtc});
            }
            tables << QStringLiteral("raw (eid, gkey, dimension_key, n, total) AS (SELECT f.eid, f.gkey, "
                                     "f.dimension_key, f.n, f.total FROM %1 f)")
                          .arg(TeamAggregates::dimensionCall(intervals, level, keys, filter.channel, filter.category,
                                                             grouping, values));
        } else if (!plan.edges.isEmpty()) {
            tables << RollupUnits::edgeTable(plan.edges, values);
            QStringList conditions{kpisql::scoredDimensionsCondition()};
            keys.appendRawConditions(filter, conditions, values);
            const QString rawKey = !groupBy ? QStringLiteral("0")
                                   : *groupBy == GroupBy::Agent ? QStringLiteral("i.agent_id")
                                                                : QStringLiteral("COALESCE(i.team_id, 0)");
            tables << QStringLiteral("raw (eid, gkey, dimension_key, n, total) AS (SELECT x.eid, %1, s.dimension_key, "
                                     "COUNT(*), SUM(s.score) FROM x JOIN interactions i ON i.started_at >= x.lo "
                                     "AND i.started_at < x.hi %2 WHERE %3 GROUP BY x.eid, %4s.dimension_key)")
                          .arg(rawKey, kpisql::scoredDimensionsJoin(), conditions.join(QStringLiteral(" AND ")),
                               groupBy ? rawKey + QStringLiteral(", ") : QString());
        }
        if (!plan.units.isEmpty()) {
            QStringList conditions;
            keys.appendRollupConditions(filter, conditions, values);
            const QString key = !groupBy ? QStringLiteral("0")
                                : *groupBy == GroupBy::Agent ? QStringLiteral("r.agent_id")
                                                             : QStringLiteral("r.team_key");
            parts << QStringLiteral("SELECT %1, r.dimension_key, r.n, r.total FROM u JOIN %2 r "
                                    "ON r.span = u.span AND r.start = u.start WHERE %3")
                         .arg(key, table, conditions.join(QStringLiteral(" AND ")));
        }
        if (!plan.edges.isEmpty()) {
            parts << QStringLiteral("SELECT raw.gkey, raw.dimension_key, x.sign * raw.n, x.sign * raw.total "
                                    "FROM raw JOIN x ON x.eid = raw.eid");
        }
        tables << QStringLiteral("p (gkey, dimension_key, n, total) AS (%1)").arg(parts.join(QStringLiteral(" UNION ALL ")));
        sql = QStringLiteral("WITH ") + tables.join(QStringLiteral(", ")) +
              QStringLiteral(" SELECT p.gkey, p.dimension_key, SUM(p.n), SUM(p.total) FROM p "
                             "GROUP BY p.gkey, p.dimension_key HAVING SUM(p.n) > 0 ORDER BY 1, 2");
    } else if (wholeScope) {
        QList<std::pair<qint64, qint64>> intervals;
        for (const TimeBucket &bucket : buckets) {
            intervals.append({bucket.fromUtc, bucket.toUtc});
        }
        sql = QStringLiteral("SELECT f.gkey, f.dimension_key, SUM(f.n), SUM(f.total) FROM %1 f "
                             "GROUP BY f.gkey, f.dimension_key ORDER BY 1, 2")
                  .arg(TeamAggregates::dimensionCall(intervals, level, keys, filter.channel, filter.category, grouping,
                                                     values));
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
