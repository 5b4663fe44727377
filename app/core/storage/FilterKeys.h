#pragma once

#include "kpi/KpiFilter.h"

#include <QStringList>
#include <QVariantList>

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

    // Conditions on raw interactions `i` for these keys and the filter's channel and category. With both an
    // agent and a team the team test is written so that the database walks the agent's narrower index.
    void appendRawConditions(const KpiFilter &filter, QStringList &conditions, QVariantList &values) const;
};

} // namespace qadesk
