#pragma once

#include "kpi/KpiFilter.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QPrinter;

namespace qadesk {

struct EvaluationSheet;

class AppSettings;
class ReportHost;
class ReportsPage;

// The printing and report commands: File → Print… (Ctrl+P) with a preview, Export PDF…, Agent monthly
// report…, Export evaluations… and Export KPI table… (CSV or XLSX). Print and PDF act on the current page's
// evaluation selection (ReportHost::frontPageSelection), else on the Reports tab's; exports follow the Reports
// tab's filters. Files are written off the GUI thread (ReportTask), each worker with its own database
// connection. The window puts the actions in its File menu (fileMenuActions).
class ReportActions final : public QObject
{
    Q_OBJECT

public:
    ReportActions(ReportHost &host, ReportsPage *page, AppSettings &settings, QObject *parent = nullptr);

    // For the File menu, in order; nullptr where a separator goes.
    QList<QAction *> fileMenuActions() const;

    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *agentReportAction() const { return m_agentReport; }
    QAction *exportEvaluationsAction() const { return m_exportEvaluations; }
    QAction *exportKpisAction() const { return m_exportKpis; }

    // The evaluations Print and Export PDF act on.
    QList<qint64> targetEvaluations() const;

public slots:
    void print();
    void printEvaluations(const QList<qint64> &evaluationIds);
    void exportPdf();
    void agentReport();
    void exportEvaluations();
    void exportKpis();

signals:
    // A file was written (after a background task); `summary` says what is in it.
    void fileWritten(const QString &path, const QString &summary);
    void taskFailed(const QString &message);

private:
    QAction *makeAction(const QString &text, const QString &name, const QString &statusTip);
    QString choose(const QString &title, const QString &suggestedName, const QStringList &filters,
                   QString *selectedFilter = nullptr);
    bool fontsReady();
    void exportTable(bool kpi);
    void taskSucceeded(const QString &path, const QString &summary);
    void showFailure(const QString &message);
    void showPrintPreview(const QList<qint64> &ids, const QList<EvaluationSheet> &sheets);

    ReportHost &m_host;
    ReportsPage *m_page;
    AppSettings &m_settings;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_agentReport = nullptr;
    QAction *m_exportEvaluations = nullptr;
    QAction *m_exportKpis = nullptr;
};

} // namespace qadesk
