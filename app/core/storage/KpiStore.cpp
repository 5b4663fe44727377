#include "KpiStore.h"

#include "Connection.h"
#include "KpiSql.h"
#include "RollupStore.h"
#include "kpi/ZoneRules.h"

#include <QStringList>

namespace qadesk {

namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// Attribute conditions shared by both sources; `prefix` is the table alias.
void addAttributeConditions(const KpiFilter &filter, const QString &teamColumn, const QString &agentColumn,
                            const QString &prefix, std::optional<qint64> team, std::optional<qint64> agent,
                            QStringList &conditions, QVariantList &values)
{
    if (team) {
        conditions << teamColumn + QStringLiteral(" = ?");
        values << *team;
    }
    if (agent) {
        conditions << agentColumn + QStringLiteral(" = ?");
        values << *agent;
    }
    if (!filter.channel.isEmpty()) {
        conditions << prefix + QStringLiteral("channel = ?");
        values << filter.channel;
    }
    if (!filter.category.isEmpty()) {
        conditions << prefix + QStringLiteral("category = ?");
        values << filter.category;
    }
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

KpiStore::Keys KpiStore::resolveKeys(const KpiFilter &filter)
{
    Keys keys;
    if (!filter.team.isEmpty()) {
        QSqlQuery q = m_connection.run(QStringLiteral("SELECT id FROM teams WHERE name = ?"), {filter.team});
        if (q.next()) {
            keys.team = q.value(0).toLongLong();
        } else {
            keys.matchesNothing = true;
        }
    }
    if (!filter.agent.isEmpty()) {
        QSqlQuery q = m_connection.run(QStringLiteral("SELECT id FROM agents WHERE code = ?"), {filter.agent});
        if (q.next()) {
            keys.agent = q.value(0).toLongLong();
        } else {
            keys.matchesNothing = true;
        }
    }
    return keys;
}

bool KpiStore::canUseRollup(const KpiFilter &filter)
{
    if (!m_rollupZone) {
        m_rollupZone = RollupStore(m_connection).timeZoneId();
    }
    return sameZoneRules(filter.zone, QTimeZone(m_rollupZone->toUtf8()));
}

std::optional<std::pair<qint64, qint64>> KpiStore::instantRange(const KpiFilter &filter)
{
    const Keys keys = resolveKeys(filter);
    if (keys.matchesNothing) {
        return std::nullopt;
    }
    QStringList conditions;
    QVariantList values;
    addAttributeConditions(filter, QStringLiteral("team_id"), QStringLiteral("agent_id"), QString(), keys.team,
                           keys.agent, conditions, values);
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT MIN(started_at), MAX(started_at) FROM interactions") + where, values);
    if (!q.next() || q.value(0).isNull()) {
        return std::nullopt;
    }
    return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

QList<KpiValues> KpiStore::query(const KpiFilter &filter, const QList<TimeBucket> &buckets, Source source)
{
    QList<KpiValues> result;
    const Keys keys = resolveKeys(filter);
    if (keys.matchesNothing || buckets.isEmpty()) {
        return result;
    }
    const bool rollup = source == Source::Rollup || (source == Source::Auto && canUseRollup(filter));

    QVariantList values;
    QStringList conditions;
    QString ctes;
    QString inner;
    if (rollup) {
        QStringList rows;
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            rows << QStringLiteral("(CAST(? AS INTEGER), CAST(? AS BIGINT), CAST(? AS BIGINT))");
            values << qint64(i) << buckets[i].fromDay << buckets[i].toDay;
        }
        QString table = QStringLiteral("kpi_daily_all");
        if (keys.agent) {
            table = QStringLiteral("kpi_daily_agent");
        } else if (keys.team) {
            table = QStringLiteral("kpi_daily_team");
        }
        addAttributeConditions(filter, QStringLiteral("r.team_key"), QStringLiteral("r.agent_id"), QStringLiteral("r."),
                               keys.team, keys.agent, conditions, values);
        ctes = QStringLiteral("b (idx, lo, hi) AS (VALUES %1), ").arg(rows.join(QStringLiteral(", ")));
        inner = QStringLiteral("SELECT b.idx, %1 FROM b JOIN %2 r ON r.day >= b.lo AND r.day < b.hi")
                    .arg(kpisql::componentsFromRollup(), table);
        if (!conditions.isEmpty()) {
            inner += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        }
        inner += QStringLiteral(" GROUP BY b.idx");
    } else {
        // One pass over the rows: the bucket of each row comes from a binary CASE tree over the (contiguous)
        // bucket boundaries. Over a wide range a table scan beats walking the started_at index, whose rows lie
        // all over the file; "+" keeps SQLite off that index then.
        const qint64 lo = buckets.first().fromUtc;
        const qint64 hi = buckets.last().toUtc;
        const bool wide = hi - lo > 31 * 86400;
        const QString column = wide ? QStringLiteral("+i.started_at") : QStringLiteral("i.started_at");
        QVariantList caseValues;
        const QString bucketExpression = bucketCase(buckets, 0, buckets.size(), column, caseValues);
        values << caseValues;
        conditions << column + QStringLiteral(" >= ?") << column + QStringLiteral(" < ?");
        values << lo << hi;
        addAttributeConditions(filter, QStringLiteral("i.team_id"), QStringLiteral("i.agent_id"), QStringLiteral("i."),
                               keys.team, keys.agent, conditions, values);
        inner = QStringLiteral("SELECT %1, %2 FROM interactions i LEFT JOIN (%3) e ON e.interaction_id = i.id "
                               "WHERE %4 GROUP BY 1")
                    .arg(bucketExpression, kpisql::componentsFromInteractions(), kpisql::evaluationAggregate(),
                         conditions.join(QStringLiteral(" AND ")));
    }
    const QString sql = QStringLiteral("WITH %1 t (idx, %2) AS (%3) SELECT t.idx, t.interactions, t.csat_n, t.csat_pos, t.nps_n, t.nps_pro, "
                                       "t.nps_det, t.ces_n, t.ces_pos, t.fcr_n, t.fcr_yes, t.handle_n, t.fr_n, "
                                       "t.complaints, t.eval_n, t.qa_n, t.qa_pass, %4 FROM t ORDER BY t.idx")
                            .arg(ctes, kpisql::componentColumns(), inner, kpisql::kpiFormulas());
    QSqlQuery q = m_connection.run(sql, values);
    while (q.next()) {
        KpiValues v;
        v.start = buckets.at(q.value(0).toInt()).start;
        v.interactions = q.value(1).toLongLong();
        v.csatN = q.value(2).toLongLong();
        v.csatPositive = q.value(3).toLongLong();
        v.npsN = q.value(4).toLongLong();
        v.npsPromoters = q.value(5).toLongLong();
        v.npsDetractors = q.value(6).toLongLong();
        v.cesN = q.value(7).toLongLong();
        v.cesPositive = q.value(8).toLongLong();
        v.fcrN = q.value(9).toLongLong();
        v.fcrYes = q.value(10).toLongLong();
        v.handleN = q.value(11).toLongLong();
        v.firstResponseN = q.value(12).toLongLong();
        v.complaints = q.value(13).toLongLong();
        v.evaluations = q.value(14).toLongLong();
        v.qaN = q.value(15).toLongLong();
        v.qaPass = q.value(16).toLongLong();
        v.csat = optionalDouble(q.value(17));
        v.nps = optionalDouble(q.value(18));
        v.ces = optionalDouble(q.value(19));
        v.fcr = optionalDouble(q.value(20));
        v.ahtS = optionalDouble(q.value(21));
        v.firstResponseS = optionalDouble(q.value(22));
        v.complaintRate = optionalDouble(q.value(23));
        v.qaScore = optionalDouble(q.value(24));
        v.qaPassRate = optionalDouble(q.value(25));
        result << v;
    }
    return result;
}

} // namespace qadesk
