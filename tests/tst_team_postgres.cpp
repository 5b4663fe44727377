// Team mode through the application's own code (issue 13): an inspector logged in as their own PostgreSQL role
// draws a sample from the whole period (the sampling frame) though they read only their queue, scores and
// submits an interaction of it, and the rollups still count every evaluation; an interaction off their queue is
// refused by the database. The rules one by one, with psql, are in tests/cli_rls_postgres.sh.
// Needs $QADESK_TEST_PG (the owner of a scratch database, with CREATEROLE: scripts/start-test-postgres.sh); exits
// 77 without it.
#include "Error.h"
#include "feedback/FeedbackService.h"
#include "improvement/RectificationService.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/SamplingStore.h"
#include "storage/TeamLogins.h"
#include "storage/WorkQueueStore.h"
#include "WorkspaceFixture.h"

#include <QCoreApplication>
#include <QTest>
#include <QUrl>

#include <cstdio>

using namespace qadesk;

namespace {

constexpr int kSkipped = 77; // SKIP_RETURN_CODE in tests/CMakeLists.txt
const QString kInspector = QStringLiteral("tp_insp");
const QString kPassword = QStringLiteral("pw-tp_insp Σ");

QString whyNotRunnable()
{
    const QString url = qEnvironmentVariable("QADESK_TEST_PG");
    if (url.isEmpty()) {
        return QStringLiteral("QADESK_TEST_PG is not set: no PostgreSQL server to test against");
    }
    try {
        Connection probe(url);
        probe.execute(QStringLiteral("SELECT 1"));
    } catch (const Error &error) {
        return QStringLiteral("the PostgreSQL server of QADESK_TEST_PG does not answer: %1").arg(error.message());
    }
    return {};
}

QString urlAs(const QString &user, const QString &password)
{
    QUrl url(qEnvironmentVariable("QADESK_TEST_PG"));
    url.setUserName(user);
    url.setPassword(password);
    return url.toString();
}

qint64 scalar(Connection &c, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = c.run(sql, values);
    return q.next() ? q.value(0).toLongLong() : -1;
}

QString scalarText(Connection &c, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = c.run(sql, values);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestTeamPostgres : public QObject
{
    Q_OBJECT

private slots:
    void inspectorSamplesScoresAndSubmitsAsThemselves()
    {
        Connection owner(qEnvironmentVariable("QADESK_TEST_PG"));
        owner.execute(QStringLiteral("DROP SCHEMA public CASCADE"));
        owner.execute(QStringLiteral("CREATE SCHEMA public"));
        Schema::migrate(owner);
        OrganisationZone::setInitial(owner, QByteArrayLiteral("UTC"));
        const int rubric = RubricStore(owner).ensureDefault();
        const QList<qint64> ids = fixture::addInteractions(owner, 0, 12);
        PeopleStore(owner).add(QStringLiteral("admin"), kInspector, QStringLiteral("Inspector"), Role::Inspector);
        TeamLogins(owner).manage(kInspector, Role::Inspector, true, kPassword);
        QVERIFY(!TeamLogins(owner).isPerson());
        QVERIFY(TeamLogins(owner).readsEverything());

        Connection me(urlAs(kInspector, kPassword));
        TeamLogins logins(me);
        QVERIFY(logins.isPerson());
        QVERIFY(!logins.readsEverything());
        QCOMPARE(logins.currentLogin(), kInspector);
        QCOMPARE(scalar(me, QStringLiteral("SELECT count(*) FROM interactions")), 0);

        // The draw sees the whole period; what it adds to the queue becomes readable.
        SampleRequest request;
        request.inspector = kInspector;
        request.from = QDate(2024, 1, 1);
        request.to = QDate(2024, 12, 31);
        request.transcriptsOnly = false;
        request.skipEvaluated = true;
        SamplingStore sampling(me);
        const QList<SampleCandidate> candidates = sampling.candidates(request);
        QCOMPARE(candidates.size(), 12);
        SampleDrawResult result;
        result.candidates = int(candidates.size());
        sampling.savePlan(request, result, {ids[2], ids[5]}, {});
        QCOMPARE(result.added, 2);
        QCOMPARE(scalar(me, QStringLiteral("SELECT count(*) FROM interactions")), 2);
        QCOMPARE(scalar(me, QStringLiteral("SELECT count(*) FROM turns")),
                 scalar(owner, QStringLiteral("SELECT count(*) FROM turns WHERE interaction_id IN (?, ?)"),
                        {ids[2], ids[5]}));

        // Scoring and submitting go through; the rollup of the day counts it (and would count the others').
        const qint64 day = scalar(
            owner, QStringLiteral("SELECT (started_at + 259200) / 86400 FROM interactions WHERE id = ?"), {ids[2]});
        const QString evalN =
            QStringLiteral("SELECT COALESCE(SUM(eval_n), 0) FROM kpi_rollup_all WHERE span = 24 AND start = ? "
                           "AND channel = '*' AND category = '*'");
        // Another inspector's submitted evaluation the same day, written by the owner: the inspector cannot see it.
        const qint64 other = EvaluationStore(owner).createDraft(ids[3], rubric, QStringLiteral("someone else"));
        Evaluation theirs = EvaluationStore(owner).load(other);
        theirs.score = 50;
        EvaluationStore(owner).submit(theirs);
        QCOMPARE(scalar(owner, evalN, {day * 24}), 1);
        QCOMPARE(scalar(me, QStringLiteral("SELECT count(*) FROM evaluations")), 0);

        EvaluationStore evaluations(me);
        Evaluation mine = evaluations.load(evaluations.createDraft(ids[2], rubric, kInspector));
        mine.score = 90;
        evaluations.saveDraft(mine);
        evaluations.submit(mine);
        QCOMPARE(scalar(owner, QStringLiteral("SELECT status FROM evaluations WHERE id = ?"), {mine.id}) != -1, true);
        QCOMPARE(scalar(owner, evalN, {day * 24}), 2);
        QCOMPARE(scalar(owner,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND entity = 'evaluation'"),
                        {kInspector}) > 0,
                 true);

        // The feedback loop through the application's own service, each person as their own login: the inspector
        // releases the evaluation, its agent acknowledges it (the evaluation becomes final), another team's agent
        // cannot even find it.
        const QString agentCode = scalarText(owner,
                                             QStringLiteral("SELECT a.code FROM interactions i JOIN agents a ON "
                                                            "a.id = i.agent_id WHERE i.id = ?"),
                                             {ids[2]});
        const QString otherCode = scalarText(owner,
                                             QStringLiteral("SELECT a.code FROM interactions i JOIN agents a ON "
                                                            "a.id = i.agent_id WHERE i.id = ?"),
                                             {ids[0]});
        for (const auto &[login, code] :
             {std::pair{QStringLiteral("tp_agent"), agentCode}, std::pair{QStringLiteral("tp_other"), otherCode}}) {
            PeopleStore(owner).add(QStringLiteral("admin"), login, login, Role::Agent, code);
            TeamLogins(owner).manage(login, Role::Agent, true, QStringLiteral("pw-") + login);
        }
        FeedbackService(me, FeedbackService::personFor(me, kInspector)).release(mine.id);
        Connection otherAgent(urlAs(QStringLiteral("tp_other"), QStringLiteral("pw-tp_other")));
        QVERIFY_THROWS_EXCEPTION(
            Error, FeedbackService(otherAgent, FeedbackService::personFor(otherAgent, QStringLiteral("tp_other")))
                       .acknowledge(mine.id, QStringLiteral("Other"), QString()));
        Connection agent(urlAs(QStringLiteral("tp_agent"), QStringLiteral("pw-tp_agent")));
        FeedbackService(agent, FeedbackService::personFor(agent, QStringLiteral("tp_agent")))
            .acknowledge(mine.id, QStringLiteral("Agent"), QString());
        QCOMPARE(scalarText(owner, QStringLiteral("SELECT status FROM evaluations WHERE id = ?"), {mine.id}),
                 QStringLiteral("final"));
        QCOMPARE(scalarText(owner,
                            QStringLiteral("SELECT state || ' ' || acknowledged_by FROM evaluation_feedback "
                                           "WHERE evaluation_id = ?"),
                            {mine.id}),
                 QStringLiteral("acknowledged tp_agent"));
        QCOMPARE(scalar(owner, QStringLiteral("SELECT score FROM evaluations WHERE id = ?"), {mine.id}), 90);

        // Off the queue: the database refuses, whatever the application would offer.
        QVERIFY_THROWS_EXCEPTION(Error, evaluations.createDraft(ids[7], rubric, kInspector));
        QCOMPARE(scalar(owner, QStringLiteral("SELECT count(*) FROM evaluations WHERE interaction_id = ?"), {ids[7]}),
                 0);
    }

    // Rectification in team mode (runs on the database the test above left): the agent starts and submits their
    // item as their own login. The database does not let an agent write the verifier's work queue, so the
    // verification draw waits (the item is submitted, nothing is lost) until someone who may draws it.
    void agentSubmitsRectificationAndTheDrawWaitsForSomeoneWhoMay()
    {
        Connection owner(qEnvironmentVariable("QADESK_TEST_PG"));
        const QString agentCode = scalarText(
            owner, QStringLiteral("SELECT a.code FROM user_roles r JOIN users u ON u.id = r.user_id JOIN agents a ON "
                                  "a.id = r.agent_id WHERE u.login = 'tp_agent'"));
        QVERIFY(!agentCode.isEmpty());
        // One of the agent's interactions starts after the submission: the one verification check can be drawn.
        const qint64 later = scalar(owner,
                                    QStringLiteral("SELECT i.id FROM interactions i JOIN agents a ON a.id = i.agent_id "
                                                   "WHERE a.code = ? AND NOT EXISTS (SELECT 1 FROM evaluations e "
                                                   "WHERE e.interaction_id = i.id) ORDER BY i.id LIMIT 1"),
                                    {agentCode});
        QVERIFY(later > 0);
        owner.run(QStringLiteral("UPDATE interactions SET started_at = ? WHERE id = ?"),
                  {QDateTime::currentSecsSinceEpoch() + 86400, later});
        PeopleStore(owner).add(QStringLiteral("admin"), QStringLiteral("tp_mgr"), QStringLiteral("Manager"),
                               Role::QaManager);
        RectificationService manager(owner, RectificationService::person(owner, QStringLiteral("tp_mgr")));
        NewRectification item;
        item.agentCode = agentCode;
        item.dimensionKey = QStringLiteral("attitude");
        item.verifier = kInspector;
        item.dueDate = QDate::currentDate().addDays(7);
        item.requiredAction = QStringLiteral("Greet by name");
        item.checksRequired = 1;
        const qint64 id = manager.raise(item).item.id;

        Connection agentLogin(urlAs(QStringLiteral("tp_agent"), QStringLiteral("pw-tp_agent")));
        RectificationService agent(agentLogin, RectificationService::person(agentLogin, QStringLiteral("tp_agent")));
        agent.start(id);
        const RectificationDetail submitted = agent.submit(id, QStringLiteral("done"));
        QCOMPARE(submitted.item.state, RectificationState::Submitted);
        QCOMPARE(submitted.item.checksDrawn, 0);
        QCOMPARE(scalar(owner, QStringLiteral("SELECT count(*) FROM work_queue WHERE interaction_id = ?"), {later}), 0);

        // The next one who may (here the manager: Verify, the page, an import or `rectification draw`) draws it
        // onto the verifier's queue.
        QCOMPARE(manager.drawPending(), 1);
        QCOMPARE(manager.show(id).item.checksDrawn, 1);
        QCOMPARE(scalar(owner,
                        QStringLiteral("SELECT count(*) FROM work_queue q JOIN users u ON u.id = q.inspector_id "
                                       "WHERE q.interaction_id = ? AND u.login = ?"),
                        {later, kInspector}),
                 1);
    }

    // Migration 016 (runs on the database the tests above left): the agent disputes through the application as their
    // own login, and their list closes the decision nobody escalated in time, in their name; the database lets an
    // agent move an evaluation's status only along those steps, while a QA manager's login is not held to them.
    void agentStepsAreTheOnlyOnesTheDatabaseAllows()
    {
        Connection owner(qEnvironmentVariable("QADESK_TEST_PG"));
        const QString agentCode = scalarText(
            owner, QStringLiteral("SELECT a.code FROM user_roles r JOIN users u ON u.id = r.user_id JOIN agents a ON "
                                  "a.id = r.agent_id WHERE u.login = 'tp_agent'"));
        const qint64 interaction = scalar(owner,
                                          QStringLiteral("SELECT i.id FROM interactions i JOIN agents a ON a.id = i.agent_id "
                                                         "WHERE a.code = ? AND NOT EXISTS (SELECT 1 FROM evaluations e "
                                                         "WHERE e.interaction_id = i.id) ORDER BY i.id LIMIT 1"),
                                          {agentCode});
        QVERIFY(interaction > 0);
        const int rubric = RubricStore(owner).ensureDefault();
        const qint64 id = EvaluationStore(owner).createDraft(interaction, rubric, kInspector);
        Evaluation draft = EvaluationStore(owner).load(id);
        draft.score = 70;
        EvaluationStore(owner).submit(draft);

        const auto at = [](int day, int hour, int minute = 0, int second = 0) {
            return FeedbackService::Clock(
                [=] { return QDateTime(QDate(2024, 3, day), QTime(hour, minute, second), QTimeZone::utc()); });
        };
        FeedbackService(owner, FeedbackService::personFor(owner, QStringLiteral("tp_mgr")), at(4, 10)).release(id);
        Connection agentLogin(urlAs(QStringLiteral("tp_agent"), QStringLiteral("pw-tp_agent")));
        const Person agent = FeedbackService::personFor(agentLogin, QStringLiteral("tp_agent"));
        FeedbackService(agentLogin, agent, at(5, 9))
            .dispute(id, {{QStringLiteral("attitude"), QStringLiteral("polite"), 4, {}, {}}});
        QCOMPARE(scalarText(owner, QStringLiteral("SELECT status FROM evaluations WHERE id = ?"), {id}),
                 QStringLiteral("disputed"));
        // Decided on Friday 8th at 17:00: the agent may escalate until the end of Friday 15th (UTC here).
        FeedbackService(owner, FeedbackService::personFor(owner, QStringLiteral("tp_mgr")), at(8, 17))
            .decide(id, QStringLiteral("rejected"), QStringLiteral("stands"));

        // Jumps the application never offers an agent are refused by the database (42501: DeniedError).
        QVERIFY_THROWS_EXCEPTION(DeniedError, agentLogin.run(QStringLiteral("UPDATE evaluations SET status = 'final' "
                                                                            "WHERE id = ?"), {id}));
        QVERIFY_THROWS_EXCEPTION(DeniedError, agentLogin.run(QStringLiteral("UPDATE evaluations SET status = 'submitted' "
                                                                            "WHERE id = ?"), {id}));
        QVERIFY_THROWS_EXCEPTION(DeniedError, agentLogin.run(QStringLiteral("UPDATE evaluation_feedback SET state = "
                                                                            "'acknowledged' WHERE evaluation_id = ?"), {id}));
        QVERIFY_THROWS_EXCEPTION(DeniedError, agentLogin.run(QStringLiteral("UPDATE evaluation_feedback SET respond_by = "
                                                                            "respond_by + 864000 WHERE evaluation_id = ?"), {id}));
        QCOMPARE(scalarText(owner, QStringLiteral("SELECT status || ' ' || (SELECT state FROM evaluation_feedback "
                                                  "WHERE evaluation_id = ?) FROM evaluations WHERE id = ?"), {id, id}),
                 QStringLiteral("disputed decided"));

        // The last second of the window: the agent's list leaves it; a second past, it closes it as the agent.
        const FeedbackDetail lastSecond = FeedbackService(agentLogin, agent, at(15, 23, 59, 59)).detail(id);
        QCOMPARE(lastSecond.row.state, FeedbackState::Decided);
        QCOMPARE(lastSecond.row.deadline, QDateTime(QDate(2024, 3, 16), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(FeedbackService(agentLogin, agent, at(16, 0, 0, 1)).closeLapsed(), 1);
        QCOMPARE(scalarText(owner, QStringLiteral("SELECT e.status || ' ' || f.state || ' ' || d.closed_at FROM evaluations e "
                                                  "JOIN evaluation_feedback f ON f.evaluation_id = e.id JOIN disputes d "
                                                  "ON d.evaluation_id = e.id WHERE e.id = ?"), {id}),
                 QStringLiteral("final final %1").arg(QDateTime(QDate(2024, 3, 16), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch()));
        QCOMPARE(scalarText(owner, QStringLiteral("SELECT actor || ' ' || action FROM audit_log WHERE entity = 'evaluation' "
                                                  "AND entity_id = ? ORDER BY seq DESC LIMIT 1"), {id}),
                 QStringLiteral("tp_agent dispute-expire"));
        QVERIFY_THROWS_EXCEPTION(DeniedError, agentLogin.run(QStringLiteral("UPDATE evaluations SET status = 'disputed' "
                                                                            "WHERE id = ?"), {id}));

        // A QA manager's login is not held to the agent's steps.
        TeamLogins(owner).manage(QStringLiteral("tp_mgr"), Role::QaManager, true, QStringLiteral("pw-tp_mgr"));
        Connection managerLogin(urlAs(QStringLiteral("tp_mgr"), QStringLiteral("pw-tp_mgr")));
        managerLogin.run(QStringLiteral("UPDATE evaluations SET status = 'submitted' WHERE id = ?"), {id});
        QCOMPARE(scalarText(owner, QStringLiteral("SELECT status FROM evaluations WHERE id = ?"), {id}),
                 QStringLiteral("submitted"));
        managerLogin.run(QStringLiteral("UPDATE evaluations SET status = 'final' WHERE id = ?"), {id});
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString why = whyNotRunnable(); !why.isEmpty()) {
        if (qEnvironmentVariable("QADESK_TEST_PG_REQUIRED") == QLatin1String("1")) {
            std::fprintf(stderr, "FAIL: %s\n", qPrintable(why));
            return 1;
        }
        std::fprintf(stderr, "SKIPPED: %s\n", qPrintable(why));
        return kSkipped;
    }
    TestTeamPostgres test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_team_postgres.moc"
