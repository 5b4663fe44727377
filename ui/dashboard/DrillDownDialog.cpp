#include "DrillDownDialog.h"

#include "DashboardFormat.h"
#include "DashboardRoles.h"
#include "DrillDownEvaluationModel.h"
#include "InteractionListModel.h"
#include "NumericSortModel.h"
#include "TableClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace qadesk {

DrillDownDialog::DrillDownDialog(DrillDownQuery::Subject subject, const QString &title, const QString &description,
                                 QWidget *parent)
    : QDialog(parent)
    , m_subject(subject)
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    resize(1000, 560);
    auto *heading = new QLabel(description, this);
    heading->setObjectName(QStringLiteral("description"));
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_status = new QLabel(tr("Loading…"), this);
    m_status->setObjectName(QStringLiteral("status"));

    m_sorted = new NumericSortModel(this);
    if (subject == DrillDownQuery::Subject::Interactions) {
        m_interactions = new InteractionListModel(this);
        m_sorted->setSourceModel(m_interactions);
    } else {
        m_evaluations = new DrillDownEvaluationModel(this);
        m_sorted->setSourceModel(m_evaluations);
    }
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the store's order until the user picks one
    TableClipboard::install(m_table);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openInteractionsRequested({index.data(InteractionIdRole).toLongLong()});
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("Open in workspace"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openInWorkspace"));
    m_open->setEnabled(false);
    m_open->setToolTip(tr("Open the selected interactions (all listed ones when none is selected) in the workspace"));
    QPushButton *copy = buttons->addButton(tr("Copy table"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(TableClipboard::toTsv(m_sorted)); });
    connect(m_open, &QPushButton::clicked, this, [this]() { emit openInteractionsRequested(chosenInteractions(true)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QList<qint64> DrillDownDialog::chosenInteractions(bool selectionOnly) const
{
    QList<qint64> ids;
    const QModelIndexList rows = selectionOnly ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_sorted->rowCount(); ++r) {
            const qint64 id = m_sorted->index(r, 0).data(InteractionIdRole).toLongLong();
            if (!ids.contains(id)) {
                ids << id;
            }
        }
        return ids;
    }
    for (const QModelIndex &row : rows) {
        const qint64 id = row.data(InteractionIdRole).toLongLong();
        if (!ids.contains(id)) {
            ids << id;
        }
    }
    return ids;
}

void DrillDownDialog::showCount(qsizetype shown, qint64 total)
{
    m_total = total;
    m_loaded = true;
    const QString what = m_subject == DrillDownQuery::Subject::Interactions ? tr("%n interaction(s)", nullptr, int(total))
                                                                             : tr("%n evaluation(s)", nullptr, int(total));
    m_status->setText(shown < total ? tr("%1; showing the first %2.").arg(what, DashboardFormat::count(shown)) : what);
    m_open->setEnabled(shown > 0);
    m_table->resizeColumnsToContents();
}

void DrillDownDialog::setInteractions(const DrillDownResult<InteractionListRow> &result)
{
    m_interactions->setRows(result.rows);
    showCount(result.rows.size(), result.total);
}

void DrillDownDialog::setEvaluations(const DrillDownResult<EvaluationListRow> &result, const QList<GradeBand> &gradeBands)
{
    m_evaluations->setRows(result.rows, gradeBands);
    bool anyLevel = false;
    for (const EvaluationListRow &r : result.rows) {
        anyLevel = anyLevel || r.dimensionLevel.has_value();
    }
    m_table->setColumnHidden(DrillDownEvaluationModel::DimensionLevel, !anyLevel);
    showCount(result.rows.size(), result.total);
}

void DrillDownDialog::setFailed(const QString &message)
{
    m_loaded = true;
    m_status->setText(tr("Could not list them: %1").arg(message));
}

} // namespace qadesk
