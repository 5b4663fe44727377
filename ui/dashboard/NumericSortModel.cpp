#include "NumericSortModel.h"

#include "DashboardRoles.h"

namespace qadesk {

NumericSortModel::NumericSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
}

bool NumericSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid()) {
        // "No value" goes last: last in ascending order means greatest, in descending order least.
        if (a.isValid() == b.isValid()) {
            return left.row() < right.row();
        }
        return sortOrder() == Qt::AscendingOrder ? a.isValid() : b.isValid();
    }
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    }
    return a.toDouble() < b.toDouble();
}

QVariant NumericSortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole) {
        return section + 1; // the rank in the current order
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

} // namespace qadesk
