#pragma once

#include "domain/Feedback.h"

#include <QAbstractTableModel>

namespace qadesk {

// Dispute rate and overturn rate per inspector (docs/qa-loop.md): released, disputes, rate, decided, overturned,
// rate; "—" where a rate has no base. Adapts InspectorRates; no SQL.
class InspectorRatesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        InspectorColumn,
        ReleasedColumn,
        DisputesColumn,
        DisputeRateColumn,
        DecidedColumn,
        OverturnedColumn,
        OverturnRateColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRates(QList<InspectorRates> rates);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InspectorRates> m_rates;
};

} // namespace qadesk
