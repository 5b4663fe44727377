#include "ImportResultDialog.h"

#include "ImportFileModel.h"
#include "ImportIssueModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace qadesk {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    return view;
}

} // namespace

ImportResultDialog::ImportResultDialog(const ImportResult &result, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ImportResultDialog"));
    setWindowTitle(result.dryRun ? tr("Import check") : tr("Import finished"));
    resize(900, 520);

    auto *summaryLabel = new QLabel(summary(result), this);
    summaryLabel->setObjectName(QStringLiteral("importSummary"));
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_files = new ImportFileModel(this);
    m_files->setResult(result);
    m_issues = new ImportIssueModel(this);
    m_issues->setResult(result);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *fileView = makeTable(m_files, QStringLiteral("importFiles"), splitter);
    fileView->horizontalHeader()->setStretchLastSection(false);
    fileView->horizontalHeader()->setSectionResizeMode(ImportFileModel::TurnsColumn, QHeaderView::ResizeToContents);
    fileView->horizontalHeader()->setSectionResizeMode(ImportFileModel::FileColumn, QHeaderView::Stretch);
    m_issueView = makeTable(m_issues, QStringLiteral("importIssues"), splitter);
    m_issueView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    splitter->addWidget(fileView);
    splitter->addWidget(m_issueView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_issueView->setVisible(m_issues->rowCount() > 0);

    auto *copy = new QAction(tr("Copy"), m_issueView);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ImportResultDialog::copyProblems);
    m_issueView->addAction(copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyAll = buttons->addButton(tr("Copy Problems"), QDialogButtonBox::ActionRole);
    copyAll->setObjectName(QStringLiteral("copyProblems"));
    copyAll->setEnabled(m_issues->rowCount() > 0);
    connect(copyAll, &QPushButton::clicked, this, &ImportResultDialog::copyProblems);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

QString ImportResultDialog::summary(const ImportResult &result)
{
    QStringList parts;
    const int files = int(result.files.size());
    if (result.dryRun) {
        parts << tr("Dry run: nothing was written.");
        parts << tr("%n interaction(s) would be imported", nullptr, result.imported()) + QLatin1Char(',') +
                     QLatin1Char(' ') + tr("%n duplicate(s) would be skipped.", nullptr, result.duplicates());
    } else {
        parts << tr("Imported %n interaction(s)", nullptr, result.imported()) + QLatin1Char(' ') +
                     tr("with %L1 turns;").arg(result.turns()) + QLatin1Char(' ') +
                     tr("%n duplicate(s) skipped.", nullptr, result.duplicates());
    }
    if (const int rejected = result.rejectedFiles(); rejected > 0) {
        parts << tr("%1 of %n file(s) rejected: nothing of them was kept. The problems are listed below.", nullptr,
                    files)
                     .arg(rejected);
    }
    if (result.cancelled) {
        parts << tr("Cancelled: the file in progress was rolled back; the files finished before it were kept.");
    }
    return parts.join(QLatin1Char(' '));
}

QString ImportResultDialog::problemsText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_issueView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_issues->rowCount(); ++row) {
            rows << row;
        }
    }
    QStringList lines;
    for (const int row : rows) {
        lines << m_issues->rowText(row);
    }
    return lines.join(QLatin1Char('\n'));
}

void ImportResultDialog::copyProblems()
{
    QApplication::clipboard()->setText(problemsText());
}

} // namespace qadesk
