// The Reports tab and the report actions in the real main window: the evaluation list model and proxy
// (QAbstractItemModelTester), filters, selection, File → Print's preview, and PDF/XLSX/CSV files written
// off the GUI thread.
#include "ReportFixture.h"

#include "MainWindow.h"
#include "common/FileDialogs.h"
#include "reports/EvaluationListModel.h"
#include "reports/EvaluationListProxyModel.h"
#include "reports/ReportActions.h"
#include "reports/ReportHost.h"
#include "reports/ReportTask.h"
#include "reports/ReportsPage.h"
#include "services/DatabaseWorker.h"
#include "settings/AppSettings.h"
#include "storage/EvaluationReportStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace qadesk;
using namespace reportfixture;

class TestGuiReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QList<qint64> m_evaluations;
    std::unique_ptr<MainWindow> m_window;

    ReportsPage *page() const { return m_window->findChild<ReportsPage *>(QStringLiteral("reportsPage")); }
    ReportActions *actions() const { return m_window->findChild<ReportActions *>(); }

    // Answers the next file dialog with `path`.
    static void answerFileDialog(const QString &path) { FileDialogs::setNextAnswer({path}); }

    void selectRows(const QList<int> &rows)
    {
        QTableView *view = page()->view();
        view->clearSelection();
        for (const int row : rows) {
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Settings of its own (not ~/.qttest, which every test process shares).
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        m_database = m_dir.filePath(QStringLiteral("gui.sqlite"));
        Fixture fixture = create(m_database);
        m_evaluations = fixture.evaluations;
        fixture.connection.reset();
        m_window = std::make_unique<MainWindow>(m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The page reads on a worker thread (no SQL on the GUI thread): its first load arrives soon after.
        QTRY_VERIFY_WITH_TIMEOUT(page()->month().has_value() && !page()->isLoading() && page()->model()->rowCount() > 0,
                                 10000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void modelsPassTheModelTester()
    {
        EvaluationListModel model;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EvaluationListProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        KpiFilter all;
        Connection connection(m_database);
        model.setRecords(EvaluationReportStore(connection).list(all));
        QCOMPARE(model.rowCount(), 8);
        model.setGradeNames({{QStringLiteral("pass"), QStringLiteral("合格")}});
        proxy.setTeam(QStringLiteral("投诉处理组"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTeam(QString());
        proxy.setAgent(QStringLiteral("A017"));
        QCOMPARE(proxy.rowCount(), 6);
        proxy.sort(EvaluationListModel::ScoreColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, EvaluationListModel::ScoreColumn).data().toString(), QStringLiteral("91.76"));
        QCOMPARE(proxy.index(5, EvaluationListModel::ScoreColumn).data().toString(), QStringLiteral("0.0"));
        QVERIFY(proxy.index(5, EvaluationListModel::GradeColumn).data().toString().contains(QStringLiteral("veto")));
        model.setRecords({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void pageOpensOnTheLatestMonthAndFilters()
    {
        ReportsPage *reports = page();
        QVERIFY(reports);
        QCOMPARE(m_window->pages()->tabText(m_window->pages()->indexOf(reports)), QStringLiteral("Reports"));
        QCOMPARE(reports->month(), std::optional<QDate>(QDate(2024, 3, 1)));
        QCOMPARE(reports->view()->model()->rowCount(), 6); // March, drafts left out
        reports->setTeam(QStringLiteral("售后一组"));
        QCOMPARE(reports->view()->model()->rowCount(), 5);
        reports->setAgent(QStringLiteral("A017"));
        QCOMPARE(reports->view()->model()->rowCount(), 4);
        QCOMPARE(reports->filter().agent, QStringLiteral("A017"));
        QCOMPARE(reports->filter().from, std::optional<QDate>(QDate(2024, 3, 1)));
        QCOMPARE(reports->filter().to, std::optional<QDate>(QDate(2024, 3, 31)));
        QSignalSpy loaded(reports, &ReportsPage::loaded);
        reports->setMonth(std::nullopt);
        QVERIFY(reports->isLoading()); // on the worker thread; the GUI thread runs no SQL
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reports->view()->model()->rowCount(), 6); // every month, still A017 only
        QVERIFY(!reports->filter().from);
        reports->setAgent(QString());
        reports->setTeam(QString());
        QCOMPARE(reports->view()->model()->rowCount(), 8);
        reports->setMonth(QDate(2024, 3, 1));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reports->view()->model()->rowCount(), 6);
    }

    void fileMenuHasTheReportActions()
    {
        QStringList names;
        for (QAction *action : m_window->fileMenu()->actions()) {
            names << action->objectName();
        }
        for (const char *name : {"printAction", "exportPdfAction", "agentReportAction", "exportEvaluationsAction",
                                 "exportKpisAction"}) {
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        }
        QCOMPARE(actions()->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    }

    void selectionIsWhatPrintActsOn()
    {
        m_window->pages()->setCurrentWidget(page());
        page()->view()->sortByColumn(EvaluationListModel::IdColumn, Qt::AscendingOrder);
        selectRows({0, 2});
        const QList<qint64> ids = actions()->targetEvaluations();
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.first() < ids.last());
        QCOMPARE(page()->selectedEvaluationIds(), ids);
    }

    void printPreviewShowsOneSheetPerEvaluation()
    {
        selectRows({0, 1, 2});
        int previewPages = -1;
        // The sheets load on a worker thread; the preview opens (modal) when they are here.
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview) {
                return;
            }
            poll.stop();
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            if (widget) {
                widget->updatePreview();
                previewPages = widget->pageCount();
            }
            // QADESK_SCREENSHOT_DIR=… saves what the user sees, to look at.
            if (const QString dir = qEnvironmentVariable("QADESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
                preview->resize(1000, 900);
                QTest::qWait(200);
                preview->grab().save(QDir(dir).filePath(QStringLiteral("print-preview.png")));
                m_window->grab().save(QDir(dir).filePath(QStringLiteral("reports-page.png")));
            }
            preview->reject();
        });
        poll.start();
        // Ctrl+P in the window opens the preview (modal until the timer above closes it).
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(previewPages >= 0, 30000);
        QCOMPARE(previewPages, 3);
    }

    void exportPdfWritesTheSelectionOffTheGuiThread()
    {
        selectRows({0, 1, 2, 3});
        const QString file = m_dir.filePath(QStringLiteral("selection.pdf"));
        answerFileDialog(file);
        QSignalSpy written(actions(), &ReportActions::fileWritten);
        actions()->exportPdfAction()->trigger();
        QVERIFY(written.wait(30000));
        QCOMPARE(written.first().at(0).toString(), file);
        QCOMPARE(pdfPages(file), 4);
    }

    // ReportActions needs nothing of MainWindow: a host of a few lines serves it, and the selection of the page
    // in front wins over the Reports tab's.
    void actionsServeAnyReportHost()
    {
        struct Host final : ReportHost
        {
            QWidget window;
            QString path;
            QList<qint64> front;
            QStringList messages;

            explicit Host(QString p) : path(std::move(p)) {}
            QWidget *dialogParent() override { return &window; }
            QString databaseFile() const override { return path; }
            QList<qint64> frontPageSelection() const override { return front; }
            void showStatusMessage(const QString &message) override { messages << message; }
        };
        Host host(m_database);
        DatabaseWorker data(m_database, QStringLiteral("reports data"));
        ReportsPage reports(data);
        AppSettings settings;
        ReportActions actions(host, &reports, settings);
        host.front = {m_evaluations.first()};
        const QString file = m_dir.filePath(QStringLiteral("host.pdf"));
        FileDialogs::setNextAnswer({file});
        QSignalSpy written(&actions, &ReportActions::fileWritten);
        actions.exportPdfAction()->trigger();
        QVERIFY(written.wait(30000));
        QCOMPARE(pdfPages(file), 1);
        QCOMPARE(host.messages.size(), 1);
        QVERIFY(host.messages.first().contains(file));
    }

    void agentReportUsesTheFilteredAgent()
    {
        page()->setAgent(QStringLiteral("A017"));
        QCOMPARE(page()->agentForReport(), QStringLiteral("A017"));
        QCOMPARE(page()->monthForReport(), QDate(2024, 3, 1));
        const QString file = m_dir.filePath(QStringLiteral("agent.pdf"));
        answerFileDialog(file);
        QSignalSpy written(actions(), &ReportActions::fileWritten);
        actions()->agentReportAction()->trigger();
        QVERIFY(written.wait(30000));
        QCOMPARE(pdfPages(file), 2);
        QVERIFY(pdfText(file).contains(QStringLiteral("王芳(A017)")));
        page()->setAgent(QString());
    }

    void exportsFollowTheFilters_data()
    {
        QTest::addColumn<bool>("kpi");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("rows");
        // March: six evaluations; the KPI table has one row per day with interactions (six days).
        QTest::newRow("evaluations csv") << false << QStringLiteral("march.csv") << 6;
        QTest::newRow("evaluations xlsx") << false << QStringLiteral("march.xlsx") << 6;
        QTest::newRow("kpi xlsx") << true << QStringLiteral("kpi.xlsx") << 6;
        QTest::newRow("kpi, no suffix: the filter's xlsx") << true << QStringLiteral("kpi-table") << 6;
    }

    void exportsFollowTheFilters()
    {
        QFETCH(bool, kpi);
        QFETCH(QString, name);
        QFETCH(int, rows);
        const QString file = m_dir.filePath(name);
        answerFileDialog(file);
        QSignalSpy written(actions(), &ReportActions::fileWritten);
        (kpi ? actions()->exportKpisAction() : actions()->exportEvaluationsAction())->trigger();
        QVERIFY(written.wait(30000));
        const QString path = written.first().at(0).toString();
        QVERIFY(QFile::exists(path));
        if (path.endsWith(QLatin1String(".csv"))) {
            QFile csv(path);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            QVERIFY(csv.peek(3) == QByteArray("\xEF\xBB\xBF"));
            QCOMPARE(csv.readAll().count("\r\n"), rows + 1);
        } else {
            QVERIFY(path.endsWith(QLatin1String(".xlsx")));
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
            QVERIFY(unzip.waitForFinished(30000));
            QCOMPARE(unzip.readAllStandardOutput().count("<row "), rows + 1);
        }
    }

    void taskCanBeCancelled()
    {
        ReportTask *task = ReportTask::start(m_window.get(), QStringLiteral("test"), [](const ProgressCallback &progress) {
            for (qint64 i = 0;; ++i) {
                reportProgress(progress, i % 100, 100);
                QThread::msleep(5);
            }
            return ReportOutcome{};
        });
        QSignalSpy spy(task, &ReportTask::cancelled);
        auto *dialog = m_window->findChild<QProgressDialog *>(QStringLiteral("reportProgressDialog"));
        QVERIFY(dialog);
        QTest::qWait(50);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // what the user does
        QVERIFY(spy.wait(10000));
    }
};

QTEST_MAIN(TestGuiReports)
#include "tst_gui_reports.moc"
