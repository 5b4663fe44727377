#include "FullScanAggregate.h"

#include "Connection.h"
#include "FilterKeys.h"
#include "kpi/TimeBuckets.h"

#include <QStringList>

namespace qadesk {

KpiValues FullScanAggregate::run(const KpiFilter &filter, Access access)
{
    KpiValues v;
    const FilterKeys keys = FilterKeys::resolve(m_connection, filter);
    if (keys.matchesNothing || !filter.from || !filter.to) {
        return v;
    }
    QStringList conditions{QStringLiteral("i.started_at >= ?"), QStringLiteral("i.started_at < ?")};
    QVariantList values{TimeBuckets::startOfDayUtc(*filter.from, filter.zone),
                        TimeBuckets::startOfDayUtc(filter.to->addDays(1), filter.zone)};
    keys.appendRawConditions(filter, conditions, values);
    if (access == Access::PeriodScan) {
        // "column + 0" keeps the database off the agent and team indexes, portably.
        conditions.replaceInStrings(QStringLiteral("i.team_id = ?"), QStringLiteral("i.team_id + 0 = ?"));
        conditions.replaceInStrings(QStringLiteral("i.agent_id = ?"), QStringLiteral("i.agent_id + 0 = ?"));
    }
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT COUNT(*), COUNT(i.csat), SUM(CASE WHEN i.csat >= 4 THEN 1 ELSE 0 END), COUNT(i.nps), "
                       "SUM(CASE WHEN i.nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN i.nps <= 6 THEN 1 ELSE 0 END), "
                       "COUNT(i.ces), SUM(CASE WHEN i.ces >= 5 THEN 1 ELSE 0 END), COUNT(i.fcr), "
                       "SUM(CASE WHEN i.fcr = 1 THEN 1 ELSE 0 END), COUNT(i.handle_s), AVG(i.handle_s), "
                       "COUNT(i.first_response_s), AVG(i.first_response_s), "
                       "SUM(CASE WHEN i.complaint = 1 THEN 1 ELSE 0 END) FROM interactions i WHERE ") +
            conditions.join(QStringLiteral(" AND ")),
        values);
    if (q.next()) {
        v.interactions = q.value(0).toLongLong();
        v.csatN = q.value(1).toLongLong();
        v.csatPositive = q.value(2).toLongLong();
        v.npsN = q.value(3).toLongLong();
        v.npsPromoters = q.value(4).toLongLong();
        v.npsDetractors = q.value(5).toLongLong();
        v.cesN = q.value(6).toLongLong();
        v.cesPositive = q.value(7).toLongLong();
        v.fcrN = q.value(8).toLongLong();
        v.fcrYes = q.value(9).toLongLong();
        v.handleN = q.value(10).toLongLong();
        if (!q.value(11).isNull()) {
            v.ahtS = q.value(11).toDouble();
        }
        v.firstResponseN = q.value(12).toLongLong();
        if (!q.value(13).isNull()) {
            v.firstResponseS = q.value(13).toDouble();
        }
        v.complaints = q.value(14).toLongLong();
    }
    return v;
}

} // namespace qadesk
