#pragma once

#include "kpi/KpiFilter.h"
#include "kpi/KpiValues.h"

namespace qadesk {

class Connection;

// The yardstick of the dashboard benchmark (DESIGN §7): the period's tile figures computed the plain way, one
// SQL aggregate over the raw interaction rows, without rollups.
class FullScanAggregate final
{
public:
    enum class Access {
        PeriodScan, // reads every interaction of the period (through the started_at index) and filters them
        AnyIndex    // lets the database pick its index (an agent's or team's rows only)
    };

    explicit FullScanAggregate(Connection &connection) : m_connection(connection) {}

    // Counts and means of the filter's interactions in [from, to] (from and to must be set).
    KpiValues run(const KpiFilter &filter, Access access);

private:
    Connection &m_connection;
};

} // namespace qadesk
