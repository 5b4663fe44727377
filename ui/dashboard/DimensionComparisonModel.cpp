#include "DimensionComparisonModel.h"

#include "DashboardFormat.h"
#include "DashboardRoles.h"

#include <QBrush>
#include <QLocale>

namespace qadesk {

DimensionComparisonModel::DimensionComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DimensionComparisonModel::setDimensions(const QList<DimensionInfo> &dimensions, const QList<DimensionStat> &selection,
                                       const QList<DimensionStat> &comparison, const QString &comparisonName)
{
    beginResetModel();
    m_rows.clear();
    for (const DimensionInfo &d : dimensions) {
        m_rows.append({d, dimensionStat(selection, d.key), dimensionStat(comparison, d.key)});
    }
    // Weakest first; dimensions nobody scored at the end.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const auto x = a.mine.average();
        const auto y = b.mine.average();
        if (x.has_value() != y.has_value()) {
            return x.has_value();
        }
        return x && *x < *y;
    });
    m_comparisonName = comparisonName;
    m_hasComparison = !comparison.isEmpty();
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Comparison, Comparison);
}

int DimensionComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DimensionComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DimensionComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    const auto mine = r.mine.average();
    const auto theirs = r.theirs.average();
    const std::optional<double> gap = mine && theirs ? std::optional<double>(*mine - *theirs) : std::nullopt;
    switch (role) {
    case KeyRole:
        return r.info.key;
    case SortRole:
        switch (index.column()) {
        case Dimension:
            return r.info.name(prefersChinese());
        case Average:
            return mine ? QVariant(*mine) : QVariant();
        case Comparison:
            return theirs ? QVariant(*theirs) : QVariant();
        case Gap:
            return gap ? QVariant(*gap) : QVariant();
        case Count:
            return r.mine.n;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Dimension:
            return r.info.name(prefersChinese());
        case Average:
            return DashboardFormat::average(mine);
        case Comparison:
            return m_hasComparison ? DashboardFormat::average(theirs) : QString();
        case Gap:
            if (!gap) {
                return QString();
            }
            return (*gap >= 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + QLocale().toString(qAbs(*gap), 'f', 2);
        case Count:
            return DashboardFormat::count(r.mine.n);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Gap && gap && qAbs(*gap) >= 0.005) {
            return QBrush(DashboardFormat::improvementColor(*gap > 0));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Dimension ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("Average level 1–5 of submitted evaluations that scored this dimension");
    default:
        return {};
    }
}

QVariant DimensionComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Dimension:
        return tr("Dimension");
    case Average:
        return tr("Average");
    case Comparison:
        return m_comparisonName.isEmpty() ? tr("Compared") : m_comparisonName;
    case Gap:
        return tr("Gap");
    case Count:
        return tr("n");
    default:
        return {};
    }
}

} // namespace qadesk
