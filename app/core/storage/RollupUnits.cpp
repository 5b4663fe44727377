#include "RollupUnits.h"

#include "RollupStore.h"

#include <QStringList>

namespace qadesk {

namespace {

// The rollup hour of the finest-unit boundary nearest to the instant `utc` (ties go to the later boundary).
qint64 nearestBoundary(qint64 utc, int finest)
{
    const qint64 unit = qint64(finest) * 3600;
    const qint64 shifted = utc + RollupStore::kEpochShift;
    return RollupStore::floorDiv(shifted + unit / 2, unit) * finest;
}

} // namespace

void RollupUnits::appendUnits(int bucket, qint64 from, qint64 to, int finest, QList<RollupUnit> &units)
{
    qint64 hour = from;
    while (hour < to) {
        int span = finest;
        for (const int longer : {RollupStore::kBlockSpan, RollupStore::kWeekSpan, RollupStore::kDaySpan}) {
            if (longer > finest && RollupStore::spanStart(hour, longer) == hour && hour + longer <= to) {
                span = longer;
                break;
            }
        }
        units.append({bucket, span, hour});
        hour += span;
    }
}

RollupPlan RollupUnits::plan(const QList<TimeBucket> &buckets, int finest)
{
    RollupPlan plan;
    for (qsizetype b = 0; b < buckets.size(); ++b) {
        const int index = int(b);
        const qint64 a = buckets[b].fromUtc;
        const qint64 z = buckets[b].toUtc;
        if (z <= a) {
            continue;
        }
        const qint64 first = nearestBoundary(a, finest);
        const qint64 last = nearestBoundary(z, finest);
        if (last <= first) {
            plan.edges.append({index, 1, a, z});
            continue;
        }
        const qint64 firstUtc = RollupStore::hourStartUtc(first);
        const qint64 lastUtc = RollupStore::hourStartUtc(last);
        if (firstUtc > a) {
            plan.edges.append({index, 1, a, firstUtc});
        } else if (firstUtc < a) {
            plan.edges.append({index, -1, firstUtc, a});
        }
        if (lastUtc < z) {
            plan.edges.append({index, 1, lastUtc, z});
        } else if (lastUtc > z) {
            plan.edges.append({index, -1, z, lastUtc});
        }
        appendUnits(index, first, last, finest, plan.units);
    }
    return plan;
}

// The unit and edge tables are integers this code computed (never text from a user), written as literals: a
// year of weekly buckets in a zone off the hour is a few thousand of them, and binding that many placeholders
// costs Qt about 0.2 s, ten times the query itself.
QString RollupUnits::commonTable(const QList<RollupUnit> &units, QVariantList &values)
{
    Q_UNUSED(values)
    QStringList rows;
    rows.reserve(units.size());
    for (const RollupUnit &unit : units) {
        rows << QStringLiteral("(%1, %2, %3)").arg(unit.bucket).arg(unit.span).arg(unit.start);
    }
    return QStringLiteral("u (idx, span, start) AS (VALUES %1)").arg(rows.join(QStringLiteral(", ")));
}

QString RollupUnits::edgeTable(const QList<RollupEdge> &edges, QVariantList &values)
{
    Q_UNUSED(values)
    QStringList rows;
    rows.reserve(edges.size());
    int id = 0;
    for (const RollupEdge &edge : edges) {
        rows << QStringLiteral("(%1, %2, %3, %4, %5)").arg(id++).arg(edge.bucket).arg(edge.sign).arg(edge.fromUtc).arg(edge.toUtc);
    }
    return QStringLiteral("x (eid, idx, sign, lo, hi) AS (VALUES %1)").arg(rows.join(QStringLiteral(", ")));
}

} // namespace qadesk
