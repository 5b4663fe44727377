#pragma once

#include "kpi/KpiFilter.h"
#include "kpi/KpiValues.h"
#include "kpi/TimeBuckets.h"

#include <QList>

#include <optional>

namespace qadesk {

class Connection;

// Runs the KPI aggregates of DESIGN §3 in SQL, from the daily rollups when the filter's zone is the rollup
// zone, otherwise from the raw interactions. Returns only buckets that hold interactions.
class KpiStore final
{
public:
    enum class Source { Auto, Rollup, Raw };

    explicit KpiStore(Connection &connection) : m_connection(connection) {}

    QList<KpiValues> query(const KpiFilter &filter, const QList<TimeBucket> &buckets, Source source = Source::Auto);
    // The first and last instant (UTC epoch seconds) of the interactions the filter's attributes select.
    std::optional<std::pair<qint64, qint64>> instantRange(const KpiFilter &filter);
    bool canUseRollup(const KpiFilter &filter);

private:
    struct Keys
    {
        bool matchesNothing = false;
        std::optional<qint64> team;
        std::optional<qint64> agent;
    };
    Keys resolveKeys(const KpiFilter &filter);

    Connection &m_connection;
    std::optional<QString> m_rollupZone;
};

} // namespace qadesk
