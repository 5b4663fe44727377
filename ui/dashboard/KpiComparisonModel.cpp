#include "KpiComparisonModel.h"

#include "DashboardFormat.h"
#include "DashboardRoles.h"

#include <QBrush>

namespace qadesk {

KpiComparisonModel::KpiComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KpiComparisonModel::setFigures(const KpiValues &mine, const QString &myName, const KpiValues &theirs,
                                 const QString &theirName)
{
    beginResetModel();
    m_mine = mine;
    m_theirs = theirs;
    m_myName = myName;
    m_theirName = theirName;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int KpiComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(KpiCatalog::all().size());
}

int KpiComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const KpiDefinition &d = KpiCatalog::all().at(index.row());
    const auto mine = KpiCatalog::value(m_mine, d.kpi);
    const auto theirs = KpiCatalog::value(m_theirs, d.kpi);
    switch (role) {
    case KeyRole:
        return d.key;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return d.name();
        case Mine:
            return DashboardFormat::value(d, mine);
        case Theirs:
            return DashboardFormat::value(d, theirs);
        case Difference:
            return DashboardFormat::change(d, mine, theirs);
        case MyCount:
            return DashboardFormat::count(KpiCatalog::sampleSize(m_mine, d.kpi));
        case TheirCount:
            return DashboardFormat::count(KpiCatalog::sampleSize(m_theirs, d.kpi));
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Name:
            return d.name();
        case Mine:
            return mine ? QVariant(*mine) : QVariant();
        case Theirs:
            return theirs ? QVariant(*theirs) : QVariant();
        case Difference:
            return mine && theirs ? QVariant(*mine - *theirs) : QVariant();
        case MyCount:
            return KpiCatalog::sampleSize(m_mine, d.kpi);
        case TheirCount:
            return KpiCatalog::sampleSize(m_theirs, d.kpi);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Difference) {
            if (const auto better = isImprovement(d, mine, theirs)) {
                return QBrush(DashboardFormat::improvementColor(*better));
            }
        }
        if (index.column() == MyCount && KpiCatalog::isSmallSample(m_mine, d.kpi)) {
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TheirCount) {
            return tr("n of %1").arg(m_theirName);
        }
        if (index.column() == MyCount && KpiCatalog::isSmallSample(m_mine, d.kpi)) {
            return tr("Small sample: fewer than %1").arg(kSmallSampleThreshold);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant KpiComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("KPI");
    case Mine:
        return m_myName.isEmpty() ? tr("Selection") : m_myName;
    case Theirs:
        return m_theirName.isEmpty() ? tr("Compared") : m_theirName;
    case Difference:
        return tr("Difference");
    // Each count says whose it is: two columns titled "n" could not be told apart (issue 16).
    case MyCount:
        return tr("n (%1)").arg(m_myName.isEmpty() ? tr("Selection") : m_myName);
    case TheirCount:
        return tr("n (%1)").arg(m_theirName.isEmpty() ? tr("Compared") : m_theirName);
    default:
        return {};
    }
}

} // namespace qadesk
