#pragma once

#include "kpi/DashboardSnapshot.h"
#include "kpi/KpiCatalog.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace qadesk {

// One row per agent with the period's KPIs, for the ranking table. Numbers are also given under SortRole so the
// sort proxy orders them as numbers; a KPI that missed its target is shown in red.
class AgentRankingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Agent, Code, Team, Interactions, FirstKpi, Evaluations = FirstKpi + 9, ColumnCount };

    explicit AgentRankingModel(QObject *parent = nullptr);

    void setRows(const QList<AgentKpis> &rows);
    void setTargets(const QHash<Kpi, std::optional<double>> &targets, const QHash<Kpi, double> &margins);
    static std::optional<Kpi> kpiOfColumn(int column);
    static int columnOfKpi(Kpi kpi) { return FirstKpi + int(kpi); }
    const AgentKpis &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AgentKpis> m_rows;
    QHash<Kpi, std::optional<double>> m_targets;
    QHash<Kpi, double> m_margins;
};

} // namespace qadesk
