#pragma once

#include "kpi/KpiFilter.h"

#include <optional>

namespace qadesk {

class Connection;

// A filter's team name and agent code resolved to row ids; an unknown name or code matches nothing.
struct FilterKeys
{
    bool matchesNothing = false;
    std::optional<qint64> team;
    std::optional<qint64> agent;

    static FilterKeys resolve(Connection &connection, const KpiFilter &filter);
};

} // namespace qadesk
