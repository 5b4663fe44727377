#include "ReportActions.h"

#include "storage/OrganisationZone.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"

#include "ReportHost.h"
#include "ReportTask.h"
#include "ReportsPage.h"
#include "Error.h"
#include "export/ExportTables.h"
#include "export/TableExporter.h"
#include "report/AgentMonthlyReport.h"
#include "report/AgentMonthlyReportRenderer.h"
#include "report/EvaluationSheet.h"
#include "report/EvaluationSheetRenderer.h"
#include "kpi/KpiCatalog.h"
#include "report/ReportCanvas.h"
#include "report/ReportFonts.h"
#include "settings/AppSettings.h"
#include "storage/Connection.h"

#include <QAction>
#include <QApplication>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace qadesk {

namespace {

ReportOptions reportOptions()
{
    ReportOptions options;
    options.chinese = prefersChinese();
    options.zone = OrganisationZone::current();
    return options;
}

} // namespace

ReportActions::ReportActions(ReportHost &host, ReportsPage *page, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_page(page)
    , m_settings(settings)
{
    m_print = makeAction(tr("&Print…"), QStringLiteral("printAction"),
                         tr("Print the selected evaluations' sheets, one per page, with a preview"));
    m_print->setShortcut(QKeySequence::Print);
    m_exportPdf = makeAction(tr("Export P&DF…"), QStringLiteral("exportPdfAction"),
                             tr("Save the selected evaluations' sheets as one PDF, one sheet per page"));
    m_agentReport = makeAction(tr("Agent &monthly report…"), QStringLiteral("agentReportAction"),
                               tr("Save an agent's monthly report (KPIs, trend, dimensions, evaluations) as PDF"));
    m_exportEvaluations = makeAction(tr("Export &evaluations…"), QStringLiteral("exportEvaluationsAction"),
                                     tr("Save the evaluations of the Reports filter as an Excel workbook or CSV"));
    m_exportKpis = makeAction(tr("Export &KPI table…"), QStringLiteral("exportKpisAction"),
                              tr("Save the KPIs of the Reports filter as an Excel workbook or CSV"));

    page->addButton(m_print, true);
    page->addButton(m_exportPdf);
    page->addButton(m_agentReport);
    page->addButton(m_exportEvaluations);
    page->addButton(m_exportKpis);

    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_exportPdf, &QAction::triggered, this, &ReportActions::exportPdf);
    connect(m_agentReport, &QAction::triggered, this, &ReportActions::agentReport);
    connect(m_exportEvaluations, &QAction::triggered, this, &ReportActions::exportEvaluations);
    connect(m_exportKpis, &QAction::triggered, this, &ReportActions::exportKpis);
    connect(page, &ReportsPage::evaluationActivated, this, [this](qint64 id) { printEvaluations({id}); });
}

QList<QAction *> ReportActions::fileMenuActions() const
{
    return {m_print, m_exportPdf, m_agentReport, nullptr, m_exportEvaluations, m_exportKpis};
}

QAction *ReportActions::makeAction(const QString &text, const QString &name, const QString &statusTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setStatusTip(statusTip);
    action->setToolTip(statusTip);
    return action;
}

QList<qint64> ReportActions::targetEvaluations() const
{
    const QList<qint64> ids = m_host.frontPageSelection();
    return ids.isEmpty() ? m_page->selectedEvaluationIds() : ids;
}

QString ReportActions::choose(const QString &title, const QString &suggestedName, const QStringList &filters,
                              QString *selectedFilter)
{
    const QString path = FileDialogs::saveFile(m_host.dialogParent(), title, QDir(m_settings.reportsFolder()).filePath(suggestedName),
                                               filters.join(QStringLiteral(";;")), selectedFilter);
    if (!path.isEmpty()) {
        m_settings.setReportsFolder(QFileInfo(path).absolutePath());
    }
    return path;
}

bool ReportActions::fontsReady()
{
    // Built once, here on the GUI thread, before any worker paints with them.
    try {
        ReportFonts::families();
        return true;
    } catch (const Error &error) {
        showFailure(error.message());
        return false;
    }
}

void ReportActions::showFailure(const QString &message)
{
    emit taskFailed(message);
    MessageBox::warning(m_host.dialogParent(), tr("QA Desk"), message);
}

void ReportActions::taskSucceeded(const QString &path, const QString &summary)
{
    m_host.showStatusMessage(tr("Saved %1 (%2)").arg(QDir::toNativeSeparators(path), summary));
    emit fileWritten(path, summary);
}

void ReportActions::print()
{
    printEvaluations(targetEvaluations());
}

void ReportActions::printEvaluations(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        MessageBox::information(m_host.dialogParent(), tr("Print"),
                                 tr("Select one or more evaluations in the Reports tab, then print."));
        return;
    }
    if (!fontsReady()) {
        return;
    }
    // The sheets are read on a worker thread with a connection of its own; the preview opens when they are here.
    struct Loaded
    {
        QList<EvaluationSheet> sheets;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, ids] {
        watcher->deleteLater();
        QApplication::restoreOverrideCursor();
        const Loaded loaded = watcher->result();
        if (!loaded.error.isEmpty()) {
            showFailure(loaded.error);
            return;
        }
        showPrintPreview(ids, loaded.sheets);
    });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    watcher->setFuture(QtConcurrent::run([database = m_host.databaseFile(), ids] {
        Loaded loaded;
        try {
            Connection connection(database);
            loaded.sheets = EvaluationSheetLoader(connection).load(ids);
        } catch (const Error &error) {
            loaded.error = error.message();
        }
        return loaded;
    }));
}

