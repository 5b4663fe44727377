#include "domain/DomainLabels.h"
#include "domain/Rectification.h"
#include "improvement/ImprovementRules.h"
#include "Translations.h"

#include <QTest>

using namespace qadesk;

// Who may do what with rectification items and coaching: the role (domain/Permissions) and ownership — an agent
// only their own, a lead only their team, managers everyone — with a reason that names who and what.
class RectificationRulesTest : public QObject
{
    Q_OBJECT

    static Person person(Role role, const QString &login, const QString &team = {}, const QString &agent = {})
    {
        Person p;
        p.login = login;
        p.name = login;
        p.role = role;
        p.team = team;
        p.agentCode = agent;
        return p;
    }

    static RectificationItem item()
    {
        RectificationItem r;
        r.id = 7;
        r.agentCode = QStringLiteral("A1");
        r.teamName = QStringLiteral("T1");
        r.owner = QStringLiteral("wang");
        r.verifier = QStringLiteral("insp");
        return r;
    }

private slots:
    void assign_data()
    {
        QTest::addColumn<Person>("who");
        QTest::addColumn<bool>("may");
        QTest::addColumn<QString>("reason"); // a part of the refusal
        QTest::newRow("lead of the team") << person(Role::Lead, QStringLiteral("l1"), QStringLiteral("T1")) << true << "";
        QTest::newRow("lead of another team")
            << person(Role::Lead, QStringLiteral("l2"), QStringLiteral("T2")) << false << "leads T2, not the agent's team T1";
        QTest::newRow("lead of no team") << person(Role::Lead, QStringLiteral("l3")) << false << "leads no team";
        QTest::newRow("qa manager") << person(Role::QaManager, QStringLiteral("m")) << true << "";
        QTest::newRow("admin") << person(Role::Admin, QStringLiteral("a")) << true << "";
        QTest::newRow("inspector") << person(Role::Inspector, QStringLiteral("i")) << false << "may not raise or verify";
        QTest::newRow("agent") << person(Role::Agent, QStringLiteral("wang"), QStringLiteral("T1"), QStringLiteral("A1"))
                               << false << "may not raise or verify";
        Person disabled = person(Role::QaManager, QStringLiteral("old"));
        disabled.disabled = true;
        QTest::newRow("disabled manager") << disabled << false << "is disabled";
    }

    void assign()
    {
        QFETCH(Person, who);
        QFETCH(bool, may);
        QFETCH(QString, reason);
        const QString why = ImprovementRules::whyNotAssign(who, QStringLiteral("T1"));
        QCOMPARE(why.isEmpty(), may);
        QVERIFY2(why.contains(reason), qPrintable(why));
        QCOMPARE(ImprovementRules::whyNotVerify(who, item()), why);
        // Coaching follows the same rule for the same people.
        QCOMPARE(ImprovementRules::whyNotCoach(who, QStringLiteral("T1")).isEmpty(), may);
    }

    void workOn_data()
    {
        QTest::addColumn<Person>("who");
        QTest::addColumn<bool>("may");
        QTest::newRow("the owner") << person(Role::Agent, QStringLiteral("wang"), QStringLiteral("T1"), QStringLiteral("A1"))
                                   << true;
        QTest::newRow("another person of the same agent")
            << person(Role::Agent, QStringLiteral("li"), QStringLiteral("T1"), QStringLiteral("A1")) << false;
        QTest::newRow("the lead") << person(Role::Lead, QStringLiteral("l1"), QStringLiteral("T1")) << false;
        QTest::newRow("a manager") << person(Role::QaManager, QStringLiteral("m")) << false;
    }

    void workOn()
    {
        QFETCH(Person, who);
        QFETCH(bool, may);
        QCOMPARE(ImprovementRules::whyNotWorkOn(who, item()).isEmpty(), may);
    }

