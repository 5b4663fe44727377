#pragma once

#include <QSortFilterProxyModel>

namespace qadesk {

// Sorts the evaluation list by value (numbers, times) and narrows it to one agent and/or team.
class EvaluationListProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EvaluationListProxyModel(QObject *parent = nullptr);

    // Empty shows every agent / team.
    void setAgent(const QString &agentCode);
    void setTeam(const QString &team);
    const QString &agent() const { return m_agent; }
    const QString &team() const { return m_team; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_agent;
    QString m_team;
};

} // namespace qadesk