void ReportActions::showPrintPreview(const QList<qint64> &ids, const QList<EvaluationSheet> &sheets)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(ids.size() == 1 ? tr("Evaluation sheet No. %1").arg(ids.first())
                                       : tr("%n evaluation sheet(s)", nullptr, int(ids.size())));
    ReportCanvas::setUpA4(printer);
    QPrintPreviewDialog preview(&printer, m_host.dialogParent());
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(tr("Print preview"));
    preview.resize(900, 1000);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, sheets](QPrinter *target) {
        try {
            EvaluationSheetRenderer(reportOptions()).render(sheets, *target);
        } catch (const Error &error) {
            showFailure(error.message());
        }
    });
    preview.exec();
}

void ReportActions::exportPdf()
{
    const QList<qint64> ids = targetEvaluations();
    if (ids.isEmpty()) {
        MessageBox::information(m_host.dialogParent(), tr("Export PDF"),
                                 tr("Select one or more evaluations in the Reports tab, then export."));
        return;
    }
    const QString suggested = ids.size() == 1 ? QStringLiteral("evaluation-%1.pdf").arg(ids.first())
                                              : QStringLiteral("evaluations-%1.pdf").arg(ids.size());
    const QString path = choose(tr("Export PDF"), suggested, {tr("PDF files (*.pdf)")});
    if (path.isEmpty() || !fontsReady()) {
        return;
    }
    const QString database = m_host.databaseFile();
    ReportTask *task = ReportTask::start(
        m_host.dialogParent(), tr("Writing %n evaluation sheet(s)…", nullptr, int(ids.size())),
        [database, ids, path, options = reportOptions()](const ProgressCallback &progress) {
            Connection connection(database);
            // Loading is the first half of the work, painting the second.
            const QList<EvaluationSheet> sheets = EvaluationSheetLoader(connection).load(
                ids, [&](qint64 done, qint64 total) { return progress(done, 2 * total); });
            const int pages = EvaluationSheetRenderer(options).writePdf(
                sheets, path, [&](qint64 done, qint64 total) { return progress(total + done, 2 * total); });
            return ReportOutcome{path, tr("%n page(s)", nullptr, pages), QString()};
        });
    connect(task, &ReportTask::succeeded, this, &ReportActions::taskSucceeded);
    connect(task, &ReportTask::failed, this, &ReportActions::showFailure);
}

void ReportActions::agentReport()
{
    const QString agent = m_page->agentForReport();
    if (agent.isEmpty()) {
        MessageBox::information(m_host.dialogParent(), tr("Agent monthly report"),
                                 tr("Choose an agent in the Reports tab (or select one of their evaluations)."));
        return;
    }
    const QDate month = m_page->monthForReport();
    const QString path = choose(tr("Agent monthly report"),
                                QStringLiteral("agent-%1-%2.pdf").arg(agent, month.toString(QStringLiteral("yyyy-MM"))),
                                {tr("PDF files (*.pdf)")});
    if (path.isEmpty() || !fontsReady()) {
        return;
    }
    const QString database = m_host.databaseFile();
    ReportTask *task = ReportTask::start(
        m_host.dialogParent(), tr("Writing the monthly report of %1…").arg(agent),
        [database, agent, month, path, options = reportOptions()](const ProgressCallback &progress) {
            reportProgress(progress, 0, 2);
            Connection connection(database);
            const AgentMonthlyReport report =
                AgentMonthlyReportBuilder(connection).build(agent, month, options.zone);
            reportProgress(progress, 1, 2);
            const int pages = AgentMonthlyReportRenderer(options).writePdf(report, path);
            reportProgress(progress, 2, 2);
            return ReportOutcome{path, tr("%n page(s)", nullptr, pages), QString()};
        });
    connect(task, &ReportTask::succeeded, this, &ReportActions::taskSucceeded);
    connect(task, &ReportTask::failed, this, &ReportActions::showFailure);
}

void ReportActions::exportEvaluations()
{
    exportTable(false);
}

void ReportActions::exportKpis()
{
    exportTable(true);
}

void ReportActions::exportTable(bool kpi)
{
    const KpiFilter filter = m_page->filter();
    const QString period = filter.from ? filter.from->toString(QStringLiteral("yyyy-MM")) : QStringLiteral("all");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    QString selected = xlsx;
    QString path = choose(kpi ? tr("Export KPI table") : tr("Export evaluations"),
                          QStringLiteral("%1-%2.xlsx").arg(kpi ? QStringLiteral("kpi") : QStringLiteral("evaluations"), period),
                          {xlsx, csv}, &selected);
    if (path.isEmpty()) {
        return;
    }
    std::optional<ExportFormat> format = TableExporter::formatFromPath(path);
    if (!format) {
        // No known suffix: the chosen filter decides, and the file gets its suffix.
        format = selected == csv ? ExportFormat::Csv : ExportFormat::Xlsx;
        path += *format == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    }
    const QString database = m_host.databaseFile();
    const bool chinese = prefersChinese();
    ReportTask *task = ReportTask::start(
        m_host.dialogParent(), kpi ? tr("Exporting the KPI table…") : tr("Exporting evaluations…"),
        [database, filter, path, format = *format, kpi, chinese](const ProgressCallback &progress) {
            Connection connection(database);
            qint64 rows = 0;
            if (kpi) {
                const ExportTable table = ExportTables::kpis(connection, filter);
                TableExporter::write(table, path, format, progress);
                rows = table.rows.size();
            } else {
                rows = ExportTables::writeEvaluations(connection, filter, chinese, path, format, progress);
            }
            return ReportOutcome{path, tr("%n row(s)", nullptr, int(rows)), QString()};
        });
    connect(task, &ReportTask::succeeded, this, &ReportActions::taskSucceeded);
    connect(task, &ReportTask::failed, this, &ReportActions::showFailure);
}

} // namespace qadesk
