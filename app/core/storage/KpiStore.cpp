#include "KpiStore.h"

#include "Connection.h"
#include "FilterKeys.h"
#include "KpiSql.h"
#include "RollupStore.h"
#include "RollupUnits.h"
#include "TeamAggregates.h"

#include <QStringList>

namespace qadesk {

namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// The columns the final SELECT reads, in the order readValues() expects.
QString selectedColumns(bool histogram)
{
    return QStringLiteral("t.interactions, t.csat_n, t.csat_pos, t.nps_n, t.nps_pro, t.nps_det, t.ces_n, t.ces_pos, "
                          "t.fcr_n, t.fcr_yes, t.handle_n, t.fr_n, t.complaints, t.eval_n, t.qa_n, t.qa_pass") +
           (histogram ? QStringLiteral(", t.qb0, t.qb1, t.qb2, t.qb3, t.qb4, t.qb5, t.qb6, t.qb7, t.qb8, t.qb9")
                      : QString());
}

KpiValues readValues(const QSqlQuery &q, int first, bool histogram)
{
    KpiValues v;
    int c = first;
    const auto next = [&]() { return q.value(c++); };
    v.interactions = next().toLongLong();
    v.csatN = next().toLongLong();
    v.csatPositive = next().toLongLong();
    v.npsN = next().toLongLong();
    v.npsPromoters = next().toLongLong();
    v.npsDetractors = next().toLongLong();
    v.cesN = next().toLongLong();
    v.cesPositive = next().toLongLong();
    v.fcrN = next().toLongLong();
    v.fcrYes = next().toLongLong();
    v.handleN = next().toLongLong();
    v.firstResponseN = next().toLongLong();
    v.complaints = next().toLongLong();
    v.evaluations = next().toLongLong();
    v.qaN = next().toLongLong();
    v.qaPass = next().toLongLong();
    if (histogram) {
        for (qint64 &bin : v.qaScoreBins) {
            bin = next().toLongLong();
        }
    }
    v.csat = optionalDouble(next());
    v.nps = optionalDouble(next());
    v.ces = optionalDouble(next());
    v.fcr = optionalDouble(next());
    v.ahtS = optionalDouble(next());
    v.firstResponseS = optionalDouble(next());
    v.complaintRate = optionalDouble(next());
    v.qaScore = optionalDouble(next());
    v.qaPassRate = optionalDouble(next());
    return v;
}

// CASE tree choosing the bucket index of `column` among buckets [first, last): depth log2(n).
QString bucketCase(const QList<TimeBucket> &buckets, qsizetype first, qsizetype last, const QString &column,
                   QVariantList &values)
{
    if (last - first == 1) {
        return QString::number(first);
    }
    const qsizetype middle = (first + last) / 2;
    QVariantList left;
    QVariantList right;
    const QString leftSql = bucketCase(buckets, first, middle, column, left);
    const QString rightSql = bucketCase(buckets, middle, last, column, right);
    values << buckets[middle].fromUtc << left << right;
    return QStringLiteral("(CASE WHEN %1 < ? THEN %2 ELSE %3 END)").arg(column, leftSql, rightSql);
}

} // namespace

bool KpiStore::canUseRollup(const KpiFilter &filter)
{
    // The rollups are keyed in UTC hours and days: with signed raw edges they answer every zone.
    return filter.zone.isValid();
}

std::optional<std::pair<qint64, qint64>> KpiStore::instantRange(const KpiFilter &filter)
{
    const FilterKeys keys = FilterKeys::resolve(m_connection, filter);
    if (keys.matchesNothing) {
        return std::nullopt;
    }
    QStringList conditions;
    QVariantList values;
    keys.appendRawConditions(filter, conditions, values);
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    // Two statements: SQLite answers a lone MIN or MAX from the end of an index, but both in one query by a scan.
    QSqlQuery first = m_connection.run(QStringLiteral("SELECT MIN(i.started_at) FROM interactions i") + where, values);
    if (!first.next() || first.value(0).isNull()) {
        return std::nullopt;
    }
    QSqlQuery last = m_connection.run(QStringLiteral("SELECT MAX(i.started_at) FROM interactions i") + where, values);
    last.next();
    return std::make_pair(first.value(0).toLongLong(), last.value(0).toLongLong());
}

