#pragma once

#include "kpi/KpiFilter.h"
#include "kpi/KpiValues.h"
#include "kpi/TimeBuckets.h"

#include <QList>

#include <optional>

namespace qadesk {

class Connection;

// The KPIs of one agent or team (a row of a ranking).
struct GroupKpiValues
{
    qint64 key = 0; // agents.id, or teams.id (0: interactions without a team)
    KpiValues values;
};

// Runs the KPI aggregates of DESIGN §3 in SQL, from the UTC-keyed rollups plus the raw rows at bucket edges (any
// zone), or on request from the raw interactions alone. Returns only buckets that hold interactions.
class KpiStore final
{
public:
    enum class Source { Auto, Rollup, Raw };
    enum class GroupBy { Agent, Team };

    explicit KpiStore(Connection &connection) : m_connection(connection) {}

    QList<KpiValues> query(const KpiFilter &filter, const QList<TimeBucket> &buckets, Source source = Source::Auto);
    // The KPIs over all `buckets` together, one row per agent or team that has interactions in them (without the
    // score histogram: qaScoreBins stay zero).
    QList<GroupKpiValues> queryGroups(const KpiFilter &filter, const QList<TimeBucket> &buckets, GroupBy groupBy,
                                      Source source = Source::Auto);
    // The first and last instant (UTC epoch seconds) of the interactions the filter's attributes select.
    std::optional<std::pair<qint64, qint64>> instantRange(const KpiFilter &filter);
    bool canUseRollup(const KpiFilter &filter);

private:
    // Rows of (bucket index, KpiValues), or of (group key, KpiValues) over all buckets.
    QList<std::pair<qint64, KpiValues>> run(const KpiFilter &filter, const QList<TimeBucket> &buckets, Source source,
                                            std::optional<GroupBy> groupBy);

    Connection &m_connection;
};

} // namespace qadesk
