#pragma once

#include "kpi/TimeBuckets.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace qadesk {

// One rollup row key a bucket reads: the UTC hour, day, week or four-week block (span in hours) starting at the
// rollup hour `start` (RollupStore).
struct RollupUnit
{
    int bucket = 0;
    int span = 1;
    qint64 start = 0;
};

// Raw interactions a bucket adds (sign +1) or takes away (-1) to or from its rollup units: the instants
// [fromUtc, toUtc) between a unit boundary and the bucket's edge (a local midnight).
struct RollupEdge
{
    int bucket = 0;
    int sign = 1;
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
};

// How a list of buckets is read from a rollup table whose finest span is `finest` hours: whole units plus signed
// raw edges. Each bucket edge is moved to the nearest finest-unit boundary (at most half a unit away: 30 minutes
// on the hourly totals, 12 hours on the daily team and agent rows), so that any zone's days, weeks and months —
// half-hour and 45-minute offsets and 23- or 25-hour DST days included — are exact.
struct RollupPlan
{
    QList<RollupUnit> units;
    QList<RollupEdge> edges;
};

class RollupUnits final
{
public:
    static RollupPlan plan(const QList<TimeBucket> &buckets, int finest);
    // The fewest units covering rollup hours [from, to) of one bucket: the longest aligned span that fits, each step.
    static void appendUnits(int bucket, qint64 from, qint64 to, int finest, QList<RollupUnit> &units);
    // "u (idx, span, start) AS (VALUES (0, 24, 490224), …)": computed integers as literals (see the .cpp);
    // `values` is left as it is.
    static QString commonTable(const QList<RollupUnit> &units, QVariantList &values);
    // "x (eid, idx, sign, lo, hi) AS (VALUES …)", likewise.
    static QString edgeTable(const QList<RollupEdge> &edges, QVariantList &values);
};

} // namespace qadesk
