#pragma once

#include "kpi/DrillDown.h"

#include <QAbstractTableModel>

namespace qadesk {

// Interactions behind a figure: when, who, channel and category, the survey answers and times the KPIs count.
class InteractionListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Started, ExternalId, Agent, Team, Channel, Category, Csat, Nps, Ces, Fcr, Complaint, HandleTime,
        FirstResponse, QaScore, ColumnCount
    };

    explicit InteractionListModel(QObject *parent = nullptr);

    void setRows(const QList<InteractionListRow> &rows);
    const InteractionListRow &row(int row) const { return m_rows.at(row); }
    QList<qint64> interactionIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const InteractionListRow &r, int column) const;
    QList<InteractionListRow> m_rows;
};

} // namespace qadesk
