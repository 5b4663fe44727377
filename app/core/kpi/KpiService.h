#pragma once

#include "KpiFilter.h"
#include "KpiValues.h"

#include <QList>

namespace qadesk {

class Connection;

// The one KPI computation behind `qadesk-cli kpi` and the dashboard: resolves the filter's date range and
// buckets, then asks the store (rollups or raw rows) for the figures.
class KpiService final
{
public:
    explicit KpiService(Connection &connection) : m_connection(connection) {}

    // Buckets that hold interactions; with `includeEmpty`, every bucket of the range (zero counts, no rates).
    // For KpiBucket::None there is always exactly one bucket.
    QList<KpiValues> compute(const KpiFilter &filter, bool includeEmpty = false);
    // Whether the last compute() read the daily rollups.
    bool usedRollups() const { return m_usedRollups; }

private:
    Connection &m_connection;
    bool m_usedRollups = false;
};

} // namespace qadesk
