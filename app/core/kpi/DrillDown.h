#pragma once

#include "KpiFilter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// What stands behind one figure of the dashboard: the interactions or the evaluations of a filter's attributes
// (team, agent, channel, category, zone) in the local dates [from, to], narrowed to what the figure counts.
struct DrillDownQuery
{
    enum class Subject { Interactions, Evaluations };
    // Interactions that carry the figure's data (a CSAT answer for CSAT, …; Survey: a CSAT or an NPS answer);
    // Any for the interaction count.
    enum class Requirement { Any, Survey, Csat, Nps, Ces, Fcr, HandleTime, FirstResponse, Complaint };

    Subject subject = Subject::Interactions;
    KpiFilter filter;
    QDate from;
    QDate to;
    Requirement requirement = Requirement::Any;
    // Evaluations: only scores in [low, high) (the histogram's bins; high 100 includes 100).
    std::optional<std::pair<double, double>> scoreRange;
    // Evaluations: only those that scored this dimension, lowest level first.
    QString dimensionKey;
    int limit = 5000;
};

// One interaction as a drill-down list shows it.
struct InteractionListRow
{
    qint64 id = 0;
    QString externalId;
    QDateTime startedAt; // in the filter's zone
    QDateTime sourceStartedAt; // the same instant at the UTC offset the source recorded
    QString agentCode, agentName, teamName, channel, category;
    std::optional<int> csat, nps, ces;
    std::optional<bool> fcr;
    bool complaint = false;
    std::optional<double> handleS, firstResponseS;
    std::optional<double> qaScore; // mean of its submitted evaluations
};

// One submitted evaluation as a drill-down or "recent evaluations" list shows it.
struct EvaluationListRow
{
    qint64 id = 0;
    qint64 interactionId = 0;
    QString externalId;
    QDateTime startedAt; // the interaction's start, in the filter's zone
    QDateTime submittedAt;
    QString agentCode, agentName, teamName, inspector, status, gradeKey;
    std::optional<double> score;
    std::optional<int> dimensionLevel; // when the query named a dimension
};

template <typename Row>
struct DrillDownResult
{
    QList<Row> rows;  // at most the query's limit
    qint64 total = 0; // all that match
};

} // namespace qadesk
