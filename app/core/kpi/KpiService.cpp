#include "KpiService.h"

#include "TimeBuckets.h"
#include "storage/KpiStore.h"

#include <QDateTime>

namespace qadesk {

QList<KpiValues> KpiService::compute(const KpiFilter &filter, bool includeEmpty)
{
    KpiStore store(m_connection);
    m_usedRollups = !m_readRaw && store.canUseRollup(filter);
    QDate first = filter.from.value_or(QDate());
    QDate last = filter.to.value_or(QDate());
    if (!filter.from || !filter.to) {
        if (const auto range = store.instantRange(filter)) {
            if (!filter.from) {
                first = QDateTime::fromSecsSinceEpoch(range->first, filter.zone).date();
            }
            if (!filter.to) {
                last = QDateTime::fromSecsSinceEpoch(range->second, filter.zone).date();
            }
        }
    }
    const QList<TimeBucket> buckets = TimeBuckets::split(first, last, filter.bucket, filter.zone);
    QList<KpiValues> found = store.query(filter, buckets, m_readRaw ? KpiStore::Source::Raw : KpiStore::Source::Auto);
    if (filter.bucket == KpiBucket::None && found.isEmpty()) {
        KpiValues empty;
        empty.start = buckets.isEmpty() ? filter.from.value_or(QDate()) : buckets.first().start;
        return {empty};
    }
    if (!includeEmpty) {
        return found;
    }
    QList<KpiValues> all;
    all.reserve(buckets.size());
    qsizetype next = 0;
    for (const TimeBucket &bucket : buckets) {
        if (next < found.size() && found[next].start == bucket.start) {
            all << found[next++];
        } else {
            KpiValues empty;
            empty.start = bucket.start;
            all << empty;
        }
    }
    return all;
}

} // namespace qadesk
