#include "KpiStore.h"

#include "Connection.h"
#include "FilterKeys.h"
#include "KpiSql.h"
#include "RollupStore.h"
#include "RollupUnits.h"

#include <QStringList>

namespace qadesk {

namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// The columns the final SELECT reads, in the order readValues() expects.
const QString kSelectedColumns = QStringLiteral(
    "t.interactions, t.csat_n, t.csat_pos, t.nps_n, t.nps_pro, t.nps_det, t.ces_n, t.ces_pos, t.fcr_n, t.fcr_yes, "
    "t.handle_n, t.fr_n, t.complaints, t.eval_n, t.qa_n, t.qa_pass, "
    "t.qb0, t.qb1, t.qb2, t.qb3, t.qb4, t.qb5, t.qb6, t.qb7, t.qb8, t.qb9");

KpiValues readValues(const QSqlQuery &q, int first)
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
    for (qint64 &bin : v.qaScoreBins) {
        bin = next().toLongLong();
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

} // namespace

bool KpiStore::canUseRollup(const KpiFilter &filter)
{
    if (!m_rollupZone) {
        m_rollupZone = RollupStore(m_connection).timeZoneId();
    }
    return QString::fromUtf8(filter.zone.id()) == *m_rollupZone;
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
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT MIN(i.started_at), MAX(i.started_at) FROM interactions i") + where, values);
    if (!q.next() || q.value(0).isNull()) {
        return std::nullopt;
    }
    return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
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

    QVariantList values;
    QString inner;
    QString head;
    if (rollup) {
        // Per agent (or one agent) the agent rows; per team (or one team) the team rows; else the totals.
        QString table = QStringLiteral("kpi_rollup_all");
        if (keys.agent || groupBy == GroupBy::Agent) {
            table = QStringLiteral("kpi_rollup_agent");
        } else if (keys.team || groupBy == GroupBy::Team) {
            table = QStringLiteral("kpi_rollup_team");
        }
        const QList<RollupUnit> units = RollupUnits::split(buckets);
        if (units.isEmpty()) {
            return result;
        }
        head = QStringLiteral("WITH ") + RollupUnits::commonTable(units, values) + QStringLiteral(", ");
        QStringList conditions{QStringLiteral("r.channel = ?"), QStringLiteral("r.category = ?")};
        values << (filter.channel.isEmpty() ? QStringLiteral("*") : filter.channel);
        values << (filter.category.isEmpty() ? QStringLiteral("*") : filter.category);
        if (keys.team) {
            conditions << QStringLiteral("r.team_key = ?");
            values << *keys.team;
        }
        if (keys.agent) {
            conditions << QStringLiteral("r.agent_id = ?");
            values << *keys.agent;
        }
        const QString key = !groupBy ? QStringLiteral("u.idx")
                            : *groupBy == GroupBy::Agent ? QStringLiteral("r.agent_id")
                                                         : QStringLiteral("r.team_key");
        inner = QStringLiteral("SELECT %1 AS idx, %2 FROM u JOIN %3 r ON r.span = u.span AND r.start = u.start "
                               "WHERE %4 GROUP BY %1")
                    .arg(key, kpisql::componentsFromRollup(), table, conditions.join(QStringLiteral(" AND ")));
    } else {
        QStringList rows;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            rows << QStringLiteral("(CAST(? AS INTEGER), CAST(? AS BIGINT), CAST(? AS BIGINT))");
            values << qint64(i) << buckets[i].fromUtc << buckets[i].toUtc;
        }
        head = QStringLiteral("WITH b (idx, lo, hi) AS (VALUES %1), ").arg(rows.join(QStringLiteral(", ")));
        QStringList conditions;
        keys.appendRawConditions(filter, conditions, values);
        const QString key = !groupBy ? QStringLiteral("b.idx")
                            : *groupBy == GroupBy::Agent ? QStringLiteral("i.agent_id")
                                                         : QStringLiteral("COALESCE(i.team_id, 0)");
        inner = QStringLiteral("SELECT %1 AS idx, %2 FROM b JOIN interactions i "
                               "ON i.started_at >= b.lo AND i.started_at < b.hi "
                               "LEFT JOIN (%3) e ON e.interaction_id = i.id")
                    .arg(key, kpisql::componentsFromInteractions(), kpisql::evaluationAggregate());
        if (!conditions.isEmpty()) {
            inner += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        }
        inner += QStringLiteral(" GROUP BY ") + key;
    }
    const QString sql = head + QStringLiteral("t (idx, %1) AS (%2) SELECT t.idx, %3, %4 FROM t ORDER BY t.idx")
                                   .arg(kpisql::componentColumns(), inner, kSelectedColumns, kpisql::kpiFormulas());
    QSqlQuery q = m_connection.run(sql, values);
    while (q.next()) {
        result.append({q.value(0).toLongLong(), readValues(q, 1)});
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
