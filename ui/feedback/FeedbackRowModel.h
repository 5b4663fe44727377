#pragma once

#include "domain/Feedback.h"

#include <QAbstractTableModel>

namespace qadesk {

// The evaluations of one feedback list (released to me, pending acknowledgements, open disputes, to release): what,
// whose, the score, where it stands and the deadline that matters now, overdue ones in red. Adapts FeedbackRow; no
// SQL. Qt::UserRole gives the evaluation id.
class FeedbackRowModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EvaluationColumn,
        InteractionColumn,
        AgentColumn,
        ScoreColumn,
        DeadlineColumn,
        StateColumn,
        InspectorColumn,
        VersionColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<FeedbackRow> rows);
    const QList<FeedbackRow> &rows() const { return m_rows; }
    const FeedbackRow *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    int rowOf(qint64 evaluationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FeedbackRow> m_rows;
};

} // namespace qadesk