    void seeing()
    {
        QVERIFY(ImprovementRules::maySee(person(Role::Agent, QStringLiteral("wang"), {}, QStringLiteral("A1")),
                                         QStringLiteral("A1"), QStringLiteral("T1")));
        QVERIFY(!ImprovementRules::maySee(person(Role::Agent, QStringLiteral("zhao"), {}, QStringLiteral("A2")),
                                          QStringLiteral("A1"), QStringLiteral("T1")));
        QVERIFY(ImprovementRules::maySee(person(Role::Lead, QStringLiteral("l1"), QStringLiteral("T1")),
                                         QStringLiteral("A1"), QStringLiteral("T1")));
        QVERIFY(!ImprovementRules::maySee(person(Role::Lead, QStringLiteral("l2"), QStringLiteral("T2")),
                                          QStringLiteral("A1"), QStringLiteral("T1")));
        QVERIFY(ImprovementRules::maySee(person(Role::Inspector, QStringLiteral("insp")), QStringLiteral("A1"),
                                         QStringLiteral("T1"), QStringLiteral("insp")));
        QVERIFY(!ImprovementRules::maySee(person(Role::Inspector, QStringLiteral("other")), QStringLiteral("A1"),
                                          QStringLiteral("T1"), QStringLiteral("insp")));
        QVERIFY(ImprovementRules::maySee(person(Role::QaManager, QStringLiteral("m")), QStringLiteral("A1"),
                                         QStringLiteral("T1")));
    }

    void agentNoteAndCommitments()
    {
        CoachingSession session;
        session.agentCode = QStringLiteral("A1");
        session.teamName = QStringLiteral("T1");
        const Person agent = person(Role::Agent, QStringLiteral("wang"), QStringLiteral("T1"), QStringLiteral("A1"));
        const Person lead = person(Role::Lead, QStringLiteral("l1"), QStringLiteral("T1"));
        const Person otherLead = person(Role::Lead, QStringLiteral("l2"), QStringLiteral("T2"));
        QVERIFY(ImprovementRules::whyNotWriteAgentNote(agent, session).isEmpty());
        QVERIFY(ImprovementRules::whyNotWriteAgentNote(lead, session).contains(QStringLiteral("Only the coached agent")));
        QVERIFY(ImprovementRules::whyNotMarkCommitment(agent, session).isEmpty());
        QVERIFY(ImprovementRules::whyNotMarkCommitment(lead, session).isEmpty());
        QVERIFY(!ImprovementRules::whyNotMarkCommitment(otherLead, session).isEmpty());
    }

    void statesAndLateness()
    {
        for (const RectificationState state : allRectificationStates()) {
            QCOMPARE(rectificationStateFromKey(rectificationStateKey(state)), state);
        }
        QVERIFY(!rectificationStateFromKey(QStringLiteral("closed")));
        RectificationItem r = item();
        r.dueDate = QDate(2026, 3, 1);
        r.state = RectificationState::InProgress;
        QCOMPARE(r.daysLate(QDate(2026, 3, 1)), 0);
        QCOMPARE(r.daysLate(QDate(2026, 3, 4)), 3);
        r.state = RectificationState::Submitted; // the agent's part is done: waiting for evidence is not lateness
        QCOMPARE(r.daysLate(QDate(2026, 3, 4)), 0);
        r.state = RectificationState::Reopened;
        QCOMPARE(r.daysLate(QDate(2026, 3, 4)), 3);
    }

    // The states' words live with the other stored keys' (DomainLabels), the same for the pages and the PDFs, in
    // English and in Chinese; a key that is no state comes back as it is.
    void stateWords()
    {
        const QStringList english{QStringLiteral("Open"), QStringLiteral("In progress"), QStringLiteral("Submitted"),
                                  QStringLiteral("Verified"), QStringLiteral("Reopened")};
        const QStringList chinese{QStringLiteral("待处理"), QStringLiteral("整改中"), QStringLiteral("已提交"),
                                  QStringLiteral("已验证"), QStringLiteral("已重新打开")};
        const QList<RectificationState> states = allRectificationStates();
        QCOMPARE(states.size(), english.size());
        for (int i = 0; i < states.size(); ++i) {
            QCOMPARE(DomainLabels::rectificationState(states.at(i)), english.at(i));
            QCOMPARE(DomainLabels::rectificationState(rectificationStateKey(states.at(i))), english.at(i));
        }
        {
            const DocumentLanguage zh(true);
            for (int i = 0; i < states.size(); ++i) {
                QCOMPARE(DomainLabels::rectificationState(states.at(i)), chinese.at(i));
            }
        }
        QCOMPARE(DomainLabels::rectificationState(QStringLiteral("closed")), QStringLiteral("closed"));
    }
};

QTEST_GUILESS_MAIN(RectificationRulesTest)
#include "tst_rectification_rules.moc"
