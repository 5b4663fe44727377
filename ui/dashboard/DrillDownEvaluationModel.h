#pragma once

#include "domain/Rubric.h"
#include "kpi/DrillDown.h"

#include <QAbstractTableModel>

namespace qadesk {

// Submitted evaluations (recent ones, or those behind a figure): when, which interaction and agent, score, grade,
// the level of one dimension when the list is about one, who scored it and its status.
class DrillDownEvaluationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, ExternalId, Agent, Team, Score, Grade, DimensionLevel, Inspector, Status, Submitted, ColumnCount };

    explicit DrillDownEvaluationModel(QObject *parent = nullptr);

    void setRows(const QList<EvaluationListRow> &rows, const QList<GradeBand> &gradeBands);
    const EvaluationListRow &row(int row) const { return m_rows.at(row); }
    QList<qint64> interactionIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EvaluationListRow> m_rows;
    QList<GradeBand> m_bands;
};

} // namespace qadesk
