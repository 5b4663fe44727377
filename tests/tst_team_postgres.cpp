// Team mode through the application's own code (issue 13): an inspector logged in as their own PostgreSQL role
// draws a sample from the whole period (the sampling frame) though they read only their queue, scores and
// submits an interaction of it, and the rollups still count every evaluation; an interaction off their queue is
// refused by the database. The rules one by one, with psql, are in tests/cli_rls_postgres.sh.
// Needs $QADESK_TEST_PG (the owner of a scratch database, with CREATEROLE: scripts/start-test-postgres.sh); exits
// 77 without it.
#include "Error.h"
#include "feedback/FeedbackService.h"
#include "improvement/RectificationService.h"
#include "kpi/DashboardService.h"
#include "kpi/DashboardSnapshot.h"
#include "kpi/KpiService.h"
#include "storage/DimensionStatsStore.h"
#include "storage/KpiStore.h"
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

// The figures a dashboard tile shows, as one line that says what differs when a comparison fails.
QString figures(const KpiValues &v)
{
    const auto number = [](const std::optional<double> &x) { return x ? QString::number(*x, 'g', 12) : QStringLiteral("-"); };
    return QStringLiteral("n=%1 csat=%2/%3=%4 aht=%5 qa=%6/%7=%8 pass=%9")
        .arg(v.interactions)
        .arg(v.csatPositive)
        .arg(v.csatN)
        .arg(number(v.csat), number(v.ahtS))
        .arg(v.qaN)
        .arg(v.evaluations)
        .arg(number(v.qaScore), number(v.qaPassRate));
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
        FeedbackService(me, PeopleStore(me).requireActive(kInspector)).release(mine.id);
        Connection otherAgent(urlAs(QStringLiteral("tp_other"), QStringLiteral("pw-tp_other")));
        QVERIFY_THROWS_EXCEPTION(
            Error, FeedbackService(otherAgent, PeopleStore(otherAgent).requireActive(QStringLiteral("tp_other")))
                       .acknowledge(mine.id, QStringLiteral("Other"), QString()));
        Connection agent(urlAs(QStringLiteral("tp_agent"), QStringLiteral("pw-tp_agent")));
        FeedbackService(agent, PeopleStore(agent).requireActive(QStringLiteral("tp_agent")))
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
        RectificationService manager(owner, PeopleStore(owner).requireActive(QStringLiteral("tp_mgr")));
        NewRectification item;
        item.agentCode = agentCode;
        item.dimensionKey = QStringLiteral("attitude");
        item.verifier = kInspector;
        item.dueDate = QDate::currentDate().addDays(7);
        item.requiredAction = QStringLiteral("Greet by name");
        item.checksRequired = 1;
        const qint64 id = manager.raise(item).item.id;

        Connection agentLogin(urlAs(QStringLiteral("tp_agent"), QStringLiteral("pw-tp_agent")));
        RectificationService agent(agentLogin, PeopleStore(agentLogin).requireActive(QStringLiteral("tp_agent")));
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
        FeedbackService(owner, PeopleStore(owner).requireActive(QStringLiteral("tp_mgr")), at(4, 10)).release(id);
        Connection agentLogin(urlAs(QStringLiteral("tp_agent"), QStringLiteral("pw-tp_agent")));
        const Person agent = PeopleStore(agentLogin).requireActive(QStringLiteral("tp_agent"));
        FeedbackService(agentLogin, agent, at(5, 9))
            .dispute(id, {{QStringLiteral("attitude"), QStringLiteral("polite"), 4, {}, {}}});
        QCOMPARE(scalarText(owner, QStringLiteral("SELECT status FROM evaluations WHERE id = ?"), {id}),
                 QStringLiteral("disputed"));
        // Decided on Friday 8th at 17:00: the agent may escalate until the end of Friday 15th (UTC here).
        FeedbackService(owner, PeopleStore(owner).requireActive(QStringLiteral("tp_mgr")), at(8, 17))
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

    // KPIs at a period's edges (team mode): a dashboard reads whole UTC hours (organisation) or days (team, agent)
    // from the rollups and the partial ones from the raw rows. A lead, an agent or an inspector may read the
    // organisation's rollups (and inspectors every team's, an agent their team's) but only some raw rows: the
    // edges must still count every row of the scope, or the figures are nobody's. Each person's figures for a
    // scope whose rollups they may read equal the owner's; a scope they may not read is empty.
    void kpisAtThePeriodsEdgesCountTheWholeScope()
    {
        Connection owner(qEnvironmentVariable("QADESK_TEST_PG"));
        owner.execute(QStringLiteral("DROP SCHEMA public CASCADE"));
        owner.execute(QStringLiteral("CREATE SCHEMA public"));
        Schema::migrate(owner);
        // India: local midnight is hh:30 UTC, so the organisation's hourly rollups have half-hour edges and the
        // teams' and agents' daily ones 5.5-hour edges.
        OrganisationZone::setInitial(owner, QByteArrayLiteral("Asia/Kolkata"));
        const QTimeZone zone(QByteArrayLiteral("Asia/Kolkata"));
        const int rubric = RubricStore(owner).ensureDefault();
        // The period is the local day 2024-03-05 = [03-04 18:30, 03-05 18:30) UTC.
        //   #   agent team UTC          CSAT AHT   QA  attitude
        //   0   A1    A    03-04 18:10  1    900   -   -    before the period
        //   1   B1    B    03-04 18:20  1    800   -   -    before the period
        //   2   A1    A    03-04 18:40  5    100   90  5
        //   3   A2    A    03-04 18:45  -    400   -   -
        //   4   B1    B    03-04 18:50  2    300   50  2
        //   5   B1    B    03-04 18:55  4    220   -   -
        //   6   A1    A    03-05 06:00  3    400   70  4
        //   7   B1    B    03-05 10:00  5    500   80  3
        //   8   B1    B    03-05 18:45  1    1000  40  1    after the period (local 03-06 00:15)
        // The organisation: 6 interactions (2–7); CSAT 3 of 5 answers >= 4 = 60 %; AHT (100 + 400 + 300 + 220 + 400
        // + 500) / 6 = 1920 / 6 = 320 s; QA (90 + 50 + 70 + 80) / 4 = 72.5, passes (>= 60) 3 of 4 = 75 %; attitude
        // 4 levels summing 5 + 2 + 4 + 3 = 14.
        // Team A: 2, 3, 6: CSAT 1 of 2 = 50 %; AHT 900 / 3 = 300 s; QA (90 + 70) / 2 = 80, 100 %; attitude 2, 9.
        // Team B: 4, 5, 7 (the owner's; no one of team A may read them).
        struct Row
        {
            const char *agent;
            const char *team;
            int day;
            int hour;
            int minute;
            int csat;
            double handle;
            int qa;
            int attitude;
        };
        const Row rows[] = {
            {"A1", "Team A", 4, 18, 10, 1, 900, 0, 0}, {"B1", "Team B", 4, 18, 20, 1, 800, 0, 0},
            {"A1", "Team A", 4, 18, 40, 5, 100, 90, 5}, {"A2", "Team A", 4, 18, 45, 0, 400, 0, 0},
            {"B1", "Team B", 4, 18, 50, 2, 300, 50, 2}, {"B1", "Team B", 4, 18, 55, 4, 220, 0, 0},
            {"A1", "Team A", 5, 6, 0, 3, 400, 70, 4},   {"B1", "Team B", 5, 10, 0, 5, 500, 80, 3},
            {"B1", "Team B", 5, 18, 45, 1, 1000, 40, 1},
        };
        QList<qint64> ids;
        {
            Transaction transaction(owner);
            InteractionWriter writer(owner);
            int n = 0;
            for (const Row &row : rows) {
                Interaction in;
                in.externalId = QStringLiteral("EDGE-%1").arg(n++);
                in.startedAt = QDateTime(QDate(2024, 3, row.day), QTime(row.hour, row.minute), QTimeZone::utc());
                in.agentCode = QString::fromLatin1(row.agent);
                in.agentName = in.agentCode;
                in.teamName = QString::fromLatin1(row.team);
                in.channel = QStringLiteral("phone");
                in.category = QStringLiteral("consultation");
                in.handleS = row.handle;
                if (row.csat > 0) {
                    in.csat = row.csat;
                }
                ids << writer.insert(in);
            }
            writer.finish();
            transaction.commit();
        }
        EvaluationStore evaluations(owner);
        for (qsizetype n = 0; n < ids.size(); ++n) {
            if (rows[n].qa == 0) {
                continue;
            }
            Evaluation e = evaluations.load(evaluations.createDraft(ids[n], rubric, QStringLiteral("qa owner")));
            e.score = rows[n].qa;
            DimensionEvaluation level;
            level.key = QStringLiteral("attitude");
            level.score = rows[n].attitude;
            e.dimensions = {level};
            evaluations.saveDraft(e);
            evaluations.submit(e);
        }
        const QString kLead = QStringLiteral("te_lead");
        const QString kAgent = QStringLiteral("te_agent");
        const QString kInspectorLogin = QStringLiteral("te_insp");
        PeopleStore(owner).add(QStringLiteral("admin"), kLead, QStringLiteral("Lead A"), Role::Lead, {},
                               QStringLiteral("Team A"));
        PeopleStore(owner).add(QStringLiteral("admin"), kAgent, QStringLiteral("Agent A1"), Role::Agent,
                               QStringLiteral("A1"));
        PeopleStore(owner).add(QStringLiteral("admin"), kInspectorLogin, QStringLiteral("Inspector"), Role::Inspector);
        TeamLogins(owner).manage(kLead, Role::Lead, true, QStringLiteral("pw-te_lead"));
        TeamLogins(owner).manage(kAgent, Role::Agent, true, QStringLiteral("pw-te_agent"));
        TeamLogins(owner).manage(kInspectorLogin, Role::Inspector, true, QStringLiteral("pw-te_insp"));
        Connection lead(urlAs(kLead, QStringLiteral("pw-te_lead")));
        Connection agent(urlAs(kAgent, QStringLiteral("pw-te_agent")));
        Connection inspector(urlAs(kInspectorLogin, QStringLiteral("pw-te_insp")));

        KpiFilter filter;
        filter.from = QDate(2024, 3, 5);
        filter.to = QDate(2024, 3, 5);
        filter.bucket = KpiBucket::None;
        filter.zone = zone;
        const QList<TimeBucket> period = TimeBuckets::split(*filter.from, *filter.to, KpiBucket::None, zone);
        KpiFilter teamA = filter;
        teamA.team = QStringLiteral("Team A");
        KpiFilter teamB = filter;
        teamB.team = QStringLiteral("Team B");
        const auto kpis = [](Connection &c, const KpiFilter &f) { return figures(KpiService(c).compute(f).value(0)); };
        const auto attitude = [&period](Connection &c, const KpiFilter &f) {
            const DimensionStat s = dimensionStat(DimensionStatsStore(c).query(f, period), QStringLiteral("attitude"));
            return QStringLiteral("%1/%2").arg(s.n).arg(s.total);
        };

        const QString organisation = QStringLiteral("n=6 csat=3/5=60 aht=320 qa=4/4=72.5 pass=75");
        const QString ofTeamA = QStringLiteral("n=3 csat=1/2=50 aht=300 qa=2/2=80 pass=100");
        const QString nothing = QStringLiteral("n=0 csat=0/0=- aht=- qa=0/0=- pass=-");
        QCOMPARE(kpis(owner, filter), organisation);
        QCOMPARE(attitude(owner, filter), QStringLiteral("4/14"));
        QCOMPARE(kpis(owner, teamA), ofTeamA);
        QCOMPARE(attitude(owner, teamA), QStringLiteral("2/9"));
        QCOMPARE(kpis(owner, teamB), QStringLiteral("n=3 csat=2/3=66.6666666667 aht=340 qa=2/2=65 pass=50"));

        // The lead of team A: the organisation's figures and their team's are the owner's; team B is not theirs.
        QCOMPARE(kpis(lead, filter), organisation);
        QCOMPARE(attitude(lead, filter), QStringLiteral("4/14"));
        QCOMPARE(figures(KpiStore(lead).query(filter, period, KpiStore::Source::Raw).value(0)), organisation);
        QCOMPARE(kpis(lead, teamA), ofTeamA);
        QCOMPARE(attitude(lead, teamA), QStringLiteral("2/9"));
        QCOMPARE(kpis(lead, teamB), nothing);
        QCOMPARE(attitude(lead, teamB), QStringLiteral("0/0"));
        // Their ranking: their team's agents, whole (A1: 2 and 6; A2: 3).
        QStringList ranking;
        for (const GroupKpiValues &g : KpiStore(lead).queryGroups(filter, period, KpiStore::GroupBy::Agent)) {
            ranking << QString::number(g.values.interactions);
        }
        QCOMPARE(ranking, QStringList({QStringLiteral("2"), QStringLiteral("1")}));
        // The daily trend over three local days, one bucket per day, as the owner's (03-04: 0 and 1; 03-06: 8).
        KpiFilter daily = filter;
        daily.from = QDate(2024, 3, 4);
        daily.to = QDate(2024, 3, 6);
        daily.bucket = KpiBucket::Day;
        QStringList ownerTrend;
        for (const KpiValues &v : KpiService(owner).compute(daily)) {
            ownerTrend << figures(v);
        }
        QStringList leadTrend;
        for (const KpiValues &v : KpiService(lead).compute(daily)) {
            leadTrend << figures(v);
        }
        QCOMPARE(ownerTrend.size(), 3);
        QCOMPARE(leadTrend, ownerTrend);

        // The dashboard as the lead, filtered to their team: its tiles, the centre it is compared with, its radar,
        // one team in the team comparison (the owner's has two), their team's two agents in the ranking.
        DashboardRequest request;
        request.filter = teamA;
        request.filter.bucket = KpiBucket::Day;
        const std::optional<DashboardSnapshot> mine = DashboardService(lead).load(request);
        const std::optional<DashboardSnapshot> owners = DashboardService(owner).load(request);
        QVERIFY(mine && owners);
        QCOMPARE(figures(mine->current), ofTeamA);
        QCOMPARE(mine->comparisonLevel, ComparisonLevel::Centre);
        QCOMPARE(figures(mine->comparison), organisation);
        QCOMPARE(figures(owners->comparison), organisation);
        const DimensionStat radar = dimensionStat(mine->comparisonDimensions, QStringLiteral("attitude"));
        QCOMPARE(QStringLiteral("%1/%2").arg(radar.n).arg(radar.total), QStringLiteral("4/14"));
        QCOMPARE(owners->teamDimensions.size(), 2);
        QCOMPARE(mine->teamDimensions.size(), 1);
        QCOMPARE(mine->teamDimensions.first().teamName, QStringLiteral("Team A"));
        QCOMPARE(mine->ranking.size(), 2);
        QCOMPARE(figures(mine->ranking.first().values).left(3), QStringLiteral("n=2"));

        // Agent A1 reads the organisation's figures and their team's (which holds A2's interaction 3).
        QCOMPARE(kpis(agent, filter), organisation);
        QCOMPARE(kpis(agent, teamA), ofTeamA);
        QCOMPARE(attitude(agent, teamA), QStringLiteral("2/9"));
        // An inspector with an empty queue reads every team's rollups: every team's figures, whole.
        QCOMPARE(kpis(inspector, filter), organisation);
        QCOMPARE(kpis(inspector, teamB), kpis(owner, teamB));
        QCOMPARE(attitude(inspector, filter), QStringLiteral("4/14"));
        // An agent filtered by channel: the radar reads the raw rows (the agent's dimension rollups have no channel
        // split), summed over the scope all the same (A1: levels 5 and 4).
        KpiFilter agentByPhone = filter;
        agentByPhone.agent = QStringLiteral("A1");
        agentByPhone.channel = QStringLiteral("phone");
        QCOMPARE(attitude(owner, agentByPhone), QStringLiteral("2/9"));
        QCOMPARE(attitude(inspector, agentByPhone), QStringLiteral("2/9"));
        QCOMPARE(attitude(lead, agentByPhone), QStringLiteral("2/9"));
        // The function itself, called by hand: sums over the scopes whose rollups one reads, nothing finer than a
        // quarter hour.
        const qint64 lo = QDateTime(QDate(2024, 3, 4), QTime(18, 30), QTimeZone::utc()).toSecsSinceEpoch();
        const QString edges = QStringLiteral(
            "SELECT COALESCE(SUM(interactions), -1) FROM qadesk_kpi_edges(CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), "
            "CAST(? AS TEXT), CAST(? AS BIGINT), NULL, NULL, NULL, 'none')");
        const qint64 teamBId = scalar(owner, QStringLiteral("SELECT id FROM teams WHERE name = 'Team B'"));
        const auto interval = [](qint64 from, qint64 to) {
            return std::pair{QStringLiteral("{%1}").arg(from), QStringLiteral("{%1}").arg(to)};
        };
        const auto [day, dayEnd] = interval(lo, lo + 86400);
        QCOMPARE(scalar(lead, edges, {day, dayEnd, QStringLiteral("all"), QVariant(QMetaType(QMetaType::LongLong))}), 6);
        QCOMPARE(scalar(inspector, edges, {day, dayEnd, QStringLiteral("team"), teamBId}), 3);
        QCOMPARE(scalar(lead, edges, {day, dayEnd, QStringLiteral("team"), teamBId}), -1);
        QCOMPARE(scalar(agent, edges, {day, dayEnd, QStringLiteral("team"), teamBId}), -1);
        const auto [second, secondEnd] = interval(lo + 600, lo + 601);
        QVERIFY_THROWS_EXCEPTION(
            Error, scalar(lead, edges, {second, secondEnd, QStringLiteral("all"), QVariant(QMetaType(QMetaType::LongLong))}));
        // None of them reads a row more than before.
        QCOMPARE(scalar(lead, QStringLiteral("SELECT count(*) FROM interactions")), 4);
        QCOMPARE(scalar(inspector, QStringLiteral("SELECT count(*) FROM interactions")), 0);
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
