// Calibration (issue 14): sessions and blind scores in their own tables (KPIs unchanged), the blind rule, and the
// results checked against values computed by hand.
#include "calibration/CalibrationAnalysis.h"
#include "calibration/CalibrationService.h"
#include "Error.h"
#include "kpi/KpiService.h"
#include "sampling/SampleDraw.h"
#include "scoring/RubricLoader.h"
#include "stats/ConfidenceInterval.h"
#include "storage/CalibrationStore.h"
#include "storage/EvaluationStore.h"
#include "storage/RollupStore.h"
#include "WorkspaceFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

Q_DECLARE_METATYPE(qadesk::Role)

namespace {

const QStringList kSteps{QStringLiteral("greeting"), QStringLiteral("confirm_need"), QStringLiteral("analyse"),
                         QStringLiteral("solution"), QStringLiteral("follow_up"),    QStringLiteral("record")};

QList<DimensionEvaluation> allLevels(int level)
{
    QList<DimensionEvaluation> out;
    for (int i = 0; i < 6; ++i) {
        DimensionEvaluation d;
        d.score = level;
        out << d;
    }
    return out;
}

QMap<QString, QString> checklist(const QString &greeting)
{
    QMap<QString, QString> out;
    for (const QString &step : kSteps) {
        out.insert(step, QStringLiteral("yes"));
    }
    out[QStringLiteral("greeting")] = greeting;
    return out;
}

Person person(const QString &login, Role role)
{
    Person p;
    p.login = p.name = login;
    p.role = role;
    return p;
}

// The QA manager who runs the sessions below.
const Person kManager = person(QStringLiteral("manager"), Role::QaManager);

const AgreementRow &row(const CalibrationResults &r, const QString &key)
{
    for (const AgreementRow &row : r.rows) {
        if (row.key == key) {
            return row;
        }
    }
    qFatal("no row %s", qPrintable(key));
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Connection> openDb()
    {
        return fixture::openDatabase(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)));
    }

    // Three interactions scored by A and B: every dimension at one level, A: 3, 4, 2 and B: 3, 5, 2 (scores 60, 80,
    // 40 and 60, 100, 40); A answers the greeting step "no" on the second. B is the expert.
    qint64 scoredSession(Connection &c, QList<qint64> &ids, bool blindUntilClosed = true)
    {
        if (ids.isEmpty()) {
            ids = fixture::addInteractions(c, 1, 3);
        }
        CalibrationSession s;
        s.name = QStringLiteral("March calibration");
        s.participants = {QStringLiteral("A"), QStringLiteral("B")};
        s.expert = QStringLiteral("B");
        s.interactionIds = ids;
        s.blindUntilClosed = blindUntilClosed;
        CalibrationService service(c);
        const qint64 id = service.create(s, kManager);
        const int a[] = {3, 4, 2}, b[] = {3, 5, 2};
        for (int i = 0; i < 3; ++i) {
            service.submit(id, ids.at(i), QStringLiteral("A"), allLevels(a[i]),
                           checklist(i == 1 ? QStringLiteral("no") : QStringLiteral("yes")), {});
            service.submit(id, ids.at(i), QStringLiteral("B"), allLevels(b[i]), checklist(QStringLiteral("yes")), {});
        }
        return id;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void storesAndReloadsScores()
    {
        auto c = openDb();
        QList<qint64> ids;
        const qint64 id = scoredSession(*c, ids);
        CalibrationStore store(*c);
        const CalibrationSession s = store.load(id);
        QCOMPARE(s.name, QStringLiteral("March calibration"));
        QCOMPARE(s.interactionIds, ids);
        QCOMPARE(s.participants, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(s.expert, QStringLiteral("B"));
        QVERIFY(s.blindUntilClosed);
        QVERIFY(s.rubricVersionId > 0);
        const QList<CalibrationScore> scores = store.scores(id);
        QCOMPARE(scores.size(), 6);
        QCOMPARE(scores.at(2).participant, QStringLiteral("A"));
        QCOMPARE(scores.at(2).interactionId, ids.at(1));
        QCOMPARE(*scores.at(2).score, 80.0);
        QCOMPARE(scores.at(2).gradeKey, QStringLiteral("good"));
        QCOMPARE(scores.at(2).dimensions.size(), 6);
        QCOMPARE(scores.at(2).dimensions.at(5).key, QStringLiteral("records"));
        QCOMPARE(*scores.at(2).dimensions.at(5).score, 4);
        QCOMPARE(scores.at(2).checklist.value(QStringLiteral("greeting")), QStringLiteral("no"));
        QCOMPARE(scores.at(3).gradeKey, QStringLiteral("excellent"));
        QCOMPARE(scores.at(3).criticalFailed.size(), 2);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().submitted, 6);
        QCOMPARE(store.items(id).first().externalId, QStringLiteral("WS-00001"));
    }

    void refusesWhatABlindSessionMustNotTake()
    {
        auto c = openDb();
        QList<qint64> ids;
        const qint64 id = scoredSession(*c, ids);
        CalibrationService service(*c);
        QVERIFY_THROWS_EXCEPTION(ConflictError, service.submit(id, ids.at(0), QStringLiteral("A"), allLevels(5),
                                                               checklist(QStringLiteral("yes")), {}));
        QVERIFY_THROWS_EXCEPTION(Error, service.submit(id, ids.at(0), QStringLiteral("C"), allLevels(5),
                                                       checklist(QStringLiteral("yes")), {}));
        QList<DimensionEvaluation> incomplete = allLevels(3);
        incomplete[2].score.reset();
        const qint64 other = fixture::addInteractions(*c, 10, 1).first();
        CalibrationStore(*c).add(id, {other}, {QStringLiteral("C")}, QStringLiteral("manager"));
        QVERIFY_THROWS_EXCEPTION(
            Error, service.submit(id, other, QStringLiteral("C"), incomplete, checklist(QStringLiteral("yes")), {}));
        QVERIFY_THROWS_EXCEPTION(Error, service.submit(id, other, QStringLiteral("C"), allLevels(3), {}, {}));
        // A failed critical item makes the score 0 in the lowest band, as on the evaluation form.
        const CalibrationScore zero =
            service.submit(id, other, QStringLiteral("C"), allLevels(5), checklist(QStringLiteral("yes")),
                           {{QStringLiteral("abusive_language"), true}});
        QCOMPARE(*zero.score, 0.0);
        QCOMPARE(zero.gradeKey, QStringLiteral("needs_improvement"));
        service.close(id, kManager);
        QVERIFY_THROWS_EXCEPTION(Error, service.submit(id, ids.at(0), QStringLiteral("C"), allLevels(3),
                                                       checklist(QStringLiteral("yes")), {}));
        CalibrationSession bad;
        bad.name = QStringLiteral("x");
        bad.interactionIds = ids;
        bad.participants = {QStringLiteral("A")};
        bad.expert = QStringLiteral("Z");
        QVERIFY_THROWS_EXCEPTION(Error, service.create(bad, kManager));
    }

    void blindRule()
    {
        auto c = openDb();
        QList<qint64> ids = fixture::addInteractions(*c, 1, 2);
        for (const bool untilClosed : {true, false}) {
            CalibrationSession s;
            s.name = QStringLiteral("blind");
                s.participants = {QStringLiteral("A"), QStringLiteral("B")};
            s.interactionIds = ids;
            s.blindUntilClosed = untilClosed;
            CalibrationService service(*c);
            const qint64 id = service.create(s, kManager);
            service.submit(id, ids.at(0), QStringLiteral("B"), allLevels(4), checklist(QStringLiteral("yes")), {});
            const Person a = person(QStringLiteral("A"), Role::Inspector);
            // A has not scored: sees nothing of B's.
            QCOMPARE(service.visibleScores(id, a).size(), 0);
            QCOMPARE(service.visibleScores(id, kManager).size(), 1);
            service.submit(id, ids.at(0), QStringLiteral("A"), allLevels(3), checklist(QStringLiteral("yes")), {});
            // After submitting: B's score only when the session is not blind until closed.
            QCOMPARE(service.visibleScores(id, a).size(), untilClosed ? 1 : 2);
            CalibrationSession loaded = CalibrationStore(*c).load(id);
            QCOMPARE(CalibrationService::canSeeResults(loaded, a, false), false);
            QCOMPARE(CalibrationService::canSeeResults(loaded, a, true), !untilClosed);
            QCOMPARE(CalibrationService::canSeeResults(loaded, kManager, false), true);
            service.close(id, kManager);
            loaded = CalibrationStore(*c).load(id);
            QVERIFY(loaded.isClosed());
            QCOMPARE(service.visibleScores(id, a).size(), 2);
            QCOMPARE(CalibrationService::canSeeResults(loaded, a, false), true);
        }
    }

    // The role decides, not who created the session (Permissions.h, RunCalibration): a QA manager or an administrator
    // who does not take part sees an open blind session's scores and results; any other non-participant never does,
    // open or closed; a participant stays blind whatever their role.
    void rolesDecideWhoSeesWhat_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("participant");
        QTest::addColumn<int>("openScores");
        QTest::addColumn<bool>("openResults");
        QTest::addColumn<int>("closedScores");
        QTest::addColumn<bool>("closedResults");
        // B has scored; the viewer (when a participant) has not: blind until closed.
        QTest::newRow("qa manager, not taking part") << Role::QaManager << false << 1 << true << 1 << true;
        QTest::newRow("admin, not taking part") << Role::Admin << false << 1 << true << 1 << true;
        QTest::newRow("lead, not taking part") << Role::Lead << false << 0 << false << 0 << false;
        QTest::newRow("inspector, not taking part") << Role::Inspector << false << 0 << false << 0 << false;
        QTest::newRow("agent, not taking part") << Role::Agent << false << 0 << false << 0 << false;
        QTest::newRow("qa manager taking part") << Role::QaManager << true << 0 << false << 1 << true;
        QTest::newRow("inspector taking part") << Role::Inspector << true << 0 << false << 1 << true;
    }

    void rolesDecideWhoSeesWhat()
    {
        QFETCH(Role, role);
        QFETCH(bool, participant);
        QFETCH(int, openScores);
        QFETCH(bool, openResults);
        QFETCH(int, closedScores);
        QFETCH(bool, closedResults);
        auto c = openDb();
        const QList<qint64> ids = fixture::addInteractions(*c, 1, 1);
        const Person viewer = person(QStringLiteral("V"), role);
        CalibrationSession s;
        s.name = QStringLiteral("roles");
        s.participants = {QStringLiteral("B")};
        if (participant) {
            s.participants << viewer.login;
        }
        s.interactionIds = ids;
        s.blindUntilClosed = true;
        CalibrationService service(*c);
        // Created by another manager: the viewer's role decides, not the creator's name.
        const qint64 id = service.create(s, person(QStringLiteral("other manager"), Role::QaManager));
        service.submit(id, ids.at(0), QStringLiteral("B"), allLevels(4), checklist(QStringLiteral("yes")), {});
        QCOMPARE(service.visibleScores(id, viewer).size(), openScores);
        QCOMPARE(CalibrationService::canSeeResults(CalibrationStore(*c).load(id), viewer, false), openResults);
        service.close(id, kManager);
        QCOMPARE(service.visibleScores(id, viewer).size(), closedScores);
        QCOMPARE(CalibrationService::canSeeResults(CalibrationStore(*c).load(id), viewer, false), closedResults);
        // A disabled manager is no longer one.
        Person disabled = viewer;
        disabled.disabled = true;
        QCOMPARE(CalibrationService::canSeeResults(CalibrationStore(*c).load(id), disabled, false),
                 participant && closedResults);
    }

    // Only a QA manager or an administrator creates, extends and closes sessions; the creator is who did it.
    void onlyRunnersCreateAndClose_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("agent") << Role::Agent << false;
        QTest::newRow("inspector") << Role::Inspector << false;
        QTest::newRow("lead") << Role::Lead << false;
        QTest::newRow("qa manager") << Role::QaManager << true;
        QTest::newRow("admin") << Role::Admin << true;
    }

    void onlyRunnersCreateAndClose()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        auto c = openDb();
        const QList<qint64> ids = fixture::addInteractions(*c, 1, 2);
        const Person by = person(QStringLiteral("someone"), role);
        CalibrationService service(*c);
        CalibrationSession s;
        s.name = QStringLiteral("runners");
        s.createdBy = QStringLiteral("ignored");
        s.participants = {QStringLiteral("A")};
        s.interactionIds = {ids.at(0)};
        if (!allowed) {
            QVERIFY_THROWS_EXCEPTION(Error, service.create(s, by));
            QCOMPARE(CalibrationStore(*c).list().size(), 0);
        }
        CalibrationSession mine = s;
        const qint64 id = allowed ? service.create(s, by) : service.create(mine, kManager);
        QCOMPARE(CalibrationStore(*c).load(id).createdBy, allowed ? QStringLiteral("someone") : QStringLiteral("manager"));
        if (allowed) {
            service.add(id, {ids.at(1)}, {QStringLiteral("B")}, by);
            QCOMPARE(CalibrationStore(*c).load(id).interactionIds.size(), 2);
            service.close(id, by);
        } else {
            QVERIFY_THROWS_EXCEPTION(Error, service.add(id, {ids.at(1)}, {QStringLiteral("B")}, by));
            QCOMPARE(CalibrationStore(*c).load(id).interactionIds.size(), 1);
            QVERIFY_THROWS_EXCEPTION(Error, service.close(id, by));
        }
        QCOMPARE(CalibrationStore(*c).load(id).isClosed(), allowed);
    }

    void kpisAndEvaluationsUnchanged()
    {
        auto c = openDb();
        QList<qint64> ids = fixture::addInteractions(*c, 20, 8);
        // One submitted evaluation of the first interaction, so that the QA KPIs have a value to keep.
        Evaluation e;
        e.interactionId = ids.at(0);
        e.rubricVersionId = RubricStore(*c).ensureDefault();
        e.inspector = QStringLiteral("A");
        e.status = QStringLiteral("submitted");
        e.score = 70;
        e.gradeKey = QStringLiteral("pass");
        e.createdAt = e.updatedAt = e.submittedAt = QDateTime::currentDateTimeUtc();
        EvaluationStore(*c).insert(e);
        RollupStore(*c).rebuildAll();
        KpiFilter filter;
        filter.zone = QTimeZone::utc();
        filter.bucket = KpiBucket::None;
        const QList<KpiValues> before = KpiService(*c).compute(filter);
        QCOMPARE(before.first().evaluations, 1);
        QCOMPARE(*before.first().qaScore, 70.0);
        ids = ids.mid(0, 3);
        scoredSession(*c, ids);
        const QList<KpiValues> after = KpiService(*c).compute(filter);
        QCOMPARE(after.size(), before.size());
        const KpiValues &x = after.first(), &y = before.first();
        QCOMPARE(x.interactions, y.interactions);
        QCOMPARE(x.evaluations, y.evaluations);
        QCOMPARE(x.qaScore, y.qaScore);
        QCOMPARE(x.qaPassRate, y.qaPassRate);
        QCOMPARE(x.qaScoreBins, y.qaScoreBins);
        QCOMPARE(x.csat, y.csat);
        QCOMPARE(after.first().evaluations, 1);
        QSqlQuery q = c->run(QStringLiteral("SELECT count(*) FROM evaluations"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void handComputedResults()
    {
        auto c = openDb();
        QList<qint64> ids;
        const qint64 id = scoredSession(*c, ids);
        CalibrationAnalysis::Options options;
        options.resamples = 200;
        options.seed = 7;
        const CalibrationResults r = CalibrationService(*c).results(id, options);
        QCOMPARE(r.scoresSubmitted, 6);
        QCOMPARE(r.scoresExpected, 6);
        // Levels 3/3, 4/5, 2/2: ordinal alpha = 1 − (2/6) / (198/30) = 94/99 (worked out in the comment of
        // scoredSession's data: counts 2:2 3:2 4:1 5:1, δ²(4,5) = 1, Σ n_c n_k δ² = 198).
        const AgreementRow &response = row(r, QStringLiteral("dimension:response"));
        QCOMPARE(response.alpha.units, 3);
        QCOMPARE(response.alpha.values, 6);
        QCOMPARE(response.alpha.raters, 2);
        QVERIFY(qAbs(*response.alpha.alpha - 94.0 / 99.0) < 1e-12);
        QCOMPARE(response.reading, AlphaReading::Reliable);
        QVERIFY(response.interval && response.interval->low <= response.interval->high &&
                response.interval->high <= 1.0);
        // Against the expert B: |3−3|, |4−5|, |2−2| → MAD 1/3, alignment 1 − (1/3)/4.
        QCOMPARE(response.expertPairs, 3);
        QVERIFY(qAbs(*response.meanAbsoluteDeviation - 1.0 / 3.0) < 1e-12);
        QVERIFY(qAbs(*response.alignment - (1.0 - 1.0 / 12.0)) < 1e-12);
        // All six dimensions pooled (18 units): 1 − 35/594.
        const AgreementRow &pooled = row(r, QStringLiteral("dimensions"));
        QCOMPARE(pooled.alpha.units, 18);
        QCOMPARE(pooled.alpha.values, 36);
        QVERIFY(qAbs(*pooled.alpha.alpha - 559.0 / 594.0) < 1e-12);
        // Scores 60/60, 80/100, 40/40 at the interval level: 1 − (800/6) / (32800/30) = 36/41.
        const AgreementRow &score = row(r, QStringLiteral("score"));
        QVERIFY(qAbs(*score.alpha.alpha - 36.0 / 41.0) < 1e-12);
        QCOMPARE(score.reading, AlphaReading::Reliable);
        QVERIFY(qAbs(*score.meanAbsoluteDeviation - 20.0 / 3.0) < 1e-9);
        QVERIFY(qAbs(*score.alignment - (1.0 - 20.0 / 300.0)) < 1e-12);
        // Grades pass/pass, good/excellent, needs/needs (nominal): 1 − (1/3) / (26/30) = 16/26.
        const AgreementRow &grade = row(r, QStringLiteral("grade"));
        QVERIFY(qAbs(*grade.alpha.alpha - 16.0 / 26.0) < 1e-12);
        QCOMPARE(grade.reading, AlphaReading::NotReliable);
        QVERIFY(!grade.meanAbsoluteDeviation);
        QVERIFY(qAbs(*grade.alignment - 2.0 / 3.0) < 1e-12);
        // Greeting yes/yes, no/yes, yes/yes: observed = expected disagreement, alpha exactly 0.
        QVERIFY(qAbs(*row(r, QStringLiteral("checklist:greeting")).alpha.alpha) < 1e-12);
        // No variation at all (every step "yes", no critical item failed): undefined, not 1.
        const AgreementRow &record = row(r, QStringLiteral("checklist:record"));
        QVERIFY(!record.alpha.alpha);
        QCOMPARE(record.reading, AlphaReading::Undefined);
        QVERIFY(!record.interval);
        QVERIFY(!row(r, QStringLiteral("critical:abusive_language")).alpha.alpha);
        // Leniency: A's deviations from the consensus (B's score) 0, −20, 0: mean −20/3, s = √(400/3),
        // half-width t(2)·s/√3 = 4.3027 × 20/3.
        QCOMPARE(r.graders.size(), 2);
        const GraderLeniency &a = r.graders.at(0);
        QCOMPARE(a.grader, QStringLiteral("A"));
        QCOMPARE(a.n, 3);
        QVERIFY(qAbs(*a.meanDeviation + 20.0 / 3.0) < 1e-12);
        QVERIFY(qAbs(a.interval->low - (-20.0 / 3.0 - 4.3027 * 20.0 / 3.0)) < 1e-9);
        QVERIFY(qAbs(a.interval->high - (-20.0 / 3.0 + 4.3027 * 20.0 / 3.0)) < 1e-9);
        QCOMPARE(a.expertN, 3);
        QVERIFY(qAbs(*a.expertDeviation + 20.0 / 3.0) < 1e-12);
        QVERIFY(r.graders.at(1).expert);
        QVERIFY(qAbs(*r.graders.at(1).meanDeviation - 20.0 / 3.0) < 1e-12);
        QCOMPARE(r.graders.at(1).expertN, 0);
        // Heat map: interactions × graders, score and deviation from the consensus.
        QCOMPARE(r.heatMap.size(), 3);
        QCOMPARE(*r.heatMap.at(1).at(1).score, 100.0);
        QCOMPARE(*r.heatMap.at(1).at(1).deviation, 20.0);
        QCOMPARE(*r.heatMap.at(1).at(0).deviation, -20.0);
        // The bootstrap is seeded: the same seed gives the same intervals.
        const CalibrationResults again = CalibrationService(*c).results(id, options);
        QCOMPARE(row(again, QStringLiteral("score")).interval->low, score.interval->low);
        QCOMPARE(row(again, QStringLiteral("score")).interval->high, score.interval->high);
    }

    void oneGraderIsUndefined()
    {
        auto c = openDb();
        const QList<qint64> ids = fixture::addInteractions(*c, 1, 2);
        CalibrationSession s;
        s.name = QStringLiteral("alone");
        s.participants = {QStringLiteral("A"), QStringLiteral("B")};
        s.interactionIds = ids;
        CalibrationService service(*c);
        const qint64 id = service.create(s, kManager);
        service.submit(id, ids.at(0), QStringLiteral("A"), allLevels(3), checklist(QStringLiteral("yes")), {});
        service.submit(id, ids.at(1), QStringLiteral("A"), allLevels(5), checklist(QStringLiteral("no")), {});
        const CalibrationResults r = service.results(id);
        for (const AgreementRow &row : r.rows) {
            QVERIFY2(!row.alpha.alpha, qPrintable(row.key));
            QCOMPARE(row.alpha.values, 0);
            QCOMPARE(row.reading, AlphaReading::Undefined);
            QVERIFY(!row.alignment);
        }
        QCOMPARE(r.graders.at(0).n, 0);
        QVERIFY(!r.graders.at(0).meanDeviation);
        QVERIFY(r.heatMap.at(0).at(0).submitted);
        QVERIFY(!r.heatMap.at(0).at(0).deviation);
        QVERIFY(!r.heatMap.at(0).at(1).submitted);
    }

    // A sampling plan that double-scores half its sample: a continuous session for the second inspector; pairs with
    // the plan inspector's evaluations give alpha per dimension and on the score, and each inspector's drift.
    void continuousReliability()
    {
        auto c = openDb();
        const QList<qint64> ids = fixture::addInteractions(*c, 0, 6);
        SampleRequest request;
        request.inspector = QStringLiteral("A");
        request.from = request.to = QDate(2024, 3, 4);
        request.options.perAgent = 3;
        request.options.seed = 11;
        request.doubleScorePercent = 50;
        request.secondInspector = QStringLiteral("B");
        const SampleDrawResult drawn = SampleDraw::run(*c, request);
        QCOMPARE(drawn.drawn, 6);
        QCOMPARE(drawn.doubleScored, 3);
        const CalibrationSession session = CalibrationStore(*c).load(drawn.reliabilitySessionId);
        QVERIFY(session.isContinuous());
        QCOMPARE(session.planId, drawn.planId);
        QCOMPARE(session.createdBy, QStringLiteral("A"));
        QCOMPARE(session.participants, QStringList{QStringLiteral("B")});
        QCOMPARE(session.interactionIds.size(), 3);
        for (const qint64 id : session.interactionIds) {
            QVERIFY(ids.contains(id));
        }
        {
            // The same plan on the same data double-scores the same share.
            auto again = openDb();
            fixture::addInteractions(*again, 0, 6);
            const SampleDrawResult twin = SampleDraw::run(*again, request);
            QCOMPARE(CalibrationStore(*again).load(twin.reliabilitySessionId).interactionIds, session.interactionIds);
        }
        request.secondInspector = QStringLiteral("A");
        QVERIFY_THROWS_EXCEPTION(Error, SampleDraw::run(*c, request));

        // B scores blind first: nothing to pair until A's evaluations are submitted.
        CalibrationService service(*c);
        const int a[] = {4, 3, 2}, b[] = {4, 4, 2};
        for (int i = 0; i < 3; ++i) {
            service.submit(session.id, session.interactionIds.at(i), QStringLiteral("B"), allLevels(b[i]),
                           checklist(QStringLiteral("yes")), {});
        }
        QCOMPARE(service.reliability(QTimeZone::utc()).overall.pairs, 0);
        QCOMPARE(service.reliability(QTimeZone::utc()).pending, 3);
        EvaluationStore evaluations(*c);
        for (int i = 0; i < 3; ++i) {
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
            e.score = 20.0 * a[i];
            e.createdAt = e.updatedAt = e.submittedAt = QDateTime::currentDateTimeUtc();
            evaluations.insert(e);
        }
        CalibrationAnalysis::Options options;
        options.resamples = 0;
        const ReliabilityResults r = service.reliability(QTimeZone::utc(), options);
        QCOMPARE(r.pending, 0);
        QCOMPARE(r.overall.pairs, 3);
        QCOMPARE(r.periods.size(), 1);
        QCOMPARE(r.periods.first().month.day(), 1);
        // Levels 4/4, 3/4, 2/2 (counts 2:2 3:1 4:3): D_o = 2 × 4 / 6, D_e = 2 × 90 / 30 → alpha = 7/9.
        QCOMPARE(r.overall.dimensions.size(), 6);
        QVERIFY(qAbs(*r.overall.dimensions.at(0).alpha.alpha - 7.0 / 9.0) < 1e-12);
        QCOMPARE(r.overall.dimensions.at(0).reading, AlphaReading::Tentative);
        // Scores 80/80, 60/80, 40/40: D_o = 800/6, D_e = 2 × 11600/30 → alpha = 24/29.
        QVERIFY(qAbs(*r.overall.score.alpha.alpha - 24.0 / 29.0) < 1e-12);
        // Drift: A −20/3 (0, −20, 0), B +20/3, over n = 3.
        QCOMPARE(r.drift.size(), 2);
        QCOMPARE(r.drift.at(0).inspector, QStringLiteral("A"));
        QVERIFY(qAbs(*r.drift.at(0).overall + 20.0 / 3.0) < 1e-12);
        QCOMPARE(r.drift.at(0).overallN, 3);
        QVERIFY(qAbs(*r.drift.at(0).monthly.at(0) + 20.0 / 3.0) < 1e-12);
        QVERIFY(qAbs(*r.drift.at(1).overall - 20.0 / 3.0) < 1e-12);
    }

    void readings()
    {
        QCOMPARE(readingOf(0.800), AlphaReading::Reliable);
        QCOMPARE(readingOf(0.7999), AlphaReading::Tentative);
        QCOMPARE(readingOf(0.667), AlphaReading::Tentative);
        QCOMPARE(readingOf(0.6669), AlphaReading::NotReliable);
        QCOMPARE(readingOf(-0.2), AlphaReading::NotReliable);
        QCOMPARE(readingOf(std::nullopt), AlphaReading::Undefined);
        QCOMPARE(readingKey(AlphaReading::NotReliable), QStringLiteral("not_reliable"));
    }

    void studentT()
    {
        QCOMPARE(studentT975(1), 12.7062);
        QCOMPARE(studentT975(30), 2.0423);
        QVERIFY(qAbs(studentT975(31) - 2.0395) < 1e-4);
        QVERIFY(qAbs(studentT975(60) - 2.0003) < 1e-4);
        QVERIFY(qAbs(studentT975(120) - 1.9799) < 1e-4);
        QVERIFY(!meanInterval({1.0}));
        // 1, 2, 3: mean 2, s = 1, half-width 4.3027/√3.
        const auto i = meanInterval({1.0, 2.0, 3.0});
        QVERIFY(qAbs(i->low - (2 - 4.3027 / std::sqrt(3.0))) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
