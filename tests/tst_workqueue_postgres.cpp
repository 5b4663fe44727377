// DESIGN §6 on PostgreSQL: the work queue's sorting, filters, keyset paging and transcript search give the
// same answers as on SQLite. Needs $QADESK_TEST_PG, the URL of a scratch database (scripts/test.sh starts one);
// without it, or when the server does not answer, the suite exits with 77, which CTest reports as skipped
// (unless $QADESK_TEST_PG_REQUIRED=1, as in scripts/test.sh, where an unreachable server is a failure).
#include "Error.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionReader.h"
#include "storage/TranscriptIndex.h"
#include "storage/WorkQueueStore.h"
#include "WorkspaceFixture.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace qadesk;

namespace {

constexpr int kSkipped = 77; // SKIP_RETURN_CODE in tests/CMakeLists.txt

// Why the suite cannot run here, or an empty string when it can.
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

} // namespace

class TestWorkQueuePostgres : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db; // SQLite with the same data: the reference answers
    const QString m_me = QStringLiteral("质检员甲");

    WorkQueueFilter all() const
    {
        WorkQueueFilter f;
        f.scope = WorkQueueScope::AllInteractions;
        f.inspector = m_me;
        return f;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path =
            m_dir.filePath(QStringLiteral("wq-%1.sqlite").arg(QString::fromUtf8(QTest::currentTestFunction())));
        QFile::remove(path);
        m_db = fixture::openDatabase(path);
        RubricStore(*m_db).ensureDefault();
        fixture::addInteractions(*m_db, 0, 25);
    }

    void cleanup() { m_db.reset(); }

    // Works in a schema of its own so that other suites can share the scratch database.
    void postgresqlRunsTheSameQueries()
    {
        Connection pg(qEnvironmentVariable("QADESK_TEST_PG"));
        pg.execute(QStringLiteral("DROP SCHEMA IF EXISTS workqueue_test CASCADE"));
        pg.execute(QStringLiteral("CREATE SCHEMA workqueue_test"));
        pg.execute(QStringLiteral("SET search_path TO workqueue_test"));
        Schema::migrate(pg);
        OrganisationZone::setInitial(pg, QByteArrayLiteral("UTC"));
        const int rubric = RubricStore(pg).ensureDefault();
        const QList<qint64> ids = fixture::addInteractions(pg, 0, 25);
        EvaluationStore evaluations(pg);
        Evaluation e = evaluations.load(evaluations.createDraft(ids[3], rubric, m_me));
        e.score = 70;
        evaluations.saveDraft(e);

        WorkQueueStore store(pg);
        for (int c = 0; c < kWorkQueueColumnCount; ++c) {
            for (const bool descending : {false, true}) {
                const QList<WorkQueueRow> rows = store.page(all(), {WorkQueueColumn(c), descending}, 0, 100);
                QCOMPARE(rows.size(), 25);
                // Compare with SQLite's answer for the same data, row by row.
                const QList<WorkQueueRow> reference =
                    WorkQueueStore(*m_db).page(all(), {WorkQueueColumn(c), descending}, 0, 100);
                if (WorkQueueColumn(c) != WorkQueueColumn::Score && WorkQueueColumn(c) != WorkQueueColumn::Status) {
                    for (int i = 0; i < rows.size(); ++i) {
                        QCOMPARE(rows.at(i).externalId, reference.at(i).externalId);
                    }
                }
            }
        }
        QCOMPARE(store.page(all(), {WorkQueueColumn::Score, true}, 0, 1).constFirst().interactionId, ids[3]);
        QList<WorkQueueRow> keyset;
        for (;;) {
            const QList<WorkQueueRow> page =
                store.page(all(), {}, 0, 7, keyset.isEmpty() ? nullptr : &keyset.constLast());
            keyset += page;
            if (page.size() < 7) {
                break;
            }
        }
        QCOMPARE(keyset.size(), 25);
        WorkQueueFilter f = all();
        f.state = EvaluationState::Draft;
        QCOMPARE(store.page(f, {}, 0, 100).size(), 1);
        f.state = EvaluationState::NotStarted;
        f.channel = QStringLiteral("chat");
        QCOMPARE(store.page(f, {}, 0, 100).size(), 6);

        TranscriptIndex index(pg);
        QVERIFY(!index.available());
        QCOMPARE(index.search(QStringLiteral("转运中心"), 100).size(), 25);
        QCOMPARE(index.search(QStringLiteral("sf1234567890"), 100).size(), 25); // case-insensitive there too
        QCOMPARE(index.search(QStringLiteral("%_%"), 100).size(), 0);
        QCOMPARE(index.search(QStringLiteral("李娜"), 100).size(), 6);
        store.setSearchHits(index.search(QStringLiteral("WS-00007"), 10));
        f = all();
        f.searchHitsOnly = true;
        QCOMPARE(store.page(f, {}, 0, 100).size(), 1);
        store.add(m_me, ids[1]);
        store.add(m_me, ids[1]);
        f = all();
        f.scope = WorkQueueScope::MyQueue;
        QCOMPARE(store.page(f, {}, 0, 100).size(), 1);
        QCOMPARE(InteractionReader(pg).load(ids[5]).turns.size(), 12);
        pg.execute(QStringLiteral("DROP SCHEMA workqueue_test CASCADE"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString reason = whyNotRunnable();
    if (!reason.isEmpty()) {
        const bool required = qEnvironmentVariable("QADESK_TEST_PG_REQUIRED") == QLatin1String("1");
        std::fprintf(stderr, "%s: %s\n", required ? "FAIL" : "SKIPPED", qPrintable(reason));
        return required ? 1 : kSkipped;
    }
    TestWorkQueuePostgres suite;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_workqueue_postgres.moc"
