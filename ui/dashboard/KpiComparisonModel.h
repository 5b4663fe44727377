#pragma once

#include "kpi/KpiCatalog.h"
#include "kpi/KpiValues.h"

#include <QAbstractTableModel>

namespace qadesk {

// The nine KPIs of a selection (an agent) next to those of the level it is compared with (its team): both figures,
// the difference, coloured by whether the selection does better, and both n.
class KpiComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Mine, Theirs, Difference, MyCount, TheirCount, ColumnCount };

    explicit KpiComparisonModel(QObject *parent = nullptr);

    void setFigures(const KpiValues &mine, const QString &myName, const KpiValues &theirs, const QString &theirName);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    KpiValues m_mine;
    KpiValues m_theirs;
    QString m_myName;
    QString m_theirName;
};

} // namespace qadesk
