// Work-queue storage: pages that never overlap, SQL-side sort with missing values last, filters, the
// inspector's queue, and transcript search (FTS5 trigram index, LIKE for short terms and for turns not
// indexed yet), with the index kept exact on delete.
#include "Error.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionReader.h"
#include "storage/TranscriptIndex.h"
#include "storage/WorkQueueStore.h"
#include "WorkspaceFixture.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

class TestWorkQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db;
    QList<qint64> m_ids;
    int m_rubricVersion = 0;
    const QString m_me = QStringLiteral("质检员甲");

    WorkQueueFilter all() const
    {
        WorkQueueFilter f;
        f.scope = WorkQueueScope::AllInteractions;
        f.inspector = m_me;
        return f;
    }

    QList<WorkQueueRow> everything(const WorkQueueFilter &filter, const WorkQueueSort &sort = {})
    {
        return WorkQueueStore(*m_db).page(filter, sort, 0, 10000);
    }

    QSet<qint64> idsOf(const QList<WorkQueueRow> &rows)
    {
        QSet<qint64> ids;
        for (const WorkQueueRow &r : rows) {
            ids.insert(r.interactionId);
        }
        return ids;
    }

    qint64 evaluate(qint64 interaction, bool submit, double score)
    {
        EvaluationStore store(*m_db);
        Evaluation e = store.load(store.createDraft(interaction, m_rubricVersion, m_me));
        e.score = score;
        e.gradeKey = QStringLiteral("pass");
        if (submit) {
            store.submit(e);
        } else {
            store.saveDraft(e);
        }
        return e.id;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path =
            m_dir.filePath(QStringLiteral("wq-%1.sqlite").arg(QString::fromUtf8(QTest::currentTestFunction())));
        QFile::remove(path);
        m_db = fixture::openDatabase(path);
        m_rubricVersion = RubricStore(*m_db).ensureDefault();
        m_ids = fixture::addInteractions(*m_db, 0, 25);
    }

    void cleanup() { m_db.reset(); }

    void pagesCoverEverythingOnceInOrder()
    {
        WorkQueueStore store(*m_db);
        QList<WorkQueueRow> seen;
        for (int offset = 0;; offset += 10) {
            const QList<WorkQueueRow> page = store.page(all(), {}, offset, 10);
            QVERIFY(page.size() <= 10);
            seen += page;
            if (page.size() < 10) {
                break;
            }
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(idsOf(seen).size(), 25);
        for (qsizetype i = 1; i < seen.size(); ++i) {
            QVERIFY(seen.at(i - 1).startedAt >= seen.at(i).startedAt);
        }
        // Interaction 24 is the newest, with its fields as written.
        const WorkQueueRow &first = seen.constFirst();
        QCOMPARE(first.externalId, QStringLiteral("WS-00024"));
        QCOMPARE(first.agentName, QStringLiteral("王芳"));
        QCOMPARE(first.teamName, QStringLiteral("售后一组"));
        QCOMPARE(first.channel, QStringLiteral("phone"));
        QCOMPARE(first.turnCount, 12);
        QCOMPARE(first.startedAt.offsetFromUtc(), 8 * 3600);
        QVERIFY(first.evaluationStatus.isEmpty());
    }

    void keysetPagesMatchOffsetPages_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::newRow("newest first") << true;
        QTest::newRow("oldest first") << false;
    }

    void keysetPagesMatchOffsetPages()
    {
        QFETCH(bool, descending);
        // Two interactions at the same second: the id breaks the tie the same way in both kinds of paging.
        {
            Transaction t(*m_db);
            InteractionWriter writer(*m_db);
            Interaction twin = fixture::makeInteraction(3);
            twin.externalId = QStringLiteral("WS-twin");
            writer.insert(twin);
            writer.finish();
            t.commit();
        }
        WorkQueueStore store(*m_db);
        const WorkQueueSort sort{WorkQueueColumn::Time, descending};
        const QList<WorkQueueRow> reference = store.page(all(), sort, 0, 100);
        QCOMPARE(reference.size(), 26);
        QList<WorkQueueRow> keyset;
        for (;;) {
            const QList<WorkQueueRow> page =
                store.page(all(), sort, 0, 4, keyset.isEmpty() ? nullptr : &keyset.constLast());
            keyset += page;
            if (page.size() < 4) {
                break;
            }
        }
        QCOMPARE(keyset.size(), reference.size());
        for (qsizetype i = 0; i < keyset.size(); ++i) {
            QCOMPARE(keyset.at(i).interactionId, reference.at(i).interactionId);
        }
    }

    void sortsInSqlWithMissingValuesLast_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int c = 0; c < kWorkQueueColumnCount; ++c) {
            QTest::addRow("column %d asc", c) << c << false;
            QTest::addRow("column %d desc", c) << c << true;
        }
    }

    void sortsInSqlWithMissingValuesLast()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        evaluate(m_ids[3], true, 85.0);
        evaluate(m_ids[7], false, 60.0);
        evaluate(m_ids[9], true, 40.0);
        const WorkQueueSort sort{WorkQueueColumn(column), descending};
        const QList<WorkQueueRow> rows = everything(all(), sort);
        QCOMPARE(rows.size(), 25);
        // The value each column sorts by; an invalid QVariant for a missing value.
        const auto key = [column](const WorkQueueRow &r) -> QVariant {
            switch (WorkQueueColumn(column)) {
            case WorkQueueColumn::Time:
                return r.startedAt.toSecsSinceEpoch();
            case WorkQueueColumn::Agent:
                return r.agentName;
            case WorkQueueColumn::Team:
                return r.teamName;
            case WorkQueueColumn::Channel:
                return r.channel;
            case WorkQueueColumn::Category:
                return r.category;
            case WorkQueueColumn::Duration:
                return r.handleS ? QVariant(*r.handleS) : QVariant();
            case WorkQueueColumn::Csat:
                return r.csat ? QVariant(*r.csat) : QVariant();
            case WorkQueueColumn::Status:
                return r.evaluationStatus.isEmpty() ? 0 : r.evaluationStatus == QLatin1String("draft") ? 1 : 2;
            case WorkQueueColumn::Score:
                return r.score ? QVariant(*r.score) : QVariant();
            }
            return {};
        };
        bool seenMissing = false;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QVariant k = key(rows.at(i));
            if (!k.isValid()) {
                seenMissing = true;
                continue;
            }
            QVERIFY2(!seenMissing, "a value after a missing one");
            if (i > 0 && key(rows.at(i - 1)).isValid()) {
                const auto order = QVariant::compare(key(rows.at(i - 1)), k);
                QVERIFY2(descending ? order != QPartialOrdering::Less : order != QPartialOrdering::Greater,
                         qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(i - 1).arg(i)));
            }
        }
        if (WorkQueueColumn(column) == WorkQueueColumn::Score) {
            QCOMPARE(rows.at(0).interactionId, descending ? m_ids[3] : m_ids[9]);
            QVERIFY(seenMissing);
        }
    }

    void filtersByChannelCategoryTeamAndState()
    {
        evaluate(m_ids[0], true, 90.0);
        evaluate(m_ids[1], false, 70.0);
        WorkQueueFilter f = all();
        f.channel = QStringLiteral("chat");
        for (const WorkQueueRow &r : everything(f)) {
            QCOMPARE(r.channel, QStringLiteral("chat"));
        }
        QCOMPARE(everything(f).size(), 6); // 1, 5, 9, 13, 17, 21

        f = all();
        f.category = QStringLiteral("complaint");
        QCOMPARE(everything(f).size(), 8); // 0–3, 20–23

        f = all();
        const QList<TeamRef> teams = WorkQueueStore(*m_db).teams();
        QCOMPARE(teams.size(), 2);
        // By pinyin: 售后 (shòuhòu) before 售前 (shòuqián), although 前 comes first by code point.
        QCOMPARE(teams.at(0).name, QStringLiteral("售后一组"));
        QCOMPARE(teams.at(1).name, QStringLiteral("售前二组"));
        f.teamId = teams.at(1).id;
        for (const WorkQueueRow &r : everything(f)) {
            QCOMPARE(r.teamName, teams.at(1).name);
        }
        QCOMPARE(everything(f).size(), 12);

        f = all();
        f.state = EvaluationState::Submitted;
        QCOMPARE(idsOf(everything(f)), QSet<qint64>{m_ids[0]});
        f.state = EvaluationState::Draft;
        QCOMPARE(idsOf(everything(f)), QSet<qint64>{m_ids[1]});
        f.state = EvaluationState::NotStarted;
        QCOMPARE(everything(f).size(), 23);

        const auto row = WorkQueueStore(*m_db).row(m_ids[0]);
        QVERIFY(row);
        QCOMPARE(row->evaluationStatus, QStringLiteral("submitted"));
        QCOMPARE(row->score, std::optional<double>(90.0));
    }

    void queueBelongsToItsInspector()
    {
        WorkQueueStore store(*m_db);
        store.add(m_me, m_ids[2]);
        store.add(m_me, m_ids[4]);
        store.add(m_me, m_ids[4]); // twice is once
        store.add(QStringLiteral("质检员乙"), m_ids[5]);
        WorkQueueFilter mine = all();
        mine.scope = WorkQueueScope::MyQueue;
        QCOMPARE(idsOf(everything(mine)), (QSet<qint64>{m_ids[2], m_ids[4]}));
        QCOMPARE(store.queueSize(m_me), 2);
        QVERIFY(store.contains(m_me, m_ids[2]));
        QVERIFY(!store.contains(m_me, m_ids[5]));
        store.remove(m_me, m_ids[2]);
        QCOMPARE(idsOf(everything(mine)), QSet<qint64>{m_ids[4]});
        mine.inspector = QStringLiteral("nobody");
        QVERIFY(everything(mine).isEmpty());
    }

    void searchFindsTranscriptText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hits");
        QTest::newRow("three CJK characters (index)") << QStringLiteral("转运中心") << 25;
        QTest::newRow("two CJK characters (LIKE)") << QStringLiteral("快递") << 25;
        QTest::newRow("Latin, any case") << QStringLiteral("sf1234567890") << 25;
        QTest::newRow("two terms, both needed") << QStringLiteral("天气 退款") << 25;
        QTest::newRow("one term missing") << QStringLiteral("天气 发票") << 0;
        QTest::newRow("nowhere") << QStringLiteral("不存在的词语") << 0;
        QTest::newRow("LIKE wildcards are literal") << QStringLiteral("%_%") << 0;
        QTest::newRow("FTS syntax is literal") << QStringLiteral("\"快递 OR NEAR(") << 0;
        QTest::newRow("external id") << QStringLiteral("WS-00007") << 1;
        QTest::newRow("agent name") << QStringLiteral("李娜") << 6;
        QTest::newRow("agent code") << QStringLiteral("A03") << 6;
    }

    void searchFindsTranscriptText()
    {
        QFETCH(QString, text);
        QFETCH(int, hits);
        const QList<qint64> found = TranscriptIndex(*m_db).search(text, 1000);
        QCOMPARE(found.size(), hits);
        for (qsizetype i = 1; i < found.size(); ++i) {
            QVERIFY(found.at(i - 1) > found.at(i));
        }
    }

    void searchHitsNarrowThePages()
    {
        addOneWithText(QStringLiteral("我要投诉你们的发票开错了"));
        TranscriptIndex index(*m_db);
        const QList<qint64> hits = index.search(QStringLiteral("发票开错"), 100);
        QCOMPARE(hits.size(), 1);
        WorkQueueStore store(*m_db);
        store.setSearchHits(hits);
        WorkQueueFilter f = all();
        f.searchHitsOnly = true;
        QCOMPARE(idsOf(everything(f)), QSet<qint64>(hits.cbegin(), hits.cend()));
        store.setSearchHits({});
        QVERIFY(everything(f).isEmpty());
        // Search within the inspector's queue.
        store.setSearchHits({m_ids[1], m_ids[2]});
        store.add(m_me, m_ids[2]);
        f.scope = WorkQueueScope::MyQueue;
        QCOMPARE(idsOf(everything(f)), QSet<qint64>{m_ids[2]});
    }

    void indexCatchesUpAndStaysExact()
    {
        TranscriptIndex index(*m_db);
        if (!index.available()) {
            QSKIP("This SQLite has no FTS5 trigram tokenizer; search uses LIKE only.");
        }
        QCOMPARE(index.pendingTurns(), 0); // the fixture indexed its turns
        // Turns written since are not indexed yet, but search still finds them.
        {
            Transaction t(*m_db);
            InteractionWriter writer(*m_db);
            Interaction in = fixture::makeInteraction(100);
            in.turns[0].text = QStringLiteral("独一无二的暗号甲乙丙");
            writer.insert(in);
            t.commit();
        }
        QCOMPARE(index.pendingTurns(), 12);
        QCOMPARE(index.search(QStringLiteral("暗号甲乙丙"), 10).size(), 1);
        {
            Transaction t(*m_db);
            QCOMPARE(index.catchUp(5), 5);
            QCOMPARE(index.catchUp(), 7);
            t.commit();
        }
        QCOMPARE(index.pendingTurns(), 0);
        QCOMPARE(index.search(QStringLiteral("暗号甲乙丙"), 10).size(), 1);

        // Deleting an interaction removes its turns from the index (trigger), and a reused rowid below
        // the mark is indexed at once.
        const qint64 last = index.search(QStringLiteral("暗号甲乙丙"), 10).constFirst();
        m_db->run(QStringLiteral("DELETE FROM interactions WHERE id = ?"), {last});
        QCOMPARE(index.search(QStringLiteral("暗号甲乙丙"), 10).size(), 0);
        addOneWithText(QStringLiteral("重新使用的行号内容"), false);
        QCOMPARE(index.pendingTurns(), 0);
        QCOMPARE(index.search(QStringLiteral("重新使用的行号"), 10).size(), 1);
        m_db->run(QStringLiteral("UPDATE turns SET text = ? WHERE text = ?"),
                  {QStringLiteral("改过的文字内容"), QStringLiteral("重新使用的行号内容")});
        QCOMPARE(index.search(QStringLiteral("重新使用的行号"), 10).size(), 0);
        QCOMPARE(index.search(QStringLiteral("改过的文字"), 10).size(), 1);
        m_db->run(QStringLiteral("INSERT INTO turns_fts (turns_fts, rank) VALUES ('integrity-check', 1)"));
    }

    void catchUpInChunksFromScratch()
    {
        TranscriptIndex index(*m_db);
        if (!index.available()) {
            QSKIP("no FTS5");
        }
        // A database migrated from version 1 starts with nothing indexed.
        m_db->run(QStringLiteral("INSERT INTO turns_fts (turns_fts) VALUES ('delete-all')"));
        Schema::setMeta(*m_db, QStringLiteral("fts_indexed_turn_id"), QStringLiteral("0"));
        QCOMPARE(index.pendingTurns(), 25 * 12);
        QCOMPARE(index.catchUpInChunks(64), 25 * 12);
        QCOMPARE(index.pendingTurns(), 0);
        QCOMPARE(index.search(QStringLiteral("转运中心"), 100).size(), 25);
        std::atomic<bool> cancelled{true};
        QCOMPARE(index.catchUpInChunks(64, &cancelled), 0);
    }

    void readerLoadsTurnsInOrder()
    {
        const Interaction in = InteractionReader(*m_db).load(m_ids[5]);
        QCOMPARE(in.externalId, QStringLiteral("WS-00005"));
        QCOMPARE(in.agentName, QStringLiteral("李娜"));
        QCOMPARE(in.teamName, QStringLiteral("售后一组"));
        QCOMPARE(in.turns.size(), 12);
        QCOMPARE(in.turns.at(0).speaker, QStringLiteral("customer"));
        QCOMPARE(in.turns.at(1).startMs, std::optional<qint64>(4400));
        QVERIFY(!in.csat); // 5 % 6 == 5: no survey
        QCOMPARE(in.startedAt.offsetFromUtc(), 8 * 3600);
        QVERIFY_THROWS_EXCEPTION(Error, InteractionReader(*m_db).load(999999));
    }

private:
    void addOneWithText(const QString &text, bool finish = true)
    {
        Transaction t(*m_db);
        InteractionWriter writer(*m_db);
        Interaction in = fixture::makeInteraction(200 + int(m_ids.size()));
        in.externalId += QStringLiteral("-x%1").arg(text.size());
        in.turns = {Turn{0, 0, QStringLiteral("customer"), 0, 1000, text}};
        writer.insert(in);
        if (finish) {
            writer.finish();
        }
        t.commit();
    }
};

QTEST_GUILESS_MAIN(TestWorkQueue)
#include "tst_workqueue.moc"
