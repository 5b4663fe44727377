#pragma once

#include "KpiFilter.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace qadesk {

// One bucket's local start date and the half-open ranges it covers, clipped to the filter's dates:
// as UTC epoch seconds (for raw rows) and as local Julian day numbers (for daily rollups in the same zone).
struct TimeBucket
{
    QDate start;
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    qint64 fromDay = 0;
    qint64 toDay = 0;
};

// Splits the local dates [first, last] into day / ISO week (Monday) / month buckets of a time zone.
class TimeBuckets final
{
public:
    static QList<TimeBucket> split(QDate first, QDate last, KpiBucket bucket, const QTimeZone &zone);
    static QDate bucketStart(QDate date, KpiBucket bucket);
    static QDate nextBucketStart(QDate start, KpiBucket bucket);
    // The instant local midnight of `date` begins in `zone` (the first valid instant if midnight is skipped).
    static qint64 startOfDayUtc(QDate date, const QTimeZone &zone);
};

} // namespace qadesk
