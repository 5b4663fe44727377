// The Feedback page driven by keyboard as its people would: the inspector releases a batch (Ctrl+Shift+L), one agent
// acknowledges with their typed name, another disputes a dimension, the team lead accepts it (a new version, the
// score recomputed), and the rates per inspector follow. Model testers watch both models; no SQL on the GUI thread.
#include "FeedbackFixture.h"
#include "GuiWorkspaceFixture.h"

#include "MainWindow.h"
#include "feedback/FeedbackPage.h"
#include "feedback/FeedbackRowModel.h"
#include "feedback/InspectorRatesModel.h"
#include "feedback/SignaturePad.h"
#include "settings/AppSettings.h"
#include "storage/SqlThreadGuard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace qadesk;

#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT((expr), 20000)
#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT((expr), (expected), 20000)

class TestGuiFeedback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void workAs(MainWindow &window, FeedbackPage *page, const QString &login)
    {
        AppSettings().setInspectorName(login);
        emit window.settingsChanged();
        QTRY_COMPARE(page->person().login, login);
        QTRY_VERIFY(!page->isLoading());
    }

    static QString state(FeedbackPage *page, int row)
    {
        return page->rowModel()->rowAt(row) ? page->rowModel()->rowAt(row)->state : QString();
    }

    // Answers the next modal dialog with `answer`, run once it is up.
    static void whenDialog(std::function<void(QWidget *)> answer, int attempts = 200)
    {
        QTimer::singleShot(50, [answer, attempts] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog && attempts > 0) {
                whenDialog(answer, attempts - 1); // not up yet
                return;
            }
            QVERIFY(dialog);
            // QADESK_GRAB_DIR=DIR saves each dialog as the test sees it (to look at its layout).
            if (const QString dir = qEnvironmentVariable("QADESK_GRAB_DIR"); !dir.isEmpty()) {
                dialog->grab().save(dir + QLatin1Char('/') + dialog->objectName() + QStringLiteral(".png"));
            }
            answer(dialog);
        });
    }

    static void press(QPushButton *button)
    {
        QVERIFY(button->isEnabled());
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fixture::isolateSettings(m_dir);
        fixture::resetSettings();
    }

    void signaturePadKeepsStrokes()
    {
        SignaturePad pad;
        pad.resize(400, 160);
        pad.show();
        QVERIFY(pad.isEmpty());
        QTest::mousePress(&pad, Qt::LeftButton, {}, QPoint(10, 80));
        QTest::mouseMove(&pad, QPoint(200, 40));
        QTest::mouseMove(&pad, QPoint(390, 120));
        QTest::mouseRelease(&pad, Qt::LeftButton, {}, QPoint(390, 120));
        // 400 × 160 px into the 1000 × 400 box: x × 2.5, y × 2.5.
        QCOMPARE(pad.strokesJson(), QStringLiteral("[[[25,200],[500,100],[975,300]]]"));
        pad.setFocus();
        QTest::keyClick(&pad, Qt::Key_Delete);
        QVERIFY(pad.isEmpty());
        QCOMPARE(pad.strokesJson(), QString());
    }

    void mainPathByKeyboard()
    {
        const QString path = m_dir.filePath(QStringLiteral("feedback.sqlite"));
        auto world = fixture::makeFeedbackWorld(path);
        const QList<qint64> evaluations = world.evaluations;
        const QList<qint64> interactions = world.interactions;
        world.connection.reset();
        AppSettings().setInspectorName(QStringLiteral("insp"));
        auto window = fixture::openWindow(path);
        auto *page = window->findChild<FeedbackPage *>(QStringLiteral("feedbackPage"));
        QVERIFY(page);
        window->pages()->setCurrentWidget(page);
        QAbstractItemModelTester rowsTester(page->rowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ratesTester(page->ratesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SqlThreadGuard::resetCount();
        SqlThreadGuard::forbid(QThread::currentThread(), false);
        const auto lift = qScopeGuard([] { SqlThreadGuard::lift(); });

        // The inspector: all four submitted evaluations to release; select all and release with Ctrl+Shift+L.
        QTRY_COMPARE(page->person().login, QStringLiteral("insp"));
        QTRY_COMPARE(page->rowModel()->rowCount(), 4);
        auto *table = page->findChild<QTableView *>(QStringLiteral("feedbackTable"));
        table->setFocus();
        // The workspace just submitted the evaluation of interaction 3: Ctrl+Alt+R (Tools) releases it alone.
        QVERIFY(!page->releaseSubmittedAction()->isEnabled());
        page->noteSubmitted(interactions.at(3));
        QVERIFY(page->releaseSubmittedAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(page->rowModel()->rowCount(), 3);
        QCOMPARE(page->rowModel()->rowOf(evaluations.at(3)), -1);
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTRY_VERIFY(page->releaseAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(page->rowModel()->rowCount(), 0);

        // 王芳 (A01) acknowledges, typing her name.
        workAs(*window, page, QStringLiteral("wangfang"));
        QTRY_COMPARE(page->rowModel()->rowCount(), 1);
        QCOMPARE(state(page, 0), FeedbackState::Released);
        auto *acknowledge = page->findChild<QPushButton *>(QStringLiteral("acknowledgeActionButton"));
        QTRY_VERIFY(acknowledge->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("decideActionButton"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("decideActionButton"))->toolTip().isEmpty());
        whenDialog([](QWidget *dialog) {
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Wang Fang")); // QTest types ASCII only
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            Q_UNUSED(dialog);
        });
        press(acknowledge);
        QTRY_COMPARE(state(page, 0), FeedbackState::Acknowledged);
        QTRY_VERIFY(page->view().detail.feedback && page->view().detail.feedback->signatureName == QStringLiteral("Wang Fang"));

        // 李娜 (A02) disputes service attitude (scored 3; the dialog proposes 4) with a reason.
        workAs(*window, page, QStringLiteral("lina"));
        QTRY_COMPARE(page->rowModel()->rowCount(), 1);
        auto *dispute = page->findChild<QPushButton *>(QStringLiteral("disputeActionButton"));
        QTRY_VERIFY(dispute->isEnabled());
        whenDialog([](QWidget *dialog) {
            auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("dispute_attitude"));
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reason_attitude"));
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("The customer thanked me"));
            QTest::keyClick(reason, Qt::Key_Return);
        });
        press(dispute);
        QTRY_COMPARE(state(page, 0), FeedbackState::Disputed);

        // The lead of 售后一组 sees it among the open disputes and accepts it: attitude 3 → 4, score 60 → 64.
        workAs(*window, page, QStringLiteral("lead1"));
        QTRY_COMPARE(page->rowModel()->rowCount(), 1);
        QCOMPARE(page->rowModel()->rowAt(0)->evaluationId, evaluations.at(1));
        auto *decide = page->findChild<QPushButton *>(QStringLiteral("decideActionButton"));
        QTRY_VERIFY(decide->isEnabled());
        whenDialog([](QWidget *dialog) {
            auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("outcome"));
            outcome->setFocus();
            QTest::keyClick(outcome, Qt::Key_Down);
            QTest::keyClick(outcome, Qt::Key_Down); // rejected → partly → accepted
            auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionReason"));
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("Confirmed on the recording"));
            QTest::keyClick(reason, Qt::Key_Tab); // to the Decide button
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        });
        press(decide);
        QTRY_COMPARE(state(page, 0), FeedbackState::Decided);
        QTRY_COMPARE(page->view().detail.row.version, 2);
        QCOMPARE(page->view().detail.evaluation.score, std::optional<double>(64));
        QCOMPARE(page->view().detail.versions.size(), 1);
        QCOMPARE(page->view().detail.versions.at(0).content.score, std::optional<double>(60));
        // People by name, their login in a tooltip: the raiser, the decider, who replaced version 1, the inspector.
        auto *detail = page->findChild<QTextBrowser *>(QStringLiteral("feedbackDetail"));
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("Dispute raised by 李娜 at")));
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("Team lead's decision by 组长一 at")), qPrintable(detail->toPlainText()));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Version 1 was replaced by 组长一 at")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Inspector: 质检员 · submitted")));
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("lina")));
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("lead1")));
        QTextCursor cursor = detail->document()->find(QStringLiteral("raised by 李娜")); // (the header names 李娜 as the agent)
        QVERIFY(!cursor.isNull());
        QCOMPARE(cursor.charFormat().toolTip(), QStringLiteral("Login: lina"));
        const QModelIndex inspector = page->rowModel()->index(0, FeedbackRowModel::InspectorColumn);
        QCOMPARE(inspector.data().toString(), QStringLiteral("质检员"));
        QCOMPARE(inspector.data(Qt::ToolTipRole).toString(), QStringLiteral("Login: insp"));
        if (const QString dir = qEnvironmentVariable("QADESK_GRAB_DIR"); !dir.isEmpty()) {
            window->resize(1280, 720);
            QTest::qWait(200);
            window->grab().save(dir + QStringLiteral("/feedbackPage.png"));
        }

        // Rates: insp released 4, 1 disputed (25 %), 1 decided and overturned (100 %).
        QTRY_COMPARE(page->ratesModel()->rowCount(), 1);
        const auto rate = [page](int column) { return page->ratesModel()->index(0, column).data().toString(); };
        QCOMPARE(rate(InspectorRatesModel::InspectorColumn), QStringLiteral("质检员"));
        QCOMPARE(page->ratesModel()->index(0, InspectorRatesModel::InspectorColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Login: insp"));
        QCOMPARE(rate(InspectorRatesModel::ReleasedColumn), QStringLiteral("2")); // the lead sees their team's two
        QCOMPARE(rate(InspectorRatesModel::DisputeRateColumn), QStringLiteral("50.0 %"));
        QCOMPARE(rate(InspectorRatesModel::OverturnRateColumn), QStringLiteral("100.0 %"));
        QVERIFY2(SqlThreadGuard::offences() == 0, qPrintable(SqlThreadGuard::lastOffence()));
    }
};

QTEST_MAIN(TestGuiFeedback)
#include "tst_gui_feedback.moc"
