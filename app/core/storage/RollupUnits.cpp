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
            // The longest span that starts here and ends inside the bucket.
            int span = RollupStore::kDaySpan;
            for (const int longer : {RollupStore::kBlockSpan, RollupStore::kWeekSpan}) {
                if (day % longer == 0 && day + longer <= end) {
                    span = longer;
                    break;
                }
            }
            units.append({index, span, day});
            day += span;
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
