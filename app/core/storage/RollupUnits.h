#pragma once

#include "kpi/TimeBuckets.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace qadesk {

// One rollup row key a bucket reads: a local day (span 1), a whole ISO week (span 7) or four-week block (span 28)
// starting at `start`.
struct RollupUnit
{
    int bucket = 0;
    int span = 1;
    qint64 start = 0;
};

// Splits buckets (local day ranges) into whole four-week blocks and weeks plus the days at their edges, the fewest
// rollup rows
// that cover them exactly; and renders them as the common table `u (idx, span, start)` that rollup queries join.
class RollupUnits final
{
public:
    static QList<RollupUnit> split(const QList<TimeBucket> &buckets);
    // "u (idx, span, start) AS (VALUES (?, ?, ?), …)"; appends the values to `values`.
    static QString commonTable(const QList<RollupUnit> &units, QVariantList &values);
};

} // namespace qadesk
