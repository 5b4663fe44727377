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
    // Whether the last compute() read the rollups (in any zone they do, unless told to read the raw rows).
    bool usedRollups() const { return m_usedRollups; }
    // Reads every figure from the raw interactions (the reference the rollups are checked against).
    void setReadRawRows(bool raw) { m_readRaw = raw; }

private:
    Connection &m_connection;
    bool m_usedRollups = false;
    bool m_readRaw = false;
};

} // namespace qadesk
