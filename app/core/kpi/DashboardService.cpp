#include "DashboardService.h"

#include "KpiService.h"
#include "Error.h"
#include "TimeBuckets.h"
#include "domain/Rubric.h"
#include "storage/DimensionStatsStore.h"
#include "storage/DrillDownStore.h"
#include "storage/KpiStore.h"
#include "storage/KpiTargetStore.h"
#include "storage/RubricStore.h"
#include "storage/StaffDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

namespace qadesk {

QString DimensionInfo::name(bool chinese) const
{
    const QString text = localized(nameZh, nameEn, chinese);
    return text.isEmpty() ? key : text;
}

DimensionStat dimensionStat(const QList<DimensionStat> &stats, const QString &key)
{
    for (const DimensionStat &s : stats) {
        if (s.key == key) {
            return s;
        }
    }
    return DimensionStat{key, 0, 0};
}

Rubric DashboardService::currentRubric()
{
    return RubricStore(m_connection).current();
}

std::optional<DashboardSnapshot> DashboardService::load(const DashboardRequest &request,
                                                        const std::function<bool()> &isStale)
{
    QElapsedTimer timer;
    timer.start();
    const auto stale = [&]() { return isStale && isStale(); };
    DashboardSnapshot s;
    s.request = request;
    const KpiFilter &filter = request.filter;
    if (!filter.from || !filter.to || *filter.to < *filter.from) {
        throw Error(QCoreApplication::translate("Dashboard", "The dashboard needs a period with a first and a last day."));
    }
    KpiFilter whole = filter;
    whole.bucket = KpiBucket::None;

    s.targets = KpiTargetStore(m_connection).load(); // the organisation's, as they are now
    KpiService kpis(m_connection);
    s.current = kpis.compute(whole).value(0);
    s.usedRollups = kpis.usedRollups();
    if (request.previous.isValid()) {
        KpiFilter previous = whole;
        previous.from = request.previous.from;
        previous.to = request.previous.to;
        s.previous = kpis.compute(previous).value(0);
    }
    s.trend = kpis.compute(filter, true);
    if (stale()) {
        return std::nullopt;
    }

    StaffDirectory directory(m_connection);
    const QList<AgentEntry> agents = directory.agents();
    KpiFilter comparison = filter;
    comparison.agent.clear();
    if (!filter.agent.isEmpty()) {
        s.comparisonLevel = ComparisonLevel::Team;
        if (comparison.team.isEmpty()) {
            for (const AgentEntry &a : agents) {
                if (a.code == filter.agent) {
                    comparison.team = a.teamName;
                }
            }
        }
        s.comparisonName = comparison.team;
        if (comparison.team.isEmpty()) {
            s.comparisonLevel = ComparisonLevel::None; // an agent without a team has nothing to compare with
        }
    } else if (!filter.team.isEmpty()) {
        s.comparisonLevel = ComparisonLevel::Centre;
        comparison.team.clear();
    }
    if (s.comparisonLevel != ComparisonLevel::None) {
        KpiFilter comparisonWhole = comparison;
        comparisonWhole.bucket = KpiBucket::None;
        s.comparison = kpis.compute(comparisonWhole).value(0);
        s.comparisonTrend = kpis.compute(comparison, true);
    }
    if (stale()) {
        return std::nullopt;
    }

    const QList<TimeBucket> period = TimeBuckets::split(*filter.from, *filter.to, KpiBucket::None, filter.zone);
    DimensionStatsStore dimensions(m_connection);
    s.dimensions = dimensions.query(filter, period);
    if (s.comparisonLevel != ComparisonLevel::None) {
        s.comparisonDimensions = dimensions.query(comparison, period);
    }
    KpiFilter everyTeam = filter;
    everyTeam.team.clear();
    everyTeam.agent.clear();
    QHash<qint64, QString> teamNames;
    for (const TeamEntry &t : directory.teams()) {
        teamNames.insert(t.id, t.name);
    }
    for (const GroupDimensionStats &g : dimensions.queryGroups(everyTeam, period, DimensionStatsStore::GroupBy::Team)) {
        const QString name = g.key == 0 ? QCoreApplication::translate("Dashboard", "(no team)") : teamNames.value(g.key);
        s.teamDimensions.append({g.key, name, g.dimensions});
    }
    if (stale()) {
        return std::nullopt;
    }

    KpiFilter ranked = filter;
    ranked.agent.clear();
    QHash<qint64, const AgentEntry *> agentById;
    for (const AgentEntry &a : agents) {
        agentById.insert(a.id, &a);
    }
    for (const GroupKpiValues &row :
         KpiStore(m_connection).queryGroups(ranked, period, KpiStore::GroupBy::Agent)) {
        AgentKpis entry;
        entry.agentId = row.key;
        if (const AgentEntry *a = agentById.value(row.key)) {
            entry.code = a->code;
            entry.name = a->name;
            entry.teamName = a->teamName;
        }
        entry.values = row.values;
        s.ranking.append(entry);
    }
    s.recentEvaluations =
        DrillDownStore(m_connection).recentEvaluations(filter, *filter.from, *filter.to, request.recentEvaluations);

    const Rubric rubric = currentRubric();
    for (const RubricDimension &d : rubric.dimensions) {
        s.dimensionInfo.append({d.key, d.nameZh, d.nameEn, d.weight});
    }
    s.gradeBands = rubric.gradeBands;
    const auto known = [&s](const QString &key) {
        for (const DimensionInfo &d : s.dimensionInfo) {
            if (d.key == key) {
                return true;
            }
        }
        return false;
    };
    for (const TeamDimensions &team : s.teamDimensions) {
        for (const DimensionStat &d : team.dimensions) {
            if (!known(d.key)) {
                s.dimensionInfo.append({d.key, {}, {}, 0});
            }
        }
    }
    s.elapsedMs = timer.elapsed();
    return s;
}

} // namespace qadesk
