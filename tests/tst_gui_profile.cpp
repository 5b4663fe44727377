// Issue 13, first part: who is working here. The profile dialog (choose yourself, or add yourself with a role),
// the window naming the person and their role, KPI targets offered to QA managers and administrators only, and
// Tools → Switch Profile adding a new person to the database, with the audit log recording it.
#include "common/MessageBox.h"
#include "GuiWorkspaceFixture.h"
#include "settings/ProfileDialog.h"
#include "storage/AuditLog.h"
#include "storage/PeopleStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTimer>

using namespace qadesk;

class TestGuiProfile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static Person person(const QString &login, const QString &name, Role role)
    {
        Person p;
        p.login = login;
        p.name = name;
        p.role = role;
        return p;
    }

    static Person agentNamed(const QString &login, const QString &name)
    {
        Person p = person(login, name, Role::Agent);
        p.agentCode = login.toUpper();
        p.team = QStringLiteral("售后一组");
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fixture::isolateSettings(m_dir);
    }

    void init()
    {
        fixture::resetSettings();
        m_path = fixture::makeQueueDatabase(
            m_dir, QStringLiteral("%1.sqlite").arg(QString::fromUtf8(QTest::currentTestFunction())));
        Connection c(m_path);
        Schema::migrate(c);
        PeopleStore people(c);
        people.add(QStringLiteral("admin"), QStringLiteral("wang"), QStringLiteral("王经理"), Role::QaManager);
        people.add(QStringLiteral("admin"), QStringLiteral("li"), QStringLiteral("李组长"), Role::Lead);
        people.add(QStringLiteral("admin"), QStringLiteral("old"), QStringLiteral("老员工"), Role::Inspector);
        people.setDisabled(QStringLiteral("admin"), QStringLiteral("old"), true);
        people.add(QStringLiteral("admin"), QStringLiteral("zhao"), QStringLiteral("赵坐席"), Role::Agent,
                   QStringLiteral("A01"));
    }

    void dialogChoosesSomeoneOrANewPerson()
    {
        const QList<Person> people{person(QStringLiteral("wang"), QStringLiteral("王经理"), Role::QaManager),
                                   person(QStringLiteral("li"), QStringLiteral("李组长"), Role::Lead)};
        ProfileDialog dialog(people, QStringLiteral("li"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("peopleList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("李组长 · Team lead")); // the current login
        QVERIFY(!dialog.isNew());
        QCOMPARE(dialog.chosen().login, QStringLiteral("li"));
        QCOMPARE(dialog.chosen().role, Role::Lead);

        dialog.findChild<QRadioButton *>(QStringLiteral("newRadio"))->setChecked(true);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.accept(); // no name yet: refused, said
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("Enter your name")));
        auto *role = dialog.findChild<QComboBox *>(QStringLiteral("roleCombo"));
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("赵坐席"));
        role->setCurrentIndex(role->findData(QStringLiteral("agent")));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("agentEdit"))->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.accept(); // an agent needs their agent code
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("agent code")));
        dialog.findChild<QLineEdit *>(QStringLiteral("agentEdit"))->setText(QStringLiteral("A001"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Person chosen = dialog.chosen();
        QCOMPARE(chosen.login, QStringLiteral("赵坐席"));
        QCOMPARE(chosen.role, Role::Agent);
        QCOMPARE(chosen.agentCode, QStringLiteral("A001"));
    }

    // Many people (the demo has one per agent): typing finds them; Enter takes the first match. A lead shows
    // the team they lead, and a new lead can name it.
    void typingFindsSomeoneAndANewLeadNamesTheirTeam()
    {
        Person lead = person(QStringLiteral("zhou"), QStringLiteral("周组长"), Role::Lead);
        lead.team = QStringLiteral("售后一组");
        const QList<Person> people{person(QStringLiteral("wang"), QStringLiteral("王经理"), Role::QaManager),
                                   agentNamed(QStringLiteral("a017"), QStringLiteral("李娜")), lead};
        ProfileDialog dialog(people, QStringLiteral("wang"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("peopleList"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("周组长 · Team lead · 售后一组")); // managers, leads, agents
        QCOMPARE(list->item(2)->text(), QStringLiteral("李娜 · Agent · 售后一组"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("peopleFilter"));
        filter->setFocus();
        filter->insert(QStringLiteral("售后")); // typed through an input method
        QCOMPARE(list->item(0)->isHidden(), true);
        QCOMPARE(list->item(1)->isHidden(), false);
        QCOMPARE(list->item(2)->isHidden(), false); // the agent's team too
        QCOMPARE(list->currentItem(), list->item(1));
        QCOMPARE(dialog.chosen().login, QStringLiteral("zhou")); // the current one was hidden: the match is taken
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("A017")); // the login, whatever the case
        QCOMPARE(list->item(1)->isHidden(), true);
        QCOMPARE(list->item(2)->isHidden(), false);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosen().login, QStringLiteral("a017"));

        ProfileDialog fresh(people, QStringLiteral("wang"));
        fresh.findChild<QRadioButton *>(QStringLiteral("newRadio"))->setChecked(true);
        auto *role = fresh.findChild<QComboBox *>(QStringLiteral("roleCombo"));
        auto *team = fresh.findChild<QLineEdit *>(QStringLiteral("teamEdit"));
        QVERIFY(!team->isEnabled());
        role->setCurrentIndex(role->findData(QStringLiteral("lead")));
        QVERIFY(team->isEnabled());
        fresh.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("吴组长"));
        team->setText(QStringLiteral("售后二组"));
        QCOMPARE(fresh.chosen().team, QStringLiteral("售后二组"));
        role->setCurrentIndex(role->findData(QStringLiteral("inspector")));
        QCOMPARE(fresh.chosen().team, QString()); // only a lead leads a team
    }

    void theRoleDecidesWhatTheWindowOffers()
    {
        AppSettings().setInspectorName(QStringLiteral("li"));
        auto window = fixture::openWindow(m_path);
        auto *label = window->findChild<QLabel *>(QStringLiteral("profileLabel"));
        auto *targets = window->findChild<QAction *>(QStringLiteral("targetsAction"));
        QTRY_COMPARE(label->text(), QStringLiteral("李组长 · Team lead"));
        QCOMPARE(label->toolTip(), QStringLiteral("Login: li"));
        QVERIFY(!targets->isEnabled());
        AppSettings().setInspectorName(QStringLiteral("wang"));
        emit window->settingsChanged();
        QTRY_COMPARE(label->text(), QStringLiteral("王经理 · QA manager"));
        QVERIFY(targets->isEnabled());
        // A login nobody added (an older database's inspector) works as an inspector.
        AppSettings().setInspectorName(QStringLiteral("someone"));
        emit window->settingsChanged();
        // The label says so rather than show the login beside the role as if it were a person's name (with the
        // default login, "质检员 · 质检员" in Chinese).
        QTRY_COMPARE(label->text(), QStringLiteral("someone · not in the people list"));
        QCOMPARE(label->toolTip(), QStringLiteral("The login \"someone\" is not in the people list: it works as a QA "
                                                  "inspector. Switch Profile (Ctrl+Shift+U) picks a person or adds one."));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("feedbackWho"))->text(),
                 QStringLiteral("Working as someone · not in the people list"));
        QVERIFY(!targets->isEnabled());

        // An agent works on their own feedback: the queue, dashboard, calibration and reports are not offered.
        QTabWidget *pages = window->pages();
        const auto tabShown = [pages](const char *name) {
            for (int index = 0; index < pages->count(); ++index) {
                if (pages->widget(index)->objectName() == QLatin1String(name)) {
                    return pages->isTabVisible(index);
                }
            }
            return false;
        };
        auto *sample = window->findChild<QAction *>(QStringLiteral("sampleAction"));
        QVERIFY(sample);
        QVERIFY(tabShown("workspacePage"));
        AppSettings().setInspectorName(QStringLiteral("zhao"));
        emit window->settingsChanged();
        QTRY_COMPARE(label->text(), QStringLiteral("赵坐席 · Agent"));
        QVERIFY(!tabShown("workspacePage"));
        QVERIFY(!tabShown("dashboardPage"));
        QVERIFY(!sample->isVisible());
        AppSettings().setInspectorName(QStringLiteral("li"));
        emit window->settingsChanged();
        QTRY_COMPARE(label->text(), QStringLiteral("李组长 · Team lead"));
        QVERIFY(tabShown("workspacePage"));
        QVERIFY(tabShown("dashboardPage"));
        QVERIFY(sample->isVisible());
    }

    void switchProfileAddsANewPerson()
    {
        auto window = fixture::openWindow(m_path);
        bool sawDialog = false;
        QStringList listed;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            poll.stop();
            sawDialog = true;
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("peopleList"));
            for (int i = 0; i < list->count(); ++i) {
                listed << list->item(i)->text();
            }
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("陈质检"));
            dialog->findChild<QRadioButton *>(QStringLiteral("newRadio"))->setChecked(true);
            auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            role->setCurrentIndex(role->findData(QStringLiteral("inspector")));
            dialog->accept();
        });
        poll.start();
        window->findChild<QAction *>(QStringLiteral("switchProfileAction"))->trigger();
        QTRY_VERIFY(sawDialog);
        QVERIFY2(listed.contains(QStringLiteral("王经理 · QA manager")), qPrintable(listed.join(u',')));
        QVERIFY2(!listed.contains(QStringLiteral("老员工 · QA inspector")), "a disabled person is not offered");
        QTRY_COMPARE(AppSettings().inspectorName(), QStringLiteral("陈质检"));
        QVERIFY(AppSettings().profileChosen());
        QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("profileLabel"))->text(),
                     QStringLiteral("陈质检 · QA inspector"));
        window.reset();
        Connection c(m_path);
        const std::optional<Person> added = PeopleStore(c).find(QStringLiteral("陈质检"));
        QVERIFY(added);
        QCOMPARE(added->role, Role::Inspector);
        QSqlQuery audit = c.run(QStringLiteral("SELECT actor, action FROM audit_log WHERE entity = 'user' AND "
                                               "entity_id = ?"),
                                {added->id});
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("陈质检"));
        QCOMPARE(audit.value(1).toString(), QStringLiteral("person-added"));
    }
};

QTEST_MAIN(TestGuiProfile)
#include "tst_gui_profile.moc"
