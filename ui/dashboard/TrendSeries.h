#pragma once

#include "kpi/KpiCatalog.h"
#include "kpi/KpiValues.h"

#include <QDate>
#include <QList>

#include <optional>

namespace qadesk {

// One KPI across the buckets of a trend, as the trend charts take it.
struct TrendSeries
{
    QList<QDate> starts;
    QList<std::optional<double>> values;
    QList<qint64> counts;

    static TrendSeries of(const QList<KpiValues> &buckets, Kpi kpi)
    {
        TrendSeries s;
        for (const KpiValues &v : buckets) {
            s.starts << v.start;
            s.values << KpiCatalog::value(v, kpi);
            s.counts << KpiCatalog::sampleSize(v, kpi);
        }
        return s;
    }
};

} // namespace qadesk
