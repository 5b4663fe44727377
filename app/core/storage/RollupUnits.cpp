#include "RollupUnits.h"

#include "RollupStore.h"

#include <QStringList>

namespace qadesk {

QList<RollupUnit> RollupUnits::split(const QList<TimeBucket> &buckets)
{
    QList<RollupUnit> units;
    for (qsizetype b = 0; b < buckets.size(); ++b) {
        const int index = int(b);
        qint64 day = buckets[b].fromDay;
        const qint64 end = buckets[b].toDay;
        while (day < end) {
            if (day % 7 == 0 && day + 7 <= end) {
                units.append({index, RollupStore::kWeekSpan, day});
                day += 7;
            } else {
                units.append({index, RollupStore::kDaySpan, day});
                day += 1;
            }
        }
    }
    return units;
}

QString RollupUnits::commonTable(const QList<RollupUnit> &units, QVariantList &values)
{
    QStringList rows;
    rows.reserve(units.size());
    for (const RollupUnit &unit : units) {
        rows << QStringLiteral("(CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS BIGINT))");
        values << unit.bucket << unit.span << unit.start;
    }
    return QStringLiteral("u (idx, span, start) AS (VALUES %1)").arg(rows.join(QStringLiteral(", ")));
}

} // namespace qadesk
