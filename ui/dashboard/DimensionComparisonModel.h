#pragma once

#include "kpi/DashboardSnapshot.h"

#include <QAbstractTableModel>

namespace qadesk {

// The rubric dimensions of a selection, weakest first: its average level, the level it is compared with (team or
// centre), the gap and the number of evaluations that scored it.
class DimensionComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Dimension, Average, Comparison, Gap, Count, ColumnCount };

    explicit DimensionComparisonModel(QObject *parent = nullptr);

    void setDimensions(const QList<DimensionInfo> &dimensions, const QList<DimensionStat> &selection,
                 const QList<DimensionStat> &comparison, const QString &comparisonName);
    QString dimensionKey(int row) const { return m_rows.value(row).info.key; }
    bool hasComparison() const { return m_hasComparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        DimensionInfo info;
        DimensionStat mine;
        DimensionStat theirs;
    };
    QList<Row> m_rows;
    QString m_comparisonName;
    bool m_hasComparison = false;
};

} // namespace qadesk
