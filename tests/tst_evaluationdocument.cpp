// The evaluation document without widgets: live score, undo/redo with merged typing, autosave within
// a second and reopening after the object is gone, validation, submit lock and audit, suggestions.
#include "Error.h"
#include "evaluation/DraftSaver.h"
#include "evaluation/EvaluationDocument.h"
#include "rules/ScoreSuggestions.h"
#include "scoring/RubricLoader.h"
#include "storage/AuditLog.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionReader.h"
#include "storage/RubricStore.h"
#include "WorkspaceFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <QUndoStack>

using namespace qadesk;

class TestEvaluationDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db;
    std::unique_ptr<DraftSaver> m_saver;
    QList<qint64> m_ids;
    const QString m_me = QStringLiteral("质检员甲");

    std::unique_ptr<EvaluationDocument> open(int i = 0) { return EvaluationDocument::open(*m_db, *m_saver, m_ids[i], m_me); }

private slots:
    void init()
    {
        const QString path =
            m_dir.filePath(QStringLiteral("doc-%1.sqlite").arg(QString::fromUtf8(QTest::currentTestFunction())));
        QFile::remove(path);
        m_db = fixture::openDatabase(path);
        m_ids = fixture::addInteractions(*m_db, 0, 3);
        m_saver = std::make_unique<DraftSaver>(path);
    }

    void cleanup()
    {
        m_saver.reset();
        m_db.reset();
    }

    void liveScoreFollowsEveryChange()
    {
        auto doc = open();
        QCOMPARE(doc->dimensionCount(), 6);
        QVERIFY(!doc->result().score);
        const int levels[] = {5, 4, 3, 4, 5, 3}; // DESIGN: 79, pass
        // Hand-computed: 100 × Σwᵢsᵢ / (5 × Σwᵢ) over the dimensions scored so far.
        const double expected[] = {100, 88.5714285714, 76.6666666667, 77.3333333333, 81.1111111111, 79.0};
        for (int i = 0; i < 6; ++i) {
            doc->setScore(i, levels[i]);
            QVERIFY(doc->result().score);
            QVERIFY2(qAbs(*doc->result().exactScore - expected[i]) < 1e-6,
                     qPrintable(QString::number(*doc->result().exactScore)));
            QCOMPARE(*doc->result().score, std::round(expected[i] * 100) / 100); // the official score
        }
        QCOMPARE(doc->result().gradeKey, QStringLiteral("pass"));
        doc->setNotApplicable(5, true); // records N/A: 100 × (15×5+20×4+25×3+15×4+15×5) / (5 × 90)
        QVERIFY(qAbs(*doc->result().exactScore - 100.0 * 365 / 450) < 1e-9);
        QCOMPARE(*doc->result().score, 81.11);
        doc->setCriticalFailed(QStringLiteral("abusive_language"), true);
        QCOMPARE(*doc->result().score, 0.0);
        QCOMPARE(doc->result().gradeKey, QStringLiteral("needs_improvement"));
        QVERIFY(!doc->hasUnsavedChanges() || doc->evaluation().id == 0);
    }

    void undoRedoEveryChange()
    {
        auto doc = open();
        QUndoStack *stack = doc->undoStack();
        doc->setScore(0, 4);
        doc->setScore(0, 4); // no change, no command
        QCOMPARE(stack->count(), 1);
        doc->setNotApplicable(1, true);
        doc->setComment(2, QStringLiteral("解"));
        doc->setComment(2, QStringLiteral("解决"));
        doc->setComment(2, QStringLiteral("解决及时"));
        QCOMPARE(stack->count(), 3); // typing in one comment is one step
        doc->setComment(3, QStringLiteral("知识"));
        QCOMPARE(stack->count(), 4); // another comment is another step
        doc->addEvidence(2, {12, 10, 12});
        QCOMPARE(doc->dimension(2).evidenceTurnIds, (QList<qint64>{10, 12}));
        doc->setChecklist(QStringLiteral("greeting"), QStringLiteral("yes"));
        doc->setOverallComment(QStringLiteral("整体"));
        doc->setOverallComment(QStringLiteral("整体不错"));
        QCOMPARE(stack->count(), 7);
        const EvaluationContent full = doc->content();

        for (int i = 0; i < 7; ++i) {
            stack->undo();
        }
        QVERIFY(!doc->dimension(0).score);
        QVERIFY(!doc->dimension(1).notApplicable);
        QVERIFY(doc->dimension(2).comment.isEmpty());
        QVERIFY(doc->checklistResult(QStringLiteral("greeting")).isEmpty());
        QVERIFY(!doc->result().score);
        for (int i = 0; i < 7; ++i) {
            stack->redo();
        }
        QVERIFY(doc->content() == full);
        QCOMPARE(*doc->dimension(0).score, 4);

        // Typing back to the original text leaves no step behind.
        doc->setComment(4, QStringLiteral("x"));
        doc->setComment(4, QString());
        QCOMPARE(stack->count(), 7);
    }

    void autosavesWithinASecondAndReopens()
    {
        QElapsedTimer clock;
        auto doc = open(1);
        QSignalSpy saved(doc.get(), &EvaluationDocument::saved);
        clock.start();
        doc->setScore(0, 2);
        QVERIFY(doc->hasUnsavedChanges());
        doc->setComment(0, QStringLiteral("首次响应超过10秒"));
        QTRY_VERIFY_WITH_TIMEOUT(!doc->hasUnsavedChanges(), 1000);
        QVERIFY(clock.elapsed() <= 1000);
        QVERIFY(saved.count() >= 1);
        const int before = int(saved.count());
        doc->setScore(1, 5);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), before + 1, 1000);

        // What a crash would leave: the database file as another connection (another process) reads it
        // while this document is still open and has not been closed.
        Connection other(m_db->location());
        auto reopened = EvaluationDocument::open(other, *m_saver, m_ids[1], m_me);
        QVERIFY(reopened->evaluation().id > 0);
        QCOMPARE(reopened->evaluation().id, doc->evaluation().id);
        QCOMPARE(reopened->dimension(0).score, std::optional<int>(2));
        QCOMPARE(reopened->dimension(0).comment, QStringLiteral("首次响应超过10秒"));
        QCOMPARE(reopened->dimension(1).score, std::optional<int>(5));
        QCOMPARE(reopened->evaluation().status, QStringLiteral("draft"));
        const QList<AuditEntry> audit =
            AuditLog(other).forEntity(QStringLiteral("evaluation"), reopened->evaluation().id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).action, QStringLiteral("create"));
        QCOMPARE(audit.at(0).actor, m_me);
    }

    void orderlyCloseSavesAtOnce()
    {
        {
            auto doc = open(2);
            doc->setScore(3, 3);
        }
        QVERIFY(m_saver->waitForIdle(5000));
        QCOMPARE(open(2)->dimension(3).score, std::optional<int>(3));
    }

    void browsingCreatesNothing()
    {
        {
            auto doc = open(0);
        }
        QVERIFY(EvaluationStore(*m_db).idsForInteraction(m_ids[0]).isEmpty());
    }

    void submitValidatesThenLocks()
    {
        auto doc = open();
        QList<ValidationProblem> problems = doc->submit();
        QCOMPARE(problems.size(), 12); // six dimensions without a level, six checklist steps unanswered
        QCOMPARE(problems.at(0).dimension, 0);
        QCOMPARE(problems.at(6).dimension, -1);
        QCOMPARE(problems.at(6).checklistStep, doc->rubric().checklist.at(0).key);
        QVERIFY2(problems.at(6).message.contains(doc->rubric().checklist.at(0).name(false)),
                 qPrintable(problems.at(6).message));
        for (int i = 0; i < 6; ++i) {
            doc->setScore(i, 4);
        }
        doc->setScore(2, 2);
        doc->setNotApplicable(5, true);
        // Yes, no and N/A all count as answers; one step left open is still a problem.
        const QList<ChecklistStep> steps = doc->rubric().checklist;
        const QString answers[] = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("na")};
        for (qsizetype i = 0; i + 1 < steps.size(); ++i) {
            doc->setChecklist(steps.at(i).key, answers[i % 3]);
        }
        problems = doc->submit();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(1).checklistStep, steps.constLast().key);
        doc->setChecklist(steps.constLast().key, QStringLiteral("yes"));
        problems = doc->submit();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).dimension, 2);
        QVERIFY(problems.at(0).message.contains(QStringLiteral("comment")));
        QCOMPARE(doc->evaluation().status, QStringLiteral("draft"));
        doc->setComment(2, QStringLiteral("多次协调才解决"));
        QSignalSpy submitted(doc.get(), &EvaluationDocument::submitted);
        QVERIFY(doc->submit().isEmpty());
        QVERIFY(doc->isLocked()); // while it is being written, too
        QTRY_COMPARE(submitted.count(), 1);
        QVERIFY(doc->isLocked());
        QVERIFY(!doc->isSubmitting());
        QCOMPARE(doc->undoStack()->count(), 0);
        const double score = *doc->result().score;
        doc->setScore(0, 1); // ignored
        QCOMPARE(*doc->dimension(0).score, 4);
        QCOMPARE(*doc->result().score, score);

        const Evaluation stored = EvaluationStore(*m_db).load(doc->evaluation().id);
        QCOMPARE(stored.status, QStringLiteral("submitted"));
        QVERIFY(qAbs(*stored.score - score) < 1e-9);
        QCOMPARE(stored.gradeKey, doc->result().gradeKey);
        const QList<AuditEntry> audit = AuditLog(*m_db).forEntity(QStringLiteral("evaluation"), stored.id);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(1).action, QStringLiteral("submit"));
        // Reopened, it is the locked evaluation, also for another inspector.
        QVERIFY(open()->isLocked());
        QVERIFY(EvaluationDocument::open(*m_db, *m_saver, m_ids[0], QStringLiteral("质检员乙"))->isLocked());
    }

    // A rubric that makes the checklist optional ("checklist_optional": true) submits without it.
    void anOptionalChecklistIsNotRequired()
    {
        Rubric rubric = RubricLoader::defaultRubric();
        QVERIFY(!rubric.checklistOptional);
        rubric.checklistOptional = true;
        const Rubric reread = RubricLoader::fromJson(RubricLoader::toJson(rubric), QStringLiteral("test"));
        QVERIFY(reread.checklistOptional);
        QVERIFY(!RubricLoader::toJson(RubricLoader::defaultRubric()).contains("checklist_optional"));
        Evaluation evaluation;
        evaluation.status = QStringLiteral("draft");
        for (qsizetype i = 0; i < rubric.dimensions.size(); ++i) {
            DimensionEvaluation d;
            d.key = rubric.dimensions.at(i).key;
            d.score = 4;
            evaluation.dimensions.append(d);
        }
        EvaluationDocument optional(*m_saver, reread, evaluation);
        QVERIFY(optional.validate().isEmpty());
        EvaluationDocument required(*m_saver, RubricLoader::defaultRubric(), evaluation);
        QCOMPARE(required.validate().size(), RubricLoader::defaultRubric().checklist.size());
    }

    void everyDimensionNotApplicableHasNoScore()
    {
        auto doc = open();
        for (int i = 0; i < 6; ++i) {
            doc->setNotApplicable(i, true);
        }
        for (const ChecklistStep &step : doc->rubric().checklist) {
            doc->setChecklist(step.key, QStringLiteral("na"));
        }
        QSignalSpy submitted(doc.get(), &EvaluationDocument::submitted);
        QVERIFY(doc->submit().isEmpty());
        QTRY_COMPARE(submitted.count(), 1);
        QVERIFY(!EvaluationStore(*m_db).load(doc->evaluation().id).score);
    }

    void suggestionsFromTimingAndSurvey()
    {
        auto doc = open();
        Interaction in = InteractionReader(*m_db).load(m_ids[0]); // first response 4.4 s, CSAT 1
        QList<ScoreSuggestion> s = ScoreSuggestions::forInteraction(doc->rubric(), in);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).dimensionKey, QStringLiteral("response"));
        QCOMPARE(s.at(0).level, 4);
        QVERIFY(s.at(0).reason.contains(QStringLiteral("4.4")));
        QCOMPARE(s.at(1).dimensionKey, QStringLiteral("satisfaction"));
        QCOMPARE(s.at(1).level, *in.csat);
        in.firstResponseS = 31;
        in.csat.reset();
        s = ScoreSuggestions::forInteraction(doc->rubric(), in);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).level, 1);
        // E-mail is timed in hours (rubric "response_times"): 5 h is level 3 (4–8 h), 31 s level 5 (within 1 h);
        // the reason says hours, never 18000 s.
        in.channel = QStringLiteral("email");
        in.firstResponseS = 5 * 3600;
        s = ScoreSuggestions::forInteraction(doc->rubric(), in);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).level, 3);
        QVERIFY2(s.at(0).reason.contains(QStringLiteral("5.0 h")), qPrintable(s.at(0).reason));
        in.firstResponseS = 31;
        QCOMPARE(ScoreSuggestions::forInteraction(doc->rubric(), in).at(0).level, 5);
        in.firstResponseS = 3 * 86400 + 100;
        s = ScoreSuggestions::forInteraction(doc->rubric(), in);
        QCOMPARE(s.at(0).level, 1);
        QVERIFY2(s.at(0).reason.contains(QStringLiteral("3 days")), qPrintable(s.at(0).reason));
        // Nothing was applied.
        QVERIFY(!doc->dimension(0).score);
    }

    void aChangeElsewhereIsReportedNotOverwritten()
    {
        auto doc = open();
        doc->setScore(0, 3);
        QTRY_VERIFY(!doc->hasUnsavedChanges());
        // Another window submits the same draft meanwhile.
        EvaluationStore store(*m_db);
        Evaluation other = store.load(doc->evaluation().id);
        store.submit(other);
        QSignalSpy conflict(doc.get(), &EvaluationDocument::conflict);
        doc->setScore(1, 3);
        QTRY_COMPARE(conflict.count(), 1);
        QVERIFY(conflict.at(0).at(0).toString().contains(QString::number(doc->evaluation().id)));
        QVERIFY(doc->hasUnsavedChanges()); // kept, not dropped, until the user chooses
        QCOMPARE(store.load(other.id).status, QStringLiteral("submitted"));
        QVERIFY(!store.load(other.id).dimensions.value(1).score); // theirs was not overwritten
    }

    // A lock held by another program (here: another connection in a write transaction) is waited out:
    // the edit is reported as not saved yet, kept, and lands by itself once the lock goes.
    void aLockedDatabaseDelaysButNeverLosesAnEdit()
    {
        auto doc = open(1);
        QSignalSpy failed(doc.get(), &EvaluationDocument::saveFailed);
        Connection other(m_db->location());
        other.begin(); // BEGIN IMMEDIATE: the write lock
        doc->setScore(0, 5);
        doc->setComment(0, QStringLiteral("锁住时写的"));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 5000);
        QVERIFY(failed.constLast().at(0).toString().contains(QStringLiteral("busy")));
        QVERIFY(doc->hasUnsavedChanges());
        QTest::qWait(600); // several retries while still locked
        QVERIFY(doc->hasUnsavedChanges());
        other.rollback();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->hasUnsavedChanges(), 5000);
        const std::optional<Evaluation> stored = EvaluationStore(other).currentDraft(m_ids[1], m_me);
        QVERIFY(stored);
        QCOMPARE(stored->dimensions.value(0).score, std::optional<int>(5));
        QCOMPARE(stored->dimensions.value(0).comment, QStringLiteral("锁住时写的"));
    }

    // Two windows (two savers) open the same interaction before any draft exists: the second to save is
    // told, and the schema never holds two drafts of one interaction and inspector.
    void twoWindowsOneInteractionAreToldNotDuplicated()
    {
        DraftSaver secondWindow(m_db->location());
        auto first = open(2);
        auto second = EvaluationDocument::open(*m_db, secondWindow, m_ids[2], m_me);
        QSignalSpy conflict(second.get(), &EvaluationDocument::conflict);
        first->setScore(0, 4);
        QTRY_VERIFY(!first->hasUnsavedChanges());
        second->setScore(0, 2);
        QTRY_COMPARE(conflict.count(), 1);
        QVERIFY(conflict.at(0).at(0).toString().contains(QString::number(first->evaluation().id)));
        QCOMPARE(EvaluationStore(*m_db).idsForInteraction(m_ids[2]).size(), 1);
        QCOMPARE(EvaluationStore(*m_db).currentDraft(m_ids[2], m_me)->dimensions.value(0).score, std::optional<int>(4));

        // "Keep mine": the second window's content goes over the stored draft, into the same row.
        second->keepMine();
        QTRY_VERIFY(!second->hasUnsavedChanges());
        QCOMPARE(EvaluationStore(*m_db).idsForInteraction(m_ids[2]).size(), 1);
        QCOMPARE(EvaluationStore(*m_db).currentDraft(m_ids[2], m_me)->dimensions.value(0).score, std::optional<int>(2));
        QCOMPARE(second->evaluation().id, first->evaluation().id);

        // The first window, behind now, is told in turn; "reload theirs" drops its change.
        QSignalSpy firstConflict(first.get(), &EvaluationDocument::conflict);
        first->setScore(1, 1);
        QTRY_COMPARE(firstConflict.count(), 1);
        first->discardMine();
        QVERIFY(!first->hasUnsavedChanges());
        QVERIFY(secondWindow.waitForIdle(5000));
        QVERIFY(m_saver->waitForIdle(5000));
        QCOMPARE(EvaluationStore(*m_db).currentDraft(m_ids[2], m_me)->dimensions.value(1).score, std::nullopt);
    }

    // A window that opens what another window shows is told so at once; the first learns at its next
    // heartbeat; when the other goes, the notice goes too.
    void aSecondWindowIsToldTheEvaluationIsOpenElsewhere()
    {
        const DraftSaver::Key key{m_ids[1], m_me};
        QSignalSpy first(m_saver.get(), &DraftSaver::openElsewhere);
        m_saver->setShown(key);
        QTRY_COMPARE(first.count(), 1);
        QCOMPARE(first.at(0).at(1).toBool(), false); // alone so far
        auto second = std::make_unique<DraftSaver>(m_db->location());
        QSignalSpy told(second.get(), &DraftSaver::openElsewhere);
        second->setShown(key);
        QTRY_COMPARE(told.count(), 1);
        QCOMPARE(told.at(0).at(0).value<DraftSaver::Key>(), key);
        QCOMPARE(told.at(0).at(1).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(first.count() >= 2 && first.constLast().at(1).toBool(), 3 * DraftSaver::kHeartbeatMs);
        // Another interaction is not "open elsewhere".
        second->setShown({m_ids[2], m_me});
        QTRY_VERIFY(told.count() >= 2 && !told.constLast().at(1).toBool());
        second.reset(); // leaves
        QTRY_VERIFY_WITH_TIMEOUT(!first.constLast().at(1).toBool(), 3 * DraftSaver::kHeartbeatMs);
    }

    void theSchemaRefusesASecondDraft()
    {
        EvaluationStore store(*m_db);
        const qint64 rubric = RubricStore(*m_db).ensureDefault();
        store.createDraft(m_ids[0], rubric, m_me);
        QVERIFY_THROWS_EXCEPTION(ConflictError, store.createDraft(m_ids[0], rubric, m_me));
        // Even written directly, a second draft row is refused by the unique index.
        QVERIFY_THROWS_EXCEPTION(Error, m_db->run(QStringLiteral("INSERT INTO evaluations (interaction_id, "
                                                                 "rubric_version_id, inspector_id, status, created_at, "
                                                                 "updated_at) SELECT interaction_id, rubric_version_id, "
                                                                 "inspector_id, 'draft', 0, 0 FROM evaluations")));
        QCOMPARE(store.idsForInteraction(m_ids[0]).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationDocument)
#include "tst_evaluationdocument.moc"
