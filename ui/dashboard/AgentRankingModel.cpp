#include "AgentRankingModel.h"

#include "DashboardFormat.h"
#include "DashboardRoles.h"

#include <QBrush>

namespace qadesk {

AgentRankingModel::AgentRankingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgentRankingModel::setRows(const QList<AgentKpis> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void AgentRankingModel::setTargets(const QHash<Kpi, std::optional<double>> &targets, const QHash<Kpi, double> &margins)
{
    m_targets = targets;
    m_margins = margins;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, FirstKpi), index(rowCount() - 1, Evaluations - 1), {Qt::ForegroundRole});
    }
}

std::optional<Kpi> AgentRankingModel::kpiOfColumn(int column)
{
    if (column >= FirstKpi && column < Evaluations) {
        return Kpi(column - FirstKpi);
    }
    return std::nullopt;
}

int AgentRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgentRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentRankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AgentKpis &r = m_rows.at(index.row());
    const int column = index.column();
    if (role == KeyRole) {
        return r.code;
    }
    if (const auto kpi = kpiOfColumn(column)) {
        const KpiDefinition &d = KpiCatalog::get(*kpi);
        const std::optional<double> v = KpiCatalog::value(r.values, *kpi);
        switch (role) {
        case Qt::DisplayRole:
            return DashboardFormat::number(d, v);
        case SortRole:
            return v ? QVariant(*v) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("%1: %2, n = %3").arg(d.name(), DashboardFormat::value(d, v),
                                             DashboardFormat::count(KpiCatalog::sampleSize(r.values, *kpi)));
        case Qt::ForegroundRole: {
            const TargetStatus s = targetStatus(d, v, m_targets.value(*kpi), m_margins.value(*kpi, d.defaultAmberMargin));
            if (s == TargetStatus::Missed) {
                return QBrush(DashboardFormat::statusColor(s));
            }
            return {};
        }
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Agent:
            return r.name.isEmpty() ? r.code : r.name;
        case Code:
            return r.code;
        case Team:
            return r.teamName;
        case Interactions:
            return DashboardFormat::count(r.values.interactions);
        case Evaluations:
            return DashboardFormat::count(r.values.evaluations);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case Agent:
            return r.name.isEmpty() ? r.code : r.name;
        case Code:
            return r.code;
        case Team:
            return r.teamName;
        case Interactions:
            return r.values.interactions;
        case Evaluations:
            return r.values.evaluations;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column >= Interactions ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant AgentRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        if (const auto kpi = kpiOfColumn(section)) {
            const KpiDefinition &d = KpiCatalog::get(*kpi);
            return d.higherIsBetter ? tr("%1 (higher is better)").arg(d.name()) : tr("%1 (lower is better)").arg(d.name());
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (const auto kpi = kpiOfColumn(section)) {
        const KpiDefinition &d = KpiCatalog::get(*kpi);
        const QString unit = d.unitSuffix().trimmed();
        return unit.isEmpty() ? d.name() : tr("%1 (%2)").arg(d.name(), unit);
    }
    switch (section) {
    case Agent:
        return tr("Agent");
    case Code:
        return tr("ID");
    case Team:
        return tr("Team");
    case Interactions:
        return tr("Interactions");
    case Evaluations:
        return tr("Evaluations");
    default:
        return {};
    }
}

} // namespace qadesk
