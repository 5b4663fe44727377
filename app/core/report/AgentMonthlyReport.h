#pragma once

#include "kpi/KpiTargets.h"

#include "domain/Evaluation.h"
#include "domain/EvaluationRecord.h"
#include "domain/Rubric.h"
#include "kpi/KpiValues.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <optional>

namespace qadesk {

class Connection;


// One dimension's month for the agent, with the team's figure to compare.
struct DimensionInsight
{
    QString key;
    double agentMean = 0;
    qint64 agentN = 0;
    std::optional<double> teamMean;
};

// What an agent's monthly report shows, gathered once (DESIGN §3 figures through KpiService).
struct AgentMonthlyReport
{
    AgentRecord agent;
    QDate month; // its first day
    QTimeZone zone;
    KpiValues agentKpi;
    std::optional<KpiValues> teamKpi; // none when the agent has no team
    KpiTargets targets;
    QList<KpiValues> agentTrend; // one bucket a month, the report month last, empty months included
    QList<KpiValues> teamTrend;  // the same months for the team (empty when there is no team)
    Rubric rubric;               // names and weights of the dimensions shown
    QList<DimensionAverage> agentDimensions;
    QList<DimensionAverage> teamDimensions;
    QList<EvaluationRecord> evaluations; // the agent's submitted evaluations of the month
    QHash<qint64, QList<DimensionEvaluation>> evaluationScores;

    QDate lastDay() const { return month.addMonths(1).addDays(-1); }
    // Every dimension of the rubric that the agent was scored on this month, in rubric order.
    QList<DimensionInsight> insights() const;
    // Up to two dimensions that stand out for the better: a mean of 4 or more, or 0.3 above the team.
    QList<DimensionInsight> strengths() const;
    // Up to two that need work: a mean under 3.5, or 0.3 below the team.
    QList<DimensionInsight> weaknesses() const;
};

// Gathers an agent's month through KpiService and the storage classes.
class AgentMonthlyReportBuilder final
{
public:
    static constexpr int TrendMonths = 6;

    explicit AgentMonthlyReportBuilder(Connection &connection) : m_connection(connection) {}

    // `month` is any day of the month. Throws qadesk::Error when the agent does not exist.
    AgentMonthlyReport build(const QString &agentCode, QDate month, const QTimeZone &zone);

private:
    Connection &m_connection;
};

} // namespace qadesk
