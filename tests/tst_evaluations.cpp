// Evaluation storage: drafts with optimistic locking, submit locks and audits, and the QA KPIs (DESIGN §3)
// follow submits, status changes and deletions through the rollups.
#include "Error.h"
#include "kpi/KpiService.h"
#include "storage/AuditLog.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionWriter.h"
#include "storage/KpiStore.h"
#include "storage/RubricStore.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"

#include <QTest>

using namespace qadesk;

class TestEvaluations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Connection> m_db;
    QList<qint64> m_interactions;
    int m_version = 0;

    Evaluation draftWithScore(qint64 interaction, std::optional<double> score,
                              const QString &inspector = QStringLiteral("质检员甲"))
    {
        EvaluationStore store(*m_db);
        Evaluation e = store.load(store.createDraft(interaction, m_version, inspector));
        e.dimensions = {{QStringLiteral("response"), 4, false, {}, {}}, {QStringLiteral("records"), std::nullopt, true, {}, {}}};
        e.score = score;
        e.gradeKey = score ? QStringLiteral("pass") : QString();
        return e;
    }

    KpiValues total(KpiStore::Source source)
    {
        KpiFilter f;
        f.zone = QTimeZone("UTC");
        f.bucket = KpiBucket::None;
        const auto buckets = TimeBuckets::split(QDate(2024, 1, 1), QDate(2024, 12, 31), KpiBucket::None, f.zone);
        const auto rows = KpiStore(*m_db).query(f, buckets, source);
        return rows.isEmpty() ? KpiValues() : rows.first();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Connection>(QStringLiteral(":memory:"));
        Schema::migrate(*m_db);
        OrganisationZone::setInitial(*m_db, QByteArrayLiteral("UTC"));
        m_version = RubricStore(*m_db).ensureDefault();
        m_interactions.clear();
        Transaction t(*m_db);
        InteractionWriter w(*m_db);
        for (int i = 0; i < 4; ++i) {
            Interaction in;
            in.externalId = QStringLiteral("E%1").arg(i);
            in.startedAt = QDateTime(QDate(2024, 6, 3 + i), QTime(9, 0), QTimeZone::utc());
            in.agentCode = QStringLiteral("A1");
            in.turns = {{0, 0, QStringLiteral("customer"), 0, 500, QStringLiteral("你好")}};
            m_interactions << w.insert(in);
        }
        w.finish();
        t.commit();
    }

    void draftRoundTripsEverything()
    {
        EvaluationStore store(*m_db);
        Evaluation e = draftWithScore(m_interactions[0], 76.5);
        QSqlQuery turn = m_db->run(QStringLiteral("SELECT id FROM turns LIMIT 1"));
        QVERIFY(turn.next());
        e.dimensions[0].comment = QStringLiteral("响应及时");
        e.dimensions[0].evidenceTurnIds = {turn.value(0).toLongLong()};
        e.checklist = {{QStringLiteral("greeting"), QStringLiteral("yes")}, {QStringLiteral("follow_up"), QStringLiteral("na")}};
        e.criticalFailed = {{QStringLiteral("abusive_language"), false}};
        e.overallComment = QStringLiteral("整体良好");
        store.saveDraft(e);
        const Evaluation back = store.load(e.id);
        QCOMPARE(back.status, QStringLiteral("draft"));
        QCOMPARE(back.dimensions.size(), 2);
        QCOMPARE(back.dimensions[0].score, std::optional<int>(4));
        QCOMPARE(back.dimensions[0].comment, QStringLiteral("响应及时"));
        QCOMPARE(back.dimensions[0].evidenceTurnIds, e.dimensions[0].evidenceTurnIds);
        QVERIFY(back.dimensions[1].notApplicable);
        QCOMPARE(back.checklist, e.checklist);
        QCOMPARE(back.criticalFailed, e.criticalFailed);
        QCOMPARE(back.overallComment, e.overallComment);
        QCOMPARE(*back.score, 76.5);
        QCOMPARE(back.rowVersion, e.rowVersion);
    }

    void staleDraftIsRefused()
    {
        EvaluationStore store(*m_db);
        Evaluation mine = draftWithScore(m_interactions[0], 70);
        Evaluation theirs = store.load(mine.id);
        store.saveDraft(theirs);
        mine.overallComment = QStringLiteral("lost?");
        QVERIFY_THROWS_EXCEPTION(Error, store.saveDraft(mine));
        QCOMPARE(store.load(mine.id).overallComment, QString());
    }

    void submitLocksAndAudits()
    {
        EvaluationStore store(*m_db);
        Evaluation e = draftWithScore(m_interactions[1], 82);
        store.submit(e);
        QCOMPARE(e.status, QStringLiteral("submitted"));
        QVERIFY(store.load(e.id).isLocked());
        QVERIFY(store.load(e.id).submittedAt.isValid());
        QVERIFY_THROWS_EXCEPTION(Error, store.saveDraft(e));
        QVERIFY_THROWS_EXCEPTION(Error, store.submit(e));
        const auto audit = AuditLog(*m_db).forEntity(QStringLiteral("evaluation"), e.id);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].action, QStringLiteral("create"));
        QCOMPARE(audit[1].action, QStringLiteral("submit"));
        QCOMPARE(audit[1].actor, QStringLiteral("质检员甲"));
    }

    // QA score = mean score of submitted evaluations; pass rate = score ≥ 60 among scored ones; drafts never count.
    void qaKpisFollowSubmitsStatusAndDeletes()
    {
        EvaluationStore store(*m_db);
        Evaluation a = draftWithScore(m_interactions[0], 90);
        Evaluation b = draftWithScore(m_interactions[1], 59.5);
        Evaluation c = draftWithScore(m_interactions[2], 60);
        Evaluation unscored = draftWithScore(m_interactions[3], std::nullopt);
        Evaluation draft = draftWithScore(m_interactions[3], 10, QStringLiteral("质检员乙")); // one draft each
        store.saveDraft(draft);
        for (Evaluation *e : {&a, &b, &c, &unscored}) {
            store.submit(*e);
        }
        for (const auto source : {KpiStore::Source::Rollup, KpiStore::Source::Raw}) {
            const KpiValues v = total(source);
            QCOMPARE(v.evaluations, 4);
            QCOMPARE(v.qaN, 3);
            QVERIFY(qFuzzyCompare(*v.qaScore, (90 + 59.5 + 60) / 3.0));
            QVERIFY(qFuzzyCompare(*v.qaPassRate, 100.0 * 2 / 3));
        }
        store.changeStatus(a.id, QStringLiteral("final"), QStringLiteral("组长"));
        QCOMPARE(total(KpiStore::Source::Rollup).qaN, 3);
        store.remove(b.id, QStringLiteral("组长"));
        for (const auto source : {KpiStore::Source::Rollup, KpiStore::Source::Raw}) {
            const KpiValues v = total(source);
            QCOMPARE(v.evaluations, 3);
            QCOMPARE(v.qaN, 2);
            QCOMPARE(*v.qaScore, 75.0);
            QCOMPARE(*v.qaPassRate, 100.0);
        }
        store.remove(a.id, QStringLiteral("组长"));
        store.remove(c.id, QStringLiteral("组长"));
        const KpiValues v = total(KpiStore::Source::Rollup);
        QCOMPARE(v.evaluations, 1);
        QCOMPARE(v.qaN, 0);
        QVERIFY(!v.qaScore);
        QVERIFY(!v.qaPassRate);
    }
};

QTEST_GUILESS_MAIN(TestEvaluations)
#include "tst_evaluations.moc"
