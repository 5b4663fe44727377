#pragma once

#include "kpi/KpiFilter.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

namespace qadesk {

class Connection;

// The one way a KpiFilter becomes SQL: its team name and agent code resolved to row ids (an unknown name or
// code matches nothing), its dates read as local days in the filter's zone, and the bound conditions the
// stores append for raw interactions `i` or rollup rows `r`. Tested once, with a table (tst_filtersql).
struct FilterKeys
{
    bool matchesNothing = false;
    std::optional<qint64> team;
    std::optional<qint64> agent;

    static FilterKeys resolve(Connection &connection, const KpiFilter &filter);
    // Keys the caller already has as row ids (the workspace's team list); 0 for none.
    static FilterKeys fromIds(qint64 teamId, qint64 agentId = 0);

    // Conditions on raw interactions `i` for these keys and the filter's channel and category. With both an
    // agent and a team the team test is written so that the database walks the agent's narrower index.
    void appendRawConditions(const KpiFilter &filter, QStringList &conditions, QVariantList &values) const;
    void appendRawConditions(const QString &channel, const QString &category, QStringList &conditions,
                             QVariantList &values) const;
    // Conditions on rollup rows `r` (whose channel and category are '*' for "all") for these keys and the
    // filter's channel and category.
    void appendRollupConditions(const KpiFilter &filter, QStringList &conditions, QVariantList &values) const;
    // The filter's dates [from, to], each optional, as local days in filter.zone: conditions on `column`
    // (UTC seconds since the epoch), from the start of `from` to the start of the day after `to`.
    static void appendPeriod(const KpiFilter &filter, const QString &column, QStringList &conditions,
                             QVariantList &values);
};

} // namespace qadesk
