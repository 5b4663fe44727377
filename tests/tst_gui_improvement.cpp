// The "Rectification & coaching" page driven by keyboard as an agent and a team lead would: the agent opens their
// overdue item from "My work", submits it (its verification interactions are drawn), marks a commitment done and
// writes their note; the lead raises an item, records a coaching session with a commitment and saves the notice as
// a PDF. Every model is checked with QAbstractItemModelTester, and no SQL runs on the GUI thread.
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "improvement/CoachingSessionDialog.h"
#include "improvement/CoachingSessionModel.h"
#include "improvement/CoachingTrendView.h"
#include "improvement/CommitmentModel.h"
#include "improvement/ImprovementPage.h"
#include "improvement/NewRectificationDialog.h"
#include "improvement/RectificationDialog.h"
#include "improvement/RectificationListModel.h"
#include "improvement/RectificationService.h"
#include "storage/Connection.h"
#include "storage/PeopleStore.h"
#include "storage/RectificationStore.h"
#include "storage/Schema.h"
#include "storage/SqlThreadGuard.h"
#include "storage/WorkQueueStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace qadesk;

#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT((expr), 20000)
#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT((expr), (expected), 20000)

class TestGuiImprovement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Person person(const QString &login)
    {
        SqlThreadGuard::lift();
        Connection connection(m_path);
        const Person p = *PeopleStore(connection).find(login);
        SqlThreadGuard::forbid(QThread::currentThread(), false);
        return p;
    }

    // The demo's lead of a team (DemoPeople: one per team).
    QString leadOf(const QString &team)
    {
        SqlThreadGuard::lift();
        Connection connection(m_path);
        QString login;
        for (const Person &p : PeopleStore(connection).list()) {
            if (p.role == Role::Lead && p.team == team) {
                login = p.login;
            }
        }
        SqlThreadGuard::forbid(QThread::currentThread(), false);
        return login;
    }

    RectificationDetail detail(qint64 id)
    {
        SqlThreadGuard::lift();
        Connection connection(m_path);
        RectificationDetail d = RectificationStore(connection).detail(id);
        SqlThreadGuard::forbid(QThread::currentThread(), false);
        return d;
    }

    template <typename T> static T *modal()
    {
        return qobject_cast<T *>(QApplication::activeModalWidget());
    }

    static void testModels(ImprovementPage &page)
    {
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 page.itemsModel(), page.ownModel(), page.sessionsModel(), page.sessionCommitmentsModel(),
                 page.openCommitmentsModel()}) {
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("improvement.sqlite"));
        Connection connection(m_path);
        Schema::migrate(connection);
        DemoOptions options;
        options.seed = 1;
        options.interactions = 3000;
        options.lastDay = QDate::currentDate();
        DemoGenerator(connection, options).run();
        SqlThreadGuard::resetCount();
        SqlThreadGuard::forbid(QThread::currentThread(), false);
    }

    void cleanupTestCase()
    {
        QCOMPARE(SqlThreadGuard::offences(), 0);
        SqlThreadGuard::lift();
    }

    // The demo's submitted item (A004) has drawn its verification interactions onto the verifier's queue; the queue's
    // rows say which item and dimension they verify (the workspace shows it in the status column).
    void queueMarksVerificationInteractions()
    {
        SqlThreadGuard::lift();
        {
            Connection connection(m_path);
            const auto items = RectificationStore(connection).list({});
            const auto submitted = std::find_if(items.cbegin(), items.cend(), [](const RectificationItem &r) {
                return r.state == RectificationState::Submitted;
            });
            QVERIFY(submitted != items.cend());
            const RectificationDetail d = RectificationStore(connection).detail(submitted->id);
            QCOMPARE(d.checks.size(), 3);
            WorkQueueStore queue(connection);
            QVERIFY(queue.contains(d.item.verifier, d.checks.first().interactionId));
            const auto row = queue.row(d.checks.first().interactionId);
            QVERIFY(row.has_value());
            QCOMPARE(row->rectificationId, d.item.id);
            QCOMPARE(row->rectificationDimension, d.item.dimensionKey);
            WorkQueueFilter filter;
            filter.inspector = d.item.verifier;
            int marked = 0;
            for (const WorkQueueRow &r : queue.page(filter, {}, 0, 1000)) {
                marked += r.rectificationId == d.item.id ? 1 : 0;
            }
            QCOMPARE(marked, 3);
        }
        SqlThreadGuard::forbid(QThread::currentThread(), false);
    }

    void agentSubmitsAndNotes()
    {
        ImprovementPage page(m_path);
        testModels(page);
        page.resize(1280, 720);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        // A003 has the demo's overdue item in progress (due 9 days ago) and no other open item.
        QSignalSpy loaded(&page, &ImprovementPage::itemsLoaded);
        page.setPerson(person(QStringLiteral("a003")));
        QTRY_VERIFY(loaded.count() >= 1);
        QTRY_COMPARE(page.ownModel()->rowCount(), 1);
        const qint64 id = page.ownModel()->item(0).id;
        QCOMPARE(page.ownModel()->index(0, RectificationListModel::LateColumn).data().toString(),
                 page.ownModel()->index(0, RectificationListModel::LateColumn).data().toString());
        QCOMPARE(page.ownModel()->index(0, 0).data(RectificationListModel::DaysLateRole).toInt(), 9);
        QCOMPARE(page.ownModel()->index(0, RectificationListModel::LateColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0xc6, 0x28, 0x28));

        // Enter opens it; Alt+B submits it; the dialog shows the new state and the drawn interactions.
        page.ownView()->setFocus();
        page.ownView()->setCurrentIndex(page.ownModel()->index(0, 0));
        QTest::keyClick(page.ownView(), Qt::Key_Return);
        QTRY_VERIFY(modal<RectificationDialog>() != nullptr);
        auto *dialog = modal<RectificationDialog>();
        QTRY_VERIFY(dialog->submitButton()->isEnabled());
        QVERIFY(!dialog->verifyButton()->isEnabled()); // an agent does not verify
        QVERIFY(dialog->verifyButton()->toolTip().contains(QStringLiteral("may not raise or verify")));
        auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("transitionNote"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("done"));
        QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(dialog->detail().item.state, RectificationState::Submitted);
        QCOMPARE(dialog->detail().history.constLast().note, QStringLiteral("done"));
        QCOMPARE(dialog->detail().item.round, 1);
        QVERIFY(!dialog->submitButton()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(modal<RectificationDialog>() == nullptr);
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        // Submitted: no longer the agent's to do.
        QTRY_COMPARE(page.ownModel()->rowCount(), 0);
        QCOMPARE(detail(id).item.state, RectificationState::Submitted);

        // The coaching tab: the agent writes their note on their own session (A003 has none: none listed).
        QTest::keyClick(page.tabs(), Qt::Key_H, Qt::AltModifier);
        QCOMPARE(page.tabs()->currentIndex(), 2);
        QTRY_COMPARE(page.sessionsModel()->rowCount(), 0);
    }

    void agentMarksCommitmentAndWritesNote()
    {
        ImprovementPage page(m_path);
        testModels(page);
        page.resize(1280, 720);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy sessions(&page, &ImprovementPage::sessionsLoaded);
        // A002's session (12 days ago) has two open commitments.
        page.setPerson(person(QStringLiteral("a002")));
        QTRY_COMPARE(page.openCommitmentsModel()->rowCount(), 2);
        auto *commitments = page.findChild<QTableView *>(QStringLiteral("openCommitmentsView"));
        commitments->setFocus();
        commitments->setCurrentIndex(page.openCommitmentsModel()->index(0, 0));
        QTest::keyClick(&page, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(page.openCommitmentsModel()->rowCount(), 1);

        QTest::keyClick(page.tabs(), Qt::Key_H, Qt::AltModifier);
        QCOMPARE(page.tabs()->currentIndex(), 2);
        QTRY_COMPARE(page.sessionsModel()->rowCount(), 1);
        QSignalSpy shown(&page, &ImprovementPage::sessionShown);
        QTRY_VERIFY(page.trendView()->summary().contains(QStringLiteral("n = ")) ||
                    page.trendView()->summary().contains(QStringLiteral("no evaluations")));
        auto *noteEdit = page.findChild<QPlainTextEdit *>(QStringLiteral("agentNote"));
        QVERIFY(!noteEdit->isReadOnly());
        noteEdit->setFocus();
        noteEdit->selectAll();
        QTest::keyClicks(noteEdit, QStringLiteral("I will practise"));
        QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(page.sessionsModel()->rowCount() > 0 ? page.sessionsModel()->session(0).agentNote : QString(),
                     QStringLiteral("I will practise"));
        QCOMPARE(page.sessionCommitmentsModel()->rowCount(), 2);
        int done = 0;
        for (int r = 0; r < 2; ++r) {
            done += page.sessionCommitmentsModel()->index(r, 0).data(CommitmentModel::DoneRole).toBool() ? 1 : 0;
        }
        QCOMPARE(done, 1);
    }

    void leadRaisesCoachesAndPrints()
    {
        ImprovementPage page(m_path);
        testModels(page);
        page.resize(1280, 720);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy loaded(&page, &ImprovementPage::itemsLoaded);
        page.setPerson(person(leadOf(QStringLiteral("售后一组"))));
        QTRY_VERIFY(loaded.count() >= 1);
        QTest::keyClick(page.tabs(), Qt::Key_I, Qt::AltModifier);
        QCOMPARE(page.tabs()->currentIndex(), 1);
        // Team 售后一组 only: A001, A003, A005's items (open, submitted now, verified).
        QTRY_COMPARE(page.itemsModel()->rowCount(), 3);
        const int before = page.itemsModel()->rowCount();

        // Alt+N: a new item for the first agent, the action typed, Enter raises it.
        QSignalSpy raised(&page, &ImprovementPage::itemRaised);
        QTest::keyClick(page.tabs()->currentWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(modal<NewRectificationDialog>() != nullptr);
        auto *newDialog = modal<NewRectificationDialog>();
        auto *action = newDialog->findChild<QPlainTextEdit *>(QStringLiteral("rectificationAction"));
        action->setFocus();
        QTest::keyClicks(action, QStringLiteral("Confirm the customer's identity"));
        QTest::keyClick(newDialog, Qt::Key_Return);
        QTRY_COMPARE(raised.count(), 1);
        QTRY_COMPARE(page.itemsModel()->rowCount(), before + 1);
        const qint64 newId = raised.at(0).at(0).toLongLong();
        QCOMPARE(detail(newId).item.state, RectificationState::Open);
        QCOMPARE(detail(newId).item.raisedBy, leadOf(QStringLiteral("售后一组")));

        // The item dialog: the lead may not start it (the agent does), and prints the notice as a PDF.
        page.itemsView()->setFocus();
        page.itemsView()->setCurrentIndex(page.itemsModel()->index(page.itemsModel()->rowOf(newId), 0));
        QTest::keyClick(page.itemsView(), Qt::Key_Return);
        QTRY_VERIFY(modal<RectificationDialog>() != nullptr);
        auto *dialog = modal<RectificationDialog>();
        QTRY_COMPARE(dialog->detail().item.id, newId);
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY(dialog->startButton()->toolTip().contains(QStringLiteral("only the agent who owns one")));
        const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
        MessageBox::setNextChoice(1);
        FileDialogs::setNextAnswer({pdf});
        QSignalSpy printed(&page, &ImprovementPage::printed);
        QTest::keyClick(dialog, Qt::Key_P, Qt::ControlModifier); // Print (the button's shortcut)
        QTRY_COMPARE(printed.count(), 1);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(modal<RectificationDialog>() == nullptr);
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));

        // Coaching: Alt+H, Alt+N, a commitment added with Alt+C and typed, Enter records the session.
        QTest::keyClick(page.tabs(), Qt::Key_H, Qt::AltModifier);
        QCOMPARE(page.tabs()->currentIndex(), 2);
        QTRY_COMPARE(page.sessionsModel()->rowCount(), 1); // the team's demo session (A005)
        QSignalSpy recorded(&page, &ImprovementPage::sessionRecorded);
        auto *newSession = page.findChild<QPushButton *>(QStringLiteral("newSessionButton"));
        QVERIFY2(newSession->isEnabled(), qPrintable(newSession->toolTip()));
        QTest::keyClick(page.tabs()->currentWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(modal<CoachingSessionDialog>() != nullptr);
        auto *sessionDialog = modal<CoachingSessionDialog>();
        QTest::keyClick(sessionDialog, Qt::Key_C, Qt::AltModifier);
        auto *table = sessionDialog->findChild<QTableWidget *>(QStringLiteral("coachingCommitments"));
        QTRY_COMPARE(table->rowCount(), 1);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Listen before answering"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // ends the cell's editing
        QTest::keyClick(sessionDialog, Qt::Key_Return);               // the default button: Record
        QTRY_COMPARE(recorded.count(), 1);
        QTRY_COMPARE(page.sessionsModel()->rowCount(), 2);
        const int row = page.sessionsModel()->rowOf(recorded.at(0).at(0).toLongLong());
        QVERIFY(row >= 0);
        QCOMPARE(page.sessionsModel()->session(row).coach, leadOf(QStringLiteral("售后一组")));
        QCOMPARE(page.sessionsModel()->session(row).commitments.size(), 1);
        QCOMPARE(page.sessionsModel()->session(row).commitments.first().text, QStringLiteral("Listen before answering"));
    }
};

QTEST_MAIN(TestGuiImprovement)
#include "tst_gui_improvement.moc"
