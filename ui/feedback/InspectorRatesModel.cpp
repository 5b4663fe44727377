#include "InspectorRatesModel.h"

namespace qadesk {

namespace {

QString percent(const std::optional<double> &value)
{
    return value ? QStringLiteral("%1 %").arg(*value, 0, 'f', 1) : QStringLiteral("—");
}

} // namespace

void InspectorRatesModel::setRates(QList<InspectorRates> rates)
{
    beginResetModel();
    m_rates = std::move(rates);
    endResetModel();
}

int InspectorRatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rates.size());
}

int InspectorRatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectorRatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rates.size()) {
        return {};
    }
    const InspectorRates &r = m_rates.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != InspectorColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == InspectorColumn) {
        return tr("Login: %1").arg(r.inspector); // the column shows the person's name
    }
    if (role == Qt::ToolTipRole && index.column() == DisputeRateColumn) {
        return tr("Disputes ÷ evaluations released to agents");
    }
    if (role == Qt::ToolTipRole && index.column() == OverturnRateColumn) {
        return tr("Disputes overturned (accepted or partly) ÷ disputes decided");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case InspectorColumn:
        return r.inspectorName.isEmpty() ? r.inspector : r.inspectorName;
    case ReleasedColumn:
        return r.released;
    case DisputesColumn:
        return r.disputes;
    case DisputeRateColumn:
        return percent(r.disputeRate());
    case DecidedColumn:
        return r.decided;
    case OverturnedColumn:
        return r.overturned;
    case OverturnRateColumn:
        return percent(r.overturnRate());
    default:
        return {};
    }
}

QVariant InspectorRatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case InspectorColumn:
        return tr("Inspector");
    case ReleasedColumn:
        return tr("Released");
    case DisputesColumn:
        return tr("Disputes");
    case DisputeRateColumn:
        return tr("Dispute rate");
    case DecidedColumn:
        return tr("Decided");
    case OverturnedColumn:
        return tr("Overturned");
    case OverturnRateColumn:
        return tr("Overturn rate");
    default:
        return {};
    }
}

} // namespace qadesk