QList<std::pair<qint64, KpiValues>> KpiStore::run(const KpiFilter &filter, const QList<TimeBucket> &buckets,
                                                   Source source, std::optional<GroupBy> groupBy)
{
    QList<std::pair<qint64, KpiValues>> result;
    const FilterKeys keys = FilterKeys::resolve(m_connection, filter);
    if (keys.matchesNothing || buckets.isEmpty()) {
        return result;
    }
    const bool rollup = source == Source::Rollup || (source == Source::Auto && canUseRollup(filter));
    // Rankings have no histogram; leaving its bins out makes them a third cheaper.
    const bool histogram = !groupBy;
    // Team mode, for a person who sees only some rows: the raw sums come from the database over every row of the
    // scopes whose rollups they read (TeamAggregates), the level being that of the rollup table chosen below.
    const bool wholeScope = TeamAggregates(m_connection).needed();
    const TeamAggregates::Level level = keys.agent || groupBy == GroupBy::Agent ? TeamAggregates::Level::Agent
                                        : keys.team || groupBy == GroupBy::Team ? TeamAggregates::Level::Team
                                                                                : TeamAggregates::Level::All;
    const TeamAggregates::Group grouping = !groupBy                     ? TeamAggregates::Group::None
                                           : *groupBy == GroupBy::Agent ? TeamAggregates::Group::Agent
                                                                        : TeamAggregates::Group::Team;

    QVariantList values;
    QString inner;
    QString head;
    if (rollup) {
        // Per agent (or one agent) the agent rows; per team (or one team) the team rows; else the totals.
        QString table = QStringLiteral("kpi_rollup_all");
        int finest = RollupStore::kHourSpan;
        if (keys.agent || groupBy == GroupBy::Agent) {
            table = QStringLiteral("kpi_rollup_agent");
            finest = RollupStore::kDaySpan;
        } else if (keys.team || groupBy == GroupBy::Team) {
            table = QStringLiteral("kpi_rollup_team");
            finest = RollupStore::kDaySpan;
        }
        const RollupPlan plan = RollupUnits::plan(buckets, finest);
        if (plan.units.isEmpty() && plan.edges.isEmpty()) {
            return result;
        }
        QStringList tables;
        QStringList parts;
        const QString columns = kpisql::componentColumns(histogram);
        if (!plan.units.isEmpty()) {
            tables << RollupUnits::commonTable(plan.units, values);
        }
        if (!plan.edges.isEmpty()) {
            tables << RollupUnits::edgeTable(plan.edges, values);
        }
        QString rawPart;
        if (!plan.edges.isEmpty() && wholeScope) {
            QList<std::pair<qint64, qint64>> intervals;
            for (const RollupEdge &edge : plan.edges) {
                intervals.append({edge.fromUtc, edge.toUtc});
            }
            QStringList sumColumns;
            for (const QString &column : columns.split(QStringLiteral(", "))) {
                sumColumns << QStringLiteral("f.") + column;
            }
            tables << QStringLiteral("raw (eid, gkey, %1) AS (SELECT f.eid, f.gkey, %2 FROM %3 f)")
                          .arg(columns, sumColumns.join(QStringLiteral(", ")),
                               TeamAggregates::kpiCall(intervals, level, keys, filter.channel, filter.category,
                                                       grouping, values));
        } else if (!plan.edges.isEmpty()) {
            // The raw rows of each edge, grouped per edge (and group), then signed. The evaluations joined are only
            // those of the edges' rows of the filter's team or agent (one agent's, not every agent's busy hours);
            // channel and category stay out of that subquery, where they would lead SQLite to scan the table.
            QStringList evaluatedConditions;
            keys.appendRawConditions(QString(), QString(), evaluatedConditions, values);
            QStringList conditions;
            keys.appendRawConditions(filter, conditions, values);
            const QString rawKey = !groupBy ? QStringLiteral("0")
                                   : *groupBy == GroupBy::Agent ? QStringLiteral("i.agent_id")
                                                                : QStringLiteral("COALESCE(i.team_id, 0)");
            const QString evaluated =
                QStringLiteral("AND interaction_id IN (SELECT i.id FROM x x2 JOIN interactions i "
                               "ON i.started_at >= x2.lo AND i.started_at < x2.hi%1)")
                    .arg(evaluatedConditions.isEmpty()
                             ? QString()
                             : QStringLiteral(" WHERE ") + evaluatedConditions.join(QStringLiteral(" AND ")));
            tables << QStringLiteral("raw (eid, gkey, %1) AS (SELECT x.eid, %2, %3 FROM x JOIN interactions i "
                                     "ON i.started_at >= x.lo AND i.started_at < x.hi LEFT JOIN (%4) e "
                                     "ON e.interaction_id = i.id %5 GROUP BY x.eid%6)")
                          .arg(columns, rawKey, kpisql::componentsFromInteractions(histogram),
                               kpisql::evaluationAggregate(evaluated),
                               conditions.isEmpty() ? QString()
                                                    : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                               groupBy ? QStringLiteral(", ") + rawKey : QString());
        }
        if (!plan.edges.isEmpty()) {
            QStringList signedColumns;
            for (const QString &column : columns.split(QStringLiteral(", "))) {
                signedColumns << QStringLiteral("x.sign * raw.") + column;
            }
            rawPart = QStringLiteral("SELECT %1, %2 FROM raw JOIN x ON x.eid = raw.eid")
                         .arg(groupBy ? QStringLiteral("raw.gkey") : QStringLiteral("x.idx"),
                              signedColumns.join(QStringLiteral(", ")));
        }
        if (!plan.units.isEmpty()) {
            QStringList conditions;
            keys.appendRollupConditions(filter, conditions, values);
            const QString key = !groupBy ? QStringLiteral("u.idx")
                                : *groupBy == GroupBy::Agent ? QStringLiteral("r.agent_id")
                                                             : QStringLiteral("r.team_key");
            parts << QStringLiteral("SELECT %1 AS idx, %2 FROM u JOIN %3 r ON r.span = u.span AND r.start = u.start "
                                    "WHERE %4 GROUP BY %1")
                         .arg(key, kpisql::componentsFromRollup(histogram), table,
                              conditions.join(QStringLiteral(" AND ")));
        }
        if (!rawPart.isEmpty()) {
            parts << rawPart;
        }
        QStringList sums;
        for (const QString &column : columns.split(QStringLiteral(", "))) {
            sums << QStringLiteral("SUM(p.%1)").arg(column);
        }
        tables << QStringLiteral("p (idx, %1) AS (%2)").arg(columns, parts.join(QStringLiteral(" UNION ALL ")));
        head = QStringLiteral("WITH ") + tables.join(QStringLiteral(", ")) + QStringLiteral(", ");
        inner = QStringLiteral("SELECT p.idx, %1 FROM p GROUP BY p.idx").arg(sums.join(QStringLiteral(", ")));
    } else if (wholeScope) {
        // The raw rows of every bucket, summed by the database over the scope (TeamAggregates).
        QList<std::pair<qint64, qint64>> intervals;
        for (const TimeBucket &bucket : buckets) {
            intervals.append({bucket.fromUtc, bucket.toUtc});
        }
        QStringList sums;
        for (const QString &column : kpisql::componentColumns(histogram).split(QStringLiteral(", "))) {
            sums << QStringLiteral("SUM(f.%1)").arg(column);
        }
        inner = QStringLiteral("SELECT %1, %2 FROM %3 f GROUP BY 1")
                    .arg(groupBy ? QStringLiteral("f.gkey") : QStringLiteral("f.eid"), sums.join(QStringLiteral(", ")),
                         TeamAggregates::kpiCall(intervals, level, keys, filter.channel, filter.category, grouping,
                                                 values));
        head = QStringLiteral("WITH ");
    } else {
        // One pass over the rows: the bucket of each row comes from a binary CASE tree over the (contiguous)
        // bucket boundaries. Over a wide range a table scan beats walking the started_at index, whose rows lie
        // all over the file; "+" keeps SQLite off that index then.
        const qint64 lo = buckets.first().fromUtc;
        const qint64 hi = buckets.last().toUtc;
        const bool wide = hi - lo > 31 * 86400;
        const QString column = wide ? QStringLiteral("+i.started_at") : QStringLiteral("i.started_at");
        QString key;
        if (groupBy) {
            key = *groupBy == GroupBy::Agent ? QStringLiteral("i.agent_id") : QStringLiteral("COALESCE(i.team_id, 0)");
        } else {
            key = bucketCase(buckets, 0, buckets.size(), column, values);
        }
        QStringList conditions{column + QStringLiteral(" >= ?"), column + QStringLiteral(" < ?")};
        values << lo << hi;
        keys.appendRawConditions(filter, conditions, values);
        inner = QStringLiteral("SELECT %1, %2 FROM interactions i LEFT JOIN (%3) e ON e.interaction_id = i.id "
                               "WHERE %4 GROUP BY 1")
                    .arg(key, kpisql::componentsFromInteractions(histogram), kpisql::evaluationAggregate(),
                         conditions.join(QStringLiteral(" AND ")));
        head = QStringLiteral("WITH ");
    }
    // Signed edges can leave a bucket or group with no interaction at all: such rows are left out, as raw ones are.
    const QString sql = head + QStringLiteral("t (idx, %1) AS (%2) SELECT t.idx, %3, %4 FROM t WHERE t.interactions > 0 "
                                              "ORDER BY t.idx")
                                   .arg(kpisql::componentColumns(histogram), inner, selectedColumns(histogram),
                                        kpisql::kpiFormulas());
    QSqlQuery q = m_connection.run(sql, values);
    while (q.next()) {
        result.append({q.value(0).toLongLong(), readValues(q, 1, histogram)});
    }
    return result;
}

QList<KpiValues> KpiStore::query(const KpiFilter &filter, const QList<TimeBucket> &buckets, Source source)
{
    QList<KpiValues> result;
    const auto rows = run(filter, buckets, source, std::nullopt);
    result.reserve(rows.size());
    for (const auto &[index, values] : rows) {
        KpiValues v = values;
        v.start = buckets.at(index).start;
        result << v;
    }
    return result;
}

QList<GroupKpiValues> KpiStore::queryGroups(const KpiFilter &filter, const QList<TimeBucket> &buckets,
                                            GroupBy groupBy, Source source)
{
    QList<GroupKpiValues> result;
    const auto rows = run(filter, buckets, source, groupBy);
    result.reserve(rows.size());
    for (const auto &[key, values] : rows) {
        KpiValues v = values;
        v.start = buckets.isEmpty() ? QDate() : buckets.first().start;
        result.append({key, v});
    }
    return result;
}

} // namespace qadesk
