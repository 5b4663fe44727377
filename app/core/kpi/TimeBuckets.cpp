#include "TimeBuckets.h"

#include <QDateTime>

namespace qadesk {

QDate TimeBuckets::bucketStart(QDate date, KpiBucket bucket)
{
    switch (bucket) {
    case KpiBucket::Day:
    case KpiBucket::None:
        return date;
    case KpiBucket::Week:
        return date.addDays(1 - date.dayOfWeek());
    case KpiBucket::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate TimeBuckets::nextBucketStart(QDate start, KpiBucket bucket)
{
    switch (bucket) {
    case KpiBucket::Day:
        return start.addDays(1);
    case KpiBucket::Week:
        return start.addDays(7);
    case KpiBucket::Month:
        return start.addMonths(1);
    case KpiBucket::None:
        return start;
    }
    return start;
}

qint64 TimeBuckets::startOfDayUtc(QDate date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toSecsSinceEpoch();
}

QList<TimeBucket> TimeBuckets::split(QDate first, QDate last, KpiBucket bucket, const QTimeZone &zone)
{
    QList<TimeBucket> buckets;
    if (!first.isValid() || !last.isValid() || last < first) {
        return buckets;
    }
    const QDate end = last.addDays(1);
    if (bucket == KpiBucket::None) {
        buckets.append({first, startOfDayUtc(first, zone), startOfDayUtc(end, zone), first.toJulianDay(),
                        end.toJulianDay()});
        return buckets;
    }
    for (QDate start = bucketStart(first, bucket); start < end; start = nextBucketStart(start, bucket)) {
        const QDate lo = std::max(start, first);
        const QDate hi = std::min(nextBucketStart(start, bucket), end);
        buckets.append({start, startOfDayUtc(lo, zone), startOfDayUtc(hi, zone), lo.toJulianDay(), hi.toJulianDay()});
    }
    return buckets;
}

} // namespace qadesk
