// The Importer service: one transaction per file, duplicates, dry run, batch order, cancel, progress, rollups.

#include "ImportTestSupport.h"
#include "storage/RollupStore.h"

#include <QFile>

using namespace qadesk;
using namespace qadesk::test;

namespace {

QString valid(const char *name)
{
    return importFixture(QStringLiteral("valid/") + QString::fromUtf8(name));
}

QByteArray rollupFingerprint(Connection &c)
{
    return RollupStore(c).dump().join(QLatin1Char('\n')).toUtf8();
}

} // namespace

class ImportImporterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write");
        }
        file.write(bytes);
        return path;
    }

    QString largeJsonl(int records)
    {
        QByteArray bytes;
        for (int i = 0; i < records; ++i) {
            bytes += "{\"external_id\": \"L-" + QByteArray::number(i) +
                     "\", \"started_at\": \"2024-03-05T09:15:02+08:00\", \"agent\": {\"id\": \"A1\"}, "
                     "\"turns\": [{\"speaker\": \"agent\", \"text\": \"hi\"}]}\n";
        }
        return write(QStringLiteral("large.jsonl"), bytes);
    }

private slots:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite")));
        m_db = freshDatabase(m_dir);
    }

    void duplicatesAreSkippedAndCounted()
    {
        QCOMPARE(importFiles(*m_db, {valid("array.json")}).imported(), 3);
        const QByteArray before = fingerprint(*m_db);
        const ImportResult again = importFiles(*m_db, {valid("array.json")});
        QVERIFY(again.allAccepted());
        QCOMPARE(again.imported(), 0);
        QCOMPARE(again.duplicates(), 3);
        QCOMPARE(fingerprint(*m_db), before);
    }

    void duplicatesWithinOneFile()
    {
        const QString path = write(QStringLiteral("twice.jsonl"),
                                   R"({"external_id": "D", "started_at": "2024-03-05T09:15:02Z", "agent": {"id": "A1"}}
{"external_id": "D", "started_at": "2024-03-06T09:15:02Z", "agent": {"id": "A2"}}
)");
        const ImportResult result = importFiles(*m_db, {path});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 1);
        QCOMPARE(result.duplicates(), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT started_at FROM interactions")).toLongLong(), qint64(1709630102));
    }

    void dryRunWritesNothing()
    {
        QVERIFY(importFiles(*m_db, {valid("lines.jsonl")}).allAccepted());
        const QByteArray before = fingerprint(*m_db);
        ImportOptions options;
        options.dryRun = true;
        const ImportResult result =
            importFiles(*m_db, {valid("array.json"), valid("lines.jsonl"), valid("chinese-untimed.txt")}, options);
        QVERIFY(result.allAccepted());
        QVERIFY(result.dryRun);
        QCOMPARE(result.imported(), 4);   // 3 + the transcript
        QCOMPARE(result.duplicates(), 3); // lines.jsonl is in already
        QCOMPARE(fingerprint(*m_db), before);
    }

    void dryRunBatchSeesEarlierFiles()
    {
        const QByteArray before = fingerprint(*m_db);
        ImportOptions options;
        options.dryRun = true;
        const ImportResult result = importFiles(*m_db, {valid("turns.csv"), valid("interactions.csv")}, options);
        QVERIFY2(result.allAccepted(), qPrintable(describe(result)));
        QCOMPARE(result.imported(), 7);
        QCOMPARE(fingerprint(*m_db), before);
    }

    void interactionsGoBeforeTheirTurns()
    {
        const ImportResult result =
            importFiles(*m_db, {valid("turns.csv"), valid("call-header.srt"), valid("interactions.csv")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.files.size(), 3);
        QCOMPARE(result.files.at(0).format, ImportFormat::CsvInteractions);
        QCOMPARE(result.files.at(1).format, ImportFormat::Srt);
        QCOMPARE(result.files.at(2).format, ImportFormat::CsvTurns);
        QCOMPARE(result.files.at(2).file, valid("turns.csv")); // named as the caller named it
    }

    void aRejectedFileLeavesTheOthersAlone()
    {
        const ImportResult result = importFiles(
            *m_db, {valid("array.json"), importFixture(QStringLiteral("malformed/survey-out-of-range.jsonl")),
                    valid("lines.jsonl")});
        QVERIFY(!result.allAccepted());
        QCOMPARE(result.rejectedFiles(), 1);
        QCOMPARE(result.imported(), 6);
        QCOMPARE(count(*m_db, QStringLiteral("interactions")), qint64(6));
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE external_id LIKE 'S-%'")).toInt(), 0);
        QVERIFY(result.files.at(0).accepted);
        QVERIFY(!result.files.at(1).accepted);
        QVERIFY(result.files.at(2).accepted);
    }

    // Format detection only looks at a file: a first line that is broken CSV (a transcript holding `,"`) must
    // neither throw out of the batch nor be mistaken for a CSV header.
    void detectionNeverStopsTheBatch_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("turns");
        QTest::newRow("full-width colon, comma quote") << QByteArray("客户：你好,\"在吗\n客服：您好\n") << 2;
        QTest::newRow("ascii colon, trailing quote") << QByteArray("客服: 好的,\"\n客户: 谢谢\n") << 2;
        QTest::newRow("quote first") << QByteArray("\"客户：你好\n客服：您好\n") << 1; // the label is not a speaker
        QTest::newRow("text after closing quote") << QByteArray("客户：\"a\"b,\"c\n客服：嗯\n") << 2;
        QTest::newRow("bom and comma quote") << QByteArray("\xEF\xBB\xBF客户：你好,\"\n客服：在\n") << 2;
    }
    void detectionNeverStopsTheBatch()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, turns);
        const QString transcript = write(QStringLiteral("comma-quote.txt"), bytes);
        const ImportResult result = importFiles(*m_db, {transcript, valid("array.json")});
        QVERIFY2(result.allAccepted(), qPrintable(describe(result)));
        QCOMPARE(result.files.size(), 2);
        QCOMPARE(result.files.at(1).format, ImportFormat::Text);
        QCOMPARE(result.imported(), 4);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT turn_count FROM interactions WHERE external_id = ?"),
                        {QStringLiteral("comma-quote")})
                     .toInt(),
                 turns);
    }

    void cancelAfterTheFirstFileKeepsIt()
    {
        std::atomic_bool cancel = false;
        const auto progress = [&](const ImportProgress &p) {
            if (p.fileIndex == 1) {
                cancel = true; // the user presses Cancel while the second file runs
            }
        };
        const ImportResult result = Importer(*m_db).importFiles(
            {valid("lines.jsonl"), valid("array.json"), valid("interaction.json")}, ImportOptions{}, progress, &cancel);
        QVERIFY(result.cancelled);
        QVERIFY(!result.allAccepted());
        QCOMPARE(result.files.size(), 3);
        QVERIFY(result.files.at(0).accepted);
        QVERIFY(result.files.at(1).cancelled);
        QVERIFY(!result.files.at(1).accepted);
        QVERIFY(result.files.at(2).cancelled);
        QCOMPARE(result.rejectedFiles(), 0);
        QCOMPARE(result.imported(), 3);
        QCOMPARE(count(*m_db, QStringLiteral("interactions")), qint64(3));
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE external_id LIKE 'ARR-%'")).toInt(),
            0);
    }

    void cancelInTheMiddleOfAFileRollsItBack()
    {
        const QString path = largeJsonl(5000);
        std::atomic_bool cancel = false;
        qint64 seen = 0;
        const auto progress = [&](const ImportProgress &p) {
            seen = qMax(seen, p.records);
            if (p.records > 0) {
                cancel = true;
            }
        };
        ImportOptions options;
        options.progressIntervalMs = 0; // a report after every record
        const ImportResult result = Importer(*m_db).importFiles({path}, options, progress, &cancel);
        QVERIFY(result.cancelled);
        QVERIFY(seen > 0);
        QCOMPARE(count(*m_db, QStringLiteral("interactions")), qint64(0));
        QCOMPARE(count(*m_db, QStringLiteral("agents")), qint64(0));
    }

    void cancelBeforeStartingImportsNothing()
    {
        std::atomic_bool cancel = true;
        const ImportResult result = Importer(*m_db).importFiles({valid("lines.jsonl")}, ImportOptions{}, {}, &cancel);
        QVERIFY(result.cancelled);
        QCOMPARE(count(*m_db, QStringLiteral("interactions")), qint64(0));
    }

    void progressIsReported()
    {
        const QString path = largeJsonl(3000);
        QList<ImportProgress> reports;
        const ImportResult result =
            Importer(*m_db).importFiles({path}, ImportOptions{}, [&](const ImportProgress &p) { reports << p; });
        QVERIFY(result.allAccepted());
        QVERIFY(reports.size() >= 2);
        QCOMPARE(reports.first().bytesDone, qint64(0));
        QCOMPARE(reports.last().bytesDone, reports.last().bytesTotal);
        QCOMPARE(reports.last().records, qint64(3000));
        QCOMPARE(reports.last().fileCount, 1);
    }

    void maskingCanBeTurnedOff()
    {
        ImportOptions options;
        options.maskPersonalData = false;
        QVERIFY(importFiles(*m_db, {valid("interaction.json")}, options).allAccepted());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT customer_phone FROM interactions")).toString(),
                 QStringLiteral("13812345678"));
    }

    void rollupsMatchAFullRebuild()
    {
        QVERIFY(importFiles(*m_db, {valid("interactions.csv"), valid("array.json"), valid("lines.jsonl"),
                                    valid("call-header.vtt")})
                    .allAccepted());
        QVERIFY(importFiles(*m_db, {valid("turns.csv")}).allAccepted());
        const QByteArray incremental = rollupFingerprint(*m_db);
        QVERIFY(!incremental.isEmpty());
        RollupStore(*m_db).rebuildAll();
        QCOMPARE(rollupFingerprint(*m_db), incremental);
    }

    void emptyArrayIsAcceptedWithAWarning()
    {
        const ImportResult result = importFiles(*m_db, {write(QStringLiteral("none.json"), "[]")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 0);
        QCOMPARE(result.warnings().size(), 1);
    }
};

QTEST_GUILESS_MAIN(ImportImporterTest)
#include "tst_import_importer.moc"
