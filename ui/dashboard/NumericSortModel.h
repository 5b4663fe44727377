#pragma once

#include <QSortFilterProxyModel>

namespace qadesk {

// Sorts by SortRole: numbers as numbers, text by locale, and rows without a value last in either direction
// (an agent without CSAT answers is neither best nor worst). Row numbers in the vertical header follow the sort.
class NumericSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NumericSortModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace qadesk
