#pragma once

#include "DimensionStats.h"
#include "DrillDown.h"
#include "KpiFilter.h"
#include "KpiTargets.h"
#include "KpiValues.h"
#include "ReportingPeriod.h"
#include "domain/Rubric.h"

#include <QList>
#include <QString>

namespace qadesk {

// What the dashboard asks for on a filter change: the filter (with its dates and bucket) and the period to
// compare with.
struct DashboardRequest
{
    KpiFilter filter; // from and to are set
    DateRange previous;
    int recentEvaluations = 20;
};

// A rubric dimension as the charts label it; names from the current rubric (the key when it has none).
struct DimensionInfo
{
    QString key;
    QString nameZh;
    QString nameEn;
    double weight = 0;

    QString name(bool chinese) const;
};

// The level above the selection that the dashboard compares it with.
enum class ComparisonLevel { None, Team, Centre };

struct AgentKpis
{
    qint64 agentId = 0;
    QString code;
    QString name;
    QString teamName;
    KpiValues values;
};

struct TeamDimensions
{
    qint64 teamId = 0;
    QString teamName;
    QList<DimensionStat> dimensions;
};

// Everything the dashboard shows for one filter, computed in one go on the worker.
struct DashboardSnapshot
{
    DashboardRequest request;
    KpiValues current;  // the whole period
    KpiValues previous; // the comparison period
    KpiTargets targets; // the organisation's KPI targets, read with the figures
    QList<KpiValues> trend; // every bucket of the period, empty ones included

    ComparisonLevel comparisonLevel = ComparisonLevel::None;
    QString comparisonName; // the team's name for ComparisonLevel::Team
    KpiValues comparison;
    QList<KpiValues> comparisonTrend;

    QList<DimensionInfo> dimensionInfo; // rubric order, then any other key found in the data
    QList<GradeBand> gradeBands;        // of the current rubric, highest first
    QList<DimensionStat> dimensions;
    QList<DimensionStat> comparisonDimensions;
    QList<TeamDimensions> teamDimensions; // every team, for the period's channel and category

    QList<AgentKpis> ranking; // agents of the filter's team (all agents without one), for channel and category
    QList<EvaluationListRow> recentEvaluations;

    bool usedRollups = false;
    qint64 elapsedMs = 0;
};

// Lookup of a dimension's statistic by key; an empty statistic when absent.
DimensionStat dimensionStat(const QList<DimensionStat> &stats, const QString &key);

} // namespace qadesk
