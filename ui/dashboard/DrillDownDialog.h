#pragma once

#include "domain/Rubric.h"
#include "kpi/DrillDown.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace qadesk {

class DrillDownEvaluationModel;
class InteractionListModel;
class NumericSortModel;

// Lists the interactions or evaluations behind a figure (filled in when the worker delivers them), and hands them
// to the workspace: "Open in workspace" sends the selected rows (all rows when none is selected), a double click
// the row clicked.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(DrillDownQuery::Subject subject, const QString &title, const QString &description,
                    QWidget *parent = nullptr);

    void setInteractions(const DrillDownResult<InteractionListRow> &result);
    void setEvaluations(const DrillDownResult<EvaluationListRow> &result, const QList<GradeBand> &gradeBands);
    void setFailed(const QString &message);

    QTableView *table() const { return m_table; }
    qint64 total() const { return m_total; }
    bool isLoaded() const { return m_loaded; }

signals:
    void openInteractionsRequested(const QList<qint64> &interactionIds);

private:
    void showCount(qsizetype shown, qint64 total);
    QList<qint64> chosenInteractions(bool selectionOnly) const;

    DrillDownQuery::Subject m_subject;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    InteractionListModel *m_interactions = nullptr;
    DrillDownEvaluationModel *m_evaluations = nullptr;
    NumericSortModel *m_sorted = nullptr;
    qint64 m_total = 0;
    bool m_loaded = false;
};

} // namespace qadesk
