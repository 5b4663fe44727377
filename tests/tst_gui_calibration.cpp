// The calibration page driven as a manager and participant would: a session from a seeded draw, a blind score by
// keyboard in the evaluation form's style, others' scores hidden until the session closes, then the results (alpha,
// leniency, heat map), the PDF and the CSV export.
#include "calibration/CalibrationHeatMap.h"
#include "calibration/CalibrationPage.h"
#include "calibration/CalibrationScoreDialog.h"
#include "calibration/CalibrationService.h"
#include "calibration/CalibrationSessionDialog.h"
#include "calibration/ReliabilityDialog.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "GuiWorkspaceFixture.h"
#include "sampling/SampleDraw.h"
#include "storage/CalibrationStore.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/SqlThreadGuard.h"
#include "workspace/DimensionEditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QSqlQuery>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

using namespace qadesk;

// The page reads and computes on worker threads; on a loaded machine (CI, parallel builds) that can take a while.
#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT((expr), 20000)
#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT((expr), (expected), 20000)

class TestGuiCalibration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString cell(QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

    // The test's own reads and writes (another participant, checks) may run SQL on this thread; the page may not.
    struct TestSql
    {
        TestSql() { SqlThreadGuard::lift(); }
        ~TestSql() { SqlThreadGuard::forbid(QThread::currentThread(), false); }
    };

    static int rowOf(QTableView *table, const QString &text)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (cell(table, r, 0) == text) {
                return r;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fixture::isolateSettings(m_dir);
        fixture::resetSettings();
    }

    void mainPath()
    {
        const QString path = fixture::makeQueueDatabase(m_dir, QStringLiteral("calibration.sqlite"), 6);
        {
            // The inspector of the settings runs calibration as a QA manager, and takes part too.
            auto c = fixture::openDatabase(path);
            PeopleStore(*c).add(QStringLiteral("admin"), fixture::kInspector, fixture::kInspector, Role::QaManager);
        }
        auto window = fixture::openWindow(path);
        // Everything the page does below runs its SQL on worker threads: none on the GUI thread.
        SqlThreadGuard::resetCount();
        SqlThreadGuard::forbid(QThread::currentThread(), false);
        const auto lift = qScopeGuard([] { SqlThreadGuard::lift(); });
        auto *page = window->findChild<CalibrationPage *>();
        QVERIFY(page);
        window->pages()->setCurrentWidget(page);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_VERIFY(!page->isLoading() && page->person().role == Role::QaManager);
        QCOMPARE(page->currentSessionId(), 0);

        // The manager (the inspector of the settings) creates a session from a seeded draw of 3 of the 6.
        QList<qint64> drawn;
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<CalibrationSessionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            QTRY_COMPARE(dialog->findChild<QTableView *>(QStringLiteral("candidateTable"))->model()->rowCount(), 6);
            dialog->findChild<QLineEdit *>(QStringLiteral("sessionName"))->setText(QStringLiteral("March calibration"));
            dialog->findChild<QLineEdit *>(QStringLiteral("participants"))
                ->setText(fixture::kInspector + QStringLiteral(", 质检员乙"));
            dialog->findChild<QSpinBox *>(QStringLiteral("drawSize"))->setValue(3);
            dialog->findChild<QSpinBox *>(QStringLiteral("drawSeed"))->setValue(7);
            dialog->findChild<QPushButton *>(QStringLiteral("drawButton"))->click();
            drawn = dialog->checkedInteractions();
            QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("blindUntilClosed"))->isChecked());
            dialog->findChild<QPushButton *>(QStringLiteral("createSession"))->click();
        });
        page->newSessionAction()->trigger();
        QVERIFY(dialogSeen);
        QCOMPARE(drawn.size(), 3);
        QTRY_VERIFY(page->currentSessionId() > 0 && !page->isLoading() &&
                    page->view().report.session.id == page->currentSessionId());
        const qint64 session = page->currentSessionId();
        const CalibrationSession stored = page->view().report.session;
        QCOMPARE(stored.name, QStringLiteral("March calibration"));
        QCOMPARE(stored.participants, (QStringList{fixture::kInspector, QStringLiteral("质检员乙")}));
        // The draw is the service's seeded one, in the order listed.
        QCOMPARE(QSet<qint64>(stored.interactionIds.cbegin(), stored.interactionIds.cend()),
                 QSet<qint64>(drawn.cbegin(), drawn.cend()));

        auto *items = page->findChild<QTableView *>(QStringLiteral("calibrationItems"));
        auto *agreementTab = page->findChild<QStackedWidget *>(QStringLiteral("calibrationAgreementTab"));
        QCOMPARE(items->model()->rowCount(), 3);
        QCOMPARE(agreementTab->currentIndex(), 0); // results hidden: blind until closed

        // The other participant scores the first interaction elsewhere: all 3s (score 60).
        const qint64 first = page->view().report.items.first().interactionId;
        {
            const TestSql allowed;
            Connection other(path);
            QList<DimensionEvaluation> levels(6);
            for (DimensionEvaluation &d : levels) {
                d.score = 3;
            }
            QMap<QString, QString> checklist;
            for (const char *step : {"greeting", "confirm_need", "analyse", "solution", "follow_up", "record"}) {
                checklist.insert(QString::fromLatin1(step), QStringLiteral("yes"));
            }
            CalibrationService(other).submit(session, first, QStringLiteral("质检员乙"), levels, checklist, {});
        }
        page->reload();
        QTRY_VERIFY(!page->isLoading() && cell(items, 0, 4) == QStringLiteral("1 of 2"));
        QCOMPARE(cell(items, 0, 3), QStringLiteral("to score"));
        QCOMPARE(cell(items, 0, 5), QStringLiteral("hidden (blind)"));

        // This inspector scores it blind by keyboard: 4 on every dimension (score 80), the checklist answered.
        items->setCurrentIndex(items->model()->index(0, 0));
        window->activateWindow(); // back from the session dialog
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        items->setFocus();
        QTRY_VERIFY(items->hasFocus());
        QVERIFY(page->findChild<QAction *>(QStringLiteral("scoreCalibrationItem"))->isEnabled());
        QTest::keyClick(items, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        CalibrationScoreDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<CalibrationScoreDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        const QList<DimensionEditor *> editors = dialog->findChildren<DimensionEditor *>();
        QCOMPARE(editors.size(), 6);
        QTRY_VERIFY(editors.first()->hasFocus());
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
        }
        QCOMPARE(dialog->scoreText(), QStringLiteral("Score 80.0 · Good"));
        // Submitting with the checklist unanswered is refused on the form, naming the step.
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("calibrationProblem"))
                    ->text()
                    .contains(QStringLiteral("Checklist")));
        for (const char *step : {"greeting", "confirm_need", "analyse", "solution", "follow_up", "record"}) {
            dialog->answerChecklist(QString::fromLatin1(step), QStringLiteral("yes"));
        }
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(window->findChild<CalibrationScoreDialog *>() == nullptr);
        QTRY_VERIFY(!page->isLoading() && cell(items, 0, 4) == QStringLiteral("2 of 2"));
        QCOMPARE(cell(items, 0, 3), QStringLiteral("80.0 Good"));
        // Submitted, but the session is blind until closed: the other score is still hidden, and so are the results.
        QCOMPARE(cell(items, 0, 5), QStringLiteral("hidden (blind)"));
        QCOMPARE(agreementTab->currentIndex(), 0);
        {
            const TestSql allowed;
            Connection check(path);
            const QList<CalibrationScore> scores = CalibrationStore(check).scores(session);
            QCOMPARE(scores.size(), 2);
            QCOMPARE(*scores.at(0).score, 80.0); // participant order: this inspector first
            QCOMPARE(scores.at(0).gradeKey, QStringLiteral("good"));
            QSqlQuery evaluations = check.run(QStringLiteral("SELECT count(*) FROM evaluations"));
            QVERIFY(evaluations.next());
            QCOMPARE(evaluations.value(0).toInt(), 0); // calibration never writes an evaluation
        }

        // The manager closes the session (4 scores missing): now everyone sees the results.
        MessageBox::setNextChoice(0);
        page->findChild<QAction *>(QStringLiteral("closeCalibrationSession"))->trigger();
        QTRY_VERIFY(!page->isLoading() && page->view().report.session.isClosed() && agreementTab->currentIndex() == 1);
        QTRY_COMPARE(cell(items, 0, 5), QStringLiteral("质检员乙: 60.0 Pass"));
        // One interaction, scores 80 and 60: the observed disagreement equals the expected one, alpha = 0.
        auto *agreement = page->findChild<QTableView *>(QStringLiteral("calibrationAgreement"));
        const int score = rowOf(agreement, QStringLiteral("Weighted score"));
        QVERIFY(score >= 0);
        QCOMPARE(cell(agreement, score, 2), QStringLiteral("0.000"));
        QCOMPARE(cell(agreement, score, 4), QStringLiteral("not reliable"));
        QCOMPARE(cell(agreement, score, 5), QStringLiteral("1 / 2"));
        const int greeting = rowOf(agreement, QStringLiteral("Checklist: Greeting"));
        QVERIFY(greeting >= 0);
        QCOMPARE(cell(agreement, greeting, 2), QStringLiteral("undefined"));
        // Leniency: each grader's consensus is the other's score: 80 − 60 = +20 and 60 − 80 = −20 points.
        auto *graders = page->findChild<QTableView *>(QStringLiteral("calibrationGraders"));
        QCOMPARE(cell(graders, 0, 2), QStringLiteral("+20.0"));
        QCOMPARE(cell(graders, 1, 2), QStringLiteral("−20.0"));
        // The heat map: a row per interaction under a header; lenient cells blue, severe red, unscored grey.
        auto *heat = page->findChild<CalibrationHeatMap *>();
        QCOMPARE(heat->sizeHint().height(), 30 + 3 * 26 + 2);
        HeatCell lenient{true, 80.0, 20.0}, severe{true, 60.0, -20.0}, unscored{};
        QVERIFY(CalibrationHeatMap::fillFor(lenient).blue() > CalibrationHeatMap::fillFor(lenient).red());
        QVERIFY(CalibrationHeatMap::fillFor(severe).red() > CalibrationHeatMap::fillFor(severe).blue());
        QCOMPARE(CalibrationHeatMap::fillFor(unscored), QColor(0xee, 0xee, 0xee));

        // Print to PDF and export the tables, through the file-dialog seam.
        const QString pdf = m_dir.filePath(QStringLiteral("calibration.pdf"));
        FileDialogs::setNextAnswer({pdf});
        page->findChild<QAction *>(QStringLiteral("calibrationPdf"))->trigger();
        QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        const QString csv = m_dir.filePath(QStringLiteral("calibration.csv"));
        FileDialogs::setNextAnswer({csv});
        page->findChild<QAction *>(QStringLiteral("calibrationExport"))->trigger();
        const QString gradersCsv = m_dir.filePath(QStringLiteral("calibration-graders.csv"));
        QTRY_VERIFY(QFile::exists(gradersCsv));
        QTRY_VERIFY(!page->isLoading());
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(table.readAll());
        QVERIFY2(text.contains(QStringLiteral("Weighted score,score,interval,0.000")), qPrintable(text.left(800)));
        QFile gradersFile(gradersCsv);
        QVERIFY(gradersFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(gradersFile.readAll()).contains(QStringLiteral("80.00,60.00")));
        QVERIFY2(SqlThreadGuard::offences() == 0, qPrintable(SqlThreadGuard::lastOffence()));
    }

    // The role decides (Permissions.h): a QA manager who does not take part sees an open blind session's scores and
    // results and may close it; the same login as an inspector sees neither and may neither create nor close.
    void rolesDecide()
    {
        const QString path = fixture::makeQueueDatabase(m_dir, QStringLiteral("roles.sqlite"), 2);
        qint64 first = 0;
        {
            auto c = fixture::openDatabase(path);
            PeopleStore(*c).add(QStringLiteral("admin"), fixture::kInspector, QStringLiteral("王经理"), Role::QaManager);
            Person other;
            other.login = QStringLiteral("another manager");
            other.role = Role::QaManager;
            CalibrationSession s;
            s.name = QStringLiteral("Blind");
            s.participants = {QStringLiteral("质检员乙"), QStringLiteral("质检员丙")};
            QSqlQuery q = c->run(QStringLiteral("SELECT id FROM interactions ORDER BY id"));
            while (q.next()) {
                s.interactionIds << q.value(0).toLongLong();
            }
            s.blindUntilClosed = true;
            CalibrationService service(*c);
            service.create(s, other);
            first = s.interactionIds.first();
            QList<DimensionEvaluation> levels(6);
            for (DimensionEvaluation &d : levels) {
                d.score = 3;
            }
            QMap<QString, QString> checklist;
            for (const char *step : {"greeting", "confirm_need", "analyse", "solution", "follow_up", "record"}) {
                checklist.insert(QString::fromLatin1(step), QStringLiteral("yes"));
            }
            service.submit(s.id, first, QStringLiteral("质检员乙"), levels, checklist, {});
        }
        auto window = fixture::openWindow(path);
        auto *page = window->findChild<CalibrationPage *>();
        window->pages()->setCurrentWidget(page);
        auto *items = page->findChild<QTableView *>(QStringLiteral("calibrationItems"));
        auto *agreementTab = page->findChild<QStackedWidget *>(QStringLiteral("calibrationAgreementTab"));
        auto *close = page->findChild<QAction *>(QStringLiteral("closeCalibrationSession"));
        QTRY_VERIFY(!page->isLoading() && page->person().role == Role::QaManager && page->currentSessionId() > 0 &&
                    page->view().report.session.id == page->currentSessionId());
        QTRY_VERIFY(page->view().resultsVisible);
        QVERIFY(!page->view().report.session.isClosed());
        QCOMPARE(agreementTab->currentIndex(), 1);
        QCOMPARE(cell(items, 0, 5), QStringLiteral("质检员乙: 60.0 Pass"));
        QVERIFY(page->newSessionAction()->isEnabled());
        QVERIFY(close->isEnabled()); // created by another manager: any manager closes it
        QVERIFY(page->findChild<QAction *>(QStringLiteral("calibrationPdf"))->isEnabled());

        // The same login as an inspector: blind like everyone else who does not take part.
        {
            Connection c(path);
            PeopleStore(c).setRole(QStringLiteral("admin"), fixture::kInspector, Role::Inspector);
        }
        emit window->settingsChanged();
        QTRY_VERIFY(!page->isLoading() && page->person().role == Role::Inspector && !page->view().resultsVisible);
        QCOMPARE(agreementTab->currentIndex(), 0);
        QCOMPARE(qobject_cast<QLabel *>(agreementTab->widget(0))->text(),
                 QStringLiteral("Only the session's participants and a QA manager or an administrator see its results."));
        QCOMPARE(cell(items, 0, 5), QStringLiteral("hidden (blind)"));
        QVERIFY(!page->newSessionAction()->isEnabled());
        QVERIFY(!close->isEnabled());
        QVERIFY(!page->findChild<QAction *>(QStringLiteral("calibrationPdf"))->isEnabled());
    }

    // Continuous reliability: a plan double-scores half its sample; with the pairs complete the manager's view shows
    // alpha by month and over all months, and each inspector's drift.
    void reliabilityOverTime()
    {
        const QString path = fixture::makeQueueDatabase(m_dir, QStringLiteral("reliability.sqlite"), 6);
        {
            Connection c(path);
            SampleRequest request;
            request.inspector = QStringLiteral("A");
            request.from = request.to = QDate(2024, 3, 4);
            request.skipEvaluated = false;
            request.options.seed = 11;
            request.doubleScorePercent = 50;
            request.secondInspector = QStringLiteral("B");
            const SampleDrawResult drawn = SampleDraw::run(c, request);
            QCOMPARE(drawn.doubleScored, 3);
            const CalibrationSession session = CalibrationStore(c).load(drawn.reliabilitySessionId);
            const int a[] = {4, 3, 2}, b[] = {4, 4, 2};
            QMap<QString, QString> checklist;
            for (const char *step : {"greeting", "confirm_need", "analyse", "solution", "follow_up", "record"}) {
                checklist.insert(QString::fromLatin1(step), QStringLiteral("yes"));
            }
            for (int i = 0; i < 3; ++i) {
                QList<DimensionEvaluation> levels(6);
                Evaluation e;
                e.interactionId = session.interactionIds.at(i);
                e.rubricVersionId = session.rubricVersionId;
                e.inspector = QStringLiteral("A");
                e.status = QStringLiteral("submitted");
                for (const char *key : {"response", "attitude", "resolution", "knowledge", "satisfaction", "records"}) {
                    DimensionEvaluation d;
                    d.key = QString::fromLatin1(key);
                    d.score = a[i];
                    e.dimensions << d;
                }
                for (DimensionEvaluation &d : levels) {
                    d.score = b[i];
                }
                e.score = 20.0 * a[i];
                e.createdAt = e.updatedAt = e.submittedAt = QDateTime::currentDateTimeUtc();
                EvaluationStore(c).insert(e);
                CalibrationService(c).submit(session.id, e.interactionId, QStringLiteral("B"), levels, checklist, {});
            }
        }
        auto window = fixture::openWindow(path);
        auto *page = window->findChild<CalibrationPage *>();
        window->pages()->setCurrentWidget(page);
        QTRY_VERIFY(!page->isLoading() && page->currentSessionId() > 0);
        // The plan's continuous session is listed, for the second inspector to score.
        QVERIFY(page->view().report.session.isContinuous());
        page->findChild<QAction *>(QStringLiteral("calibrationReliability"))->trigger();
        ReliabilityDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ReliabilityDialog *>()) != nullptr);
        QTRY_VERIFY(!dialog->isLoading());
        auto *alpha = dialog->findChild<QTableView *>(QStringLiteral("reliabilityAlpha"));
        QCOMPARE(alpha->model()->rowCount(), 2); // all months, then the one month
        QCOMPARE(cell(alpha, 0, 0), QStringLiteral("All months"));
        QCOMPARE(cell(alpha, 0, 1), QStringLiteral("3"));
        // Levels 4/4, 3/4, 2/2: 7/9; scores 80/80, 60/80, 40/40: 24/29 (tst_calibration works them out).
        QCOMPARE(cell(alpha, 0, 2), QStringLiteral("0.778"));
        QCOMPARE(cell(alpha, 0, 8), QStringLiteral("0.828"));
        auto *drift = dialog->findChild<QTableView *>(QStringLiteral("reliabilityDrift"));
        QCOMPARE(cell(drift, 0, 0), QStringLiteral("A"));
        QVERIFY(cell(drift, 0, 1).startsWith(QStringLiteral("−6.7 [")));
        QCOMPARE(cell(drift, 1, 2), QStringLiteral("+6.7 (3)"));
        dialog->close();
    }
};

QTEST_MAIN(TestGuiCalibration)
#include "tst_gui_calibration.moc"
