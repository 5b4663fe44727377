#include "AgentMonthlyReport.h"

#include "storage/KpiTargetStore.h"

#include "Error.h"
#include "kpi/KpiService.h"
#include "storage/EvaluationReportStore.h"
#include "storage/RubricStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace qadesk {

namespace {

// How far a dimension must sit from the team's mean to count as a strength or weakness on its own.
constexpr double TeamMargin = 0.3;
constexpr double StrongMean = 4.0;
constexpr double WeakMean = 3.5;
constexpr qsizetype MaxListed = 2;

KpiFilter monthFilter(QDate first, QDate last, const QTimeZone &zone, KpiBucket bucket)
{
    KpiFilter filter;
    filter.from = first;
    filter.to = last;
    filter.zone = zone;
    filter.bucket = bucket;
    return filter;
}

} // namespace

QList<DimensionInsight> AgentMonthlyReport::insights() const
{
    QList<DimensionInsight> list;
    for (const RubricDimension &dimension : rubric.dimensions) {
        const auto agentIt = std::find_if(agentDimensions.cbegin(), agentDimensions.cend(),
                                          [&](const DimensionAverage &a) { return a.key == dimension.key; });
        if (agentIt == agentDimensions.cend() || agentIt->n == 0) {
            continue;
        }
        DimensionInsight insight{dimension.key, agentIt->mean, agentIt->n, std::nullopt};
        const auto teamIt = std::find_if(teamDimensions.cbegin(), teamDimensions.cend(),
                                         [&](const DimensionAverage &a) { return a.key == dimension.key; });
        if (teamIt != teamDimensions.cend() && teamIt->n > 0) {
            insight.teamMean = teamIt->mean;
        }
        list << insight;
    }
    return list;
}

QList<DimensionInsight> AgentMonthlyReport::strengths() const
{
    QList<DimensionInsight> candidates;
    for (const DimensionInsight &insight : insights()) {
        const bool aboveTeam = insight.teamMean && insight.agentMean >= *insight.teamMean + TeamMargin;
        const bool notBelowTeam = !insight.teamMean || insight.agentMean >= *insight.teamMean - 1e-9;
        if ((insight.agentMean >= StrongMean && notBelowTeam) || aboveTeam) {
            candidates << insight;
        }
    }
    // Most above the team first; without a team to compare, the highest mean.
    const auto advantage = [](const DimensionInsight &d) { return d.agentMean - d.teamMean.value_or(d.agentMean); };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const DimensionInsight &a, const DimensionInsight &b) {
        return advantage(a) != advantage(b) ? advantage(a) > advantage(b) : a.agentMean > b.agentMean;
    });
    return candidates.mid(0, MaxListed);
}

QList<DimensionInsight> AgentMonthlyReport::weaknesses() const
{
    QList<DimensionInsight> candidates;
    for (const DimensionInsight &insight : insights()) {
        const bool belowTeam = insight.teamMean && insight.agentMean <= *insight.teamMean - TeamMargin;
        if (insight.agentMean < WeakMean || belowTeam) {
            candidates << insight;
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const DimensionInsight &a, const DimensionInsight &b) {
        return a.agentMean < b.agentMean;
    });
    return candidates.mid(0, MaxListed);
}

AgentMonthlyReport AgentMonthlyReportBuilder::build(const QString &agentCode, QDate month, const QTimeZone &zone)
{
    EvaluationReportStore store(m_connection);
    const std::optional<AgentRecord> agent = store.agent(agentCode);
    if (!agent) {
        throw Error(QCoreApplication::translate("AgentMonthlyReport", "There is no agent with the id %1.").arg(agentCode));
    }
    AgentMonthlyReport report;
    report.agent = *agent;
    report.month = QDate(month.year(), month.month(), 1);
    report.zone = zone;
    report.targets = KpiTargetStore(m_connection).load(); // the organisation's

    KpiService kpis(m_connection);
    KpiFilter agentMonth = monthFilter(report.month, report.lastDay(), zone, KpiBucket::None);
    agentMonth.agent = agent->code;
    report.agentKpi = kpis.compute(agentMonth).value(0);
    KpiFilter agentTrend = monthFilter(report.month.addMonths(-(TrendMonths - 1)), report.lastDay(), zone,
                                       KpiBucket::Month);
    agentTrend.agent = agent->code;
    report.agentTrend = kpis.compute(agentTrend, true);

    KpiFilter teamMonth = agentMonth;
    teamMonth.agent.clear();
    teamMonth.team = agent->teamName;
    if (!agent->teamName.isEmpty()) {
        report.teamKpi = kpis.compute(teamMonth).value(0);
        KpiFilter teamTrend = agentTrend;
        teamTrend.agent.clear();
        teamTrend.team = agent->teamName;
        report.teamTrend = kpis.compute(teamTrend, true);
        report.teamDimensions = store.dimensionAverages(teamMonth);
    }
    report.agentDimensions = store.dimensionAverages(agentMonth);
    report.evaluations = store.list(agentMonth);
    report.evaluationScores = store.dimensionScores(agentMonth);

    // Dimension names from the rubric version the month's latest evaluation used, else the current default.
    RubricStore rubrics(m_connection);
    const int versionId = report.evaluations.isEmpty() ? 0 : report.evaluations.constLast().rubricVersionId;
    report.rubric = versionId != 0 ? rubrics.load(versionId) : rubrics.current();
    return report;
}

} // namespace qadesk
