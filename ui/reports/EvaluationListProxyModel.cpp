#include "EvaluationListProxyModel.h"

#include "EvaluationListModel.h"

namespace qadesk {

EvaluationListProxyModel::EvaluationListProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EvaluationListModel::SortRole);
    setSortLocaleAware(true);
}

void EvaluationListProxyModel::setAgent(const QString &agentCode)
{
    if (m_agent != agentCode) {
        m_agent = agentCode;
        invalidateFilter();
    }
}

void EvaluationListProxyModel::setTeam(const QString &team)
{
    if (m_team != team) {
        m_team = team;
        invalidateFilter();
    }
}

bool EvaluationListProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_agent.isEmpty() && index.data(EvaluationListModel::AgentCodeRole).toString() != m_agent) {
        return false;
    }
    return m_team.isEmpty() || index.data(EvaluationListModel::TeamRole).toString() == m_team;
}

} // namespace qadesk
