#pragma once

#include "kpi/DrillDown.h"

namespace qadesk {

class Connection;

// Lists the interactions and evaluations behind a dashboard figure (see DrillDownQuery), and an agent's or a
// team's most recent evaluations. Reads raw rows through the interactions' time indexes.
class DrillDownStore final
{
public:
    explicit DrillDownStore(Connection &connection) : m_connection(connection) {}

    // Oldest first.
    DrillDownResult<InteractionListRow> interactions(const DrillDownQuery &query);
    // Lowest score (or lowest level of the query's dimension) first.
    DrillDownResult<EvaluationListRow> evaluations(const DrillDownQuery &query);
    // Submitted evaluations of the filter's interactions in [from, to], newest interaction first.
    QList<EvaluationListRow> recentEvaluations(const KpiFilter &filter, QDate from, QDate to, int limit);

private:
    Connection &m_connection;
};

} // namespace qadesk
