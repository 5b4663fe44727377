#pragma once

#include "DashboardSnapshot.h"
#include "domain/Rubric.h"

#include <functional>
#include <optional>

namespace qadesk {

class Connection;

// Computes a DashboardSnapshot with the same KPI code as `qadesk-cli kpi` (KpiService / KpiStore) and the
// dimension and drill-down stores. Runs on whichever thread owns the connection.
class DashboardService final
{
public:
    explicit DashboardService(Connection &connection) : m_connection(connection) {}

    // `isStale` is asked between the queries; when it returns true the work stops and nothing is returned.
    std::optional<DashboardSnapshot> load(const DashboardRequest &request, const std::function<bool()> &isStale = {});

    // The current default rubric (the shipped one when the database has none).
    Rubric currentRubric();

private:
    Connection &m_connection;
};

} // namespace qadesk
