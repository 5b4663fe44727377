#pragma once

#include "kpi/DimensionStats.h"
#include "kpi/KpiFilter.h"
#include "kpi/TimeBuckets.h"
#include "storage/KpiStore.h"

#include <QList>

namespace qadesk {

class Connection;

// Average level per rubric dimension over the submitted evaluations of the interactions a filter selects,
// in SQL: from the dimension rollups when they answer the filter (any zone, with signed raw edges; the agent level only without a
// channel or category filter), otherwise from the evaluation rows. Dimensions come sorted by key.
class DimensionStatsStore final
{
public:
    using Source = KpiStore::Source;
    using GroupBy = KpiStore::GroupBy;

    explicit DimensionStatsStore(Connection &connection) : m_connection(connection) {}

    // Over all `buckets` together.
    QList<DimensionStat> query(const KpiFilter &filter, const QList<TimeBucket> &buckets, Source source = Source::Auto);
    // One entry per agent or team with scored dimensions, sorted by key.
    QList<GroupDimensionStats> queryGroups(const KpiFilter &filter, const QList<TimeBucket> &buckets, GroupBy groupBy,
                                           Source source = Source::Auto);
    // Whether the last query read the rollups.
    bool usedRollups() const { return m_usedRollups; }

private:
    QList<GroupDimensionStats> run(const KpiFilter &filter, const QList<TimeBucket> &buckets, Source source,
                                   std::optional<GroupBy> groupBy);

    Connection &m_connection;
    bool m_usedRollups = false;
};

} // namespace qadesk
