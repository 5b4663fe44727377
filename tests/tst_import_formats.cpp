// Every input format of DESIGN §4.2 imports, and reads back as it was given (fixtures in tests/data/import/valid).

#include "ImportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qadesk;
using namespace qadesk::test;

namespace {

QString valid(const char *name)
{
    return importFixture(QStringLiteral("valid/") + QString::fromUtf8(name));
}

// One interaction's stored columns, by external_id.
QVariantMap interaction(Connection &c, const QString &externalId)
{
    QSqlQuery q =
        c.run(QStringLiteral(
                  "SELECT i.channel, i.started_at, i.utc_offset_s, a.code, a.name, t.name, i.category, i.handle_s, "
                  "i.first_response_s, i.fcr, i.complaint, i.csat, i.nps, i.ces, i.customer_id, i.customer_phone, "
                  "i.recording, i.turn_count, i.source_file FROM interactions i JOIN agents a ON a.id = i.agent_id "
                  "LEFT JOIN teams t ON t.id = i.team_id WHERE i.external_id = ?"),
              {externalId});
    QVariantMap row;
    if (q.next()) {
        const char *names[] = {
            "channel",     "started_at",       "utc_offset_s", "agent",      "agent_name", "team", "category",
            "handle_s",    "first_response_s", "fcr",          "complaint",  "csat",       "nps",  "ces",
            "customer_id", "customer_phone",   "recording",    "turn_count", "source_file"};
        for (int i = 0; i < int(std::size(names)); ++i) {
            row.insert(QString::fromLatin1(names[i]), q.value(i));
        }
    }
    return row;
}

struct StoredTurn
{
    QString speaker;
    QVariant start;
    QVariant end;
    QString text;
};

QList<StoredTurn> turns(Connection &c, const QString &externalId)
{
    QSqlQuery q =
        c.run(QStringLiteral("SELECT t.speaker, t.start_ms, t.end_ms, t.text FROM turns t JOIN interactions i ON "
                             "i.id = t.interaction_id WHERE i.external_id = ? ORDER BY t.seq"),
              {externalId});
    QList<StoredTurn> list;
    while (q.next()) {
        list.append(StoredTurn{q.value(0).toString(), q.value(1), q.value(2), q.value(3).toString()});
    }
    return list;
}

} // namespace

class ImportFormatsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db;

    ImportResult importOk(const QStringList &files, ImportOptions options = {})
    {
        const ImportResult result = importFiles(*m_db, files, options);
        if (!result.allAccepted()) {
            qWarning().noquote() << describe(result);
        }
        return result;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite")));
        m_db = freshDatabase(m_dir);
    }

    void designExample()
    {
        const ImportResult result = importOk({valid("interaction.json")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 1);
        QCOMPARE(result.turns(), qint64(2));
        QVERIFY(result.warnings().isEmpty());
        const QVariantMap row = interaction(*m_db, QStringLiteral("CALL-2024-000123"));
        QCOMPARE(row.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
        QCOMPARE(row.value(QStringLiteral("started_at")).toLongLong(), qint64(1709601302));
        QCOMPARE(row.value(QStringLiteral("utc_offset_s")).toInt(), 28800);
        QCOMPARE(row.value(QStringLiteral("agent")).toString(), QStringLiteral("A017"));
        QCOMPARE(row.value(QStringLiteral("agent_name")).toString(), QStringLiteral("王芳"));
        QCOMPARE(row.value(QStringLiteral("team")).toString(), QStringLiteral("售后一组"));
        QCOMPARE(row.value(QStringLiteral("category")).toString(), QStringLiteral("complaint"));
        QCOMPARE(row.value(QStringLiteral("handle_s")).toDouble(), 412.0);
        QCOMPARE(row.value(QStringLiteral("first_response_s")).toDouble(), 4.2);
        QCOMPARE(row.value(QStringLiteral("fcr")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("complaint")).toInt(), 0);
        QCOMPARE(row.value(QStringLiteral("csat")).toInt(), 4);
        QCOMPARE(row.value(QStringLiteral("nps")).toInt(), 9);
        QCOMPARE(row.value(QStringLiteral("ces")).toInt(), 6);
        QCOMPARE(row.value(QStringLiteral("customer_id")).toString(), QStringLiteral("C99812"));
        QCOMPARE(row.value(QStringLiteral("customer_phone")).toString(), QStringLiteral("138****5678"));
        QCOMPARE(row.value(QStringLiteral("recording")).toString(),
                 QFileInfo(valid("recordings/CALL-2024-000123.wav")).absoluteFilePath());
        QCOMPARE(row.value(QStringLiteral("source_file")).toString(),
                 QFileInfo(valid("interaction.json")).absoluteFilePath());
        const QList<StoredTurn> stored = turns(*m_db, QStringLiteral("CALL-2024-000123"));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).speaker, QStringLiteral("customer"));
        QCOMPARE(stored.at(0).start.toLongLong(), qint64(0));
        QCOMPARE(stored.at(0).end.toLongLong(), qint64(2100));
        QCOMPARE(stored.at(0).text, QStringLiteral("你好，我的快递三天没动了"));
        QCOMPARE(stored.at(1).speaker, QStringLiteral("agent"));
        QCOMPARE(stored.at(1).text, QStringLiteral("您好，很高兴为您服务……"));
        // The rollups follow the import (finish() before commit).
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT SUM(interactions) FROM kpi_rollup_all WHERE span = 1 AND channel = '*' AND category = '*'")).toInt(), 1);
    }

    void jsonArray()
    {
        const ImportResult result = importOk({valid("array.json")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 3);
        const QVariantMap one = interaction(*m_db, QStringLiteral("ARR-1"));
        QCOMPARE(one.value(QStringLiteral("first_response_s")).toDouble(), 5.0); // 6000 − 1000 ms, derived
        QCOMPARE(one.value(QStringLiteral("channel")).toString(), QStringLiteral("chat"));
        const QList<StoredTurn> stored = turns(*m_db, QStringLiteral("ARR-1"));
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).speaker, QStringLiteral("customer")); // 用户
        QCOMPARE(stored.at(1).speaker, QStringLiteral("agent"));    // 坐席
        QCOMPARE(stored.at(2).speaker, QStringLiteral("system"));
        QVERIFY(stored.at(2).start.isNull());
        const QVariantMap two = interaction(*m_db, QStringLiteral("ARR-2"));
        QCOMPARE(two.value(QStringLiteral("utc_offset_s")).toInt(), -18000);
        QCOMPARE(two.value(QStringLiteral("started_at")).toLongLong(), qint64(1709767800));
        QCOMPARE(two.value(QStringLiteral("first_response_s")).toDouble(), 2.5); // the agent spoke first
        QVERIFY(two.value(QStringLiteral("nps")).isNull());
        QCOMPARE(two.value(QStringLiteral("ces")).toInt(), 7);
        QCOMPARE(turns(*m_db, QStringLiteral("ARR-2")).at(0).speaker, QStringLiteral("agent")); // assistant
        const QVariantMap three = interaction(*m_db, QStringLiteral("ARR-3"));
        QVERIFY(three.value(QStringLiteral("channel")).isNull());
        QCOMPARE(three.value(QStringLiteral("turn_count")).toInt(), 0);
    }

    void jsonLines()
    {
        const ImportResult result = importOk({valid("lines.jsonl")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 3);
        const QVariantMap two = interaction(*m_db, QStringLiteral("JL-2"));
        QCOMPARE(two.value(QStringLiteral("complaint")).toInt(), 1);
        QCOMPARE(two.value(QStringLiteral("fcr")).toInt(), 0);
        QCOMPARE(two.value(QStringLiteral("csat")).toInt(), 2);
        QCOMPARE(interaction(*m_db, QStringLiteral("JL-3")).value(QStringLiteral("handle_s")).toDouble(), 33.5);
        QCOMPARE(interaction(*m_db, QStringLiteral("JL-1")).value(QStringLiteral("team")).toString(),
                 QStringLiteral("售后二组"));
    }

    void jsonLinesForced()
    {
        ImportOptions options;
        options.format = ImportFormat::JsonLines;
        QVERIFY(importOk({valid("lines.jsonl")}, options).allAccepted());
        QCOMPARE(count(*m_db, QStringLiteral("interactions")), qint64(3));
    }

    void csvInteractions()
    {
        const ImportResult result = importOk({valid("interactions.csv")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 5);
        const QVariantMap one = interaction(*m_db, QStringLiteral("CSV-1"));
        QCOMPARE(one.value(QStringLiteral("agent_name")).toString(), QStringLiteral("王芳"));
        QCOMPARE(one.value(QStringLiteral("customer_phone")).toString(), QStringLiteral("138****5678"));
        QCOMPARE(one.value(QStringLiteral("first_response_s")).toDouble(), 4.2);
        const QVariantMap two = interaction(*m_db, QStringLiteral("CSV-2"));
        QCOMPARE(two.value(QStringLiteral("agent_name")).toString(), QStringLiteral("Smith, John"));
        QCOMPARE(two.value(QStringLiteral("team")).toString(), QStringLiteral("Team \"B\""));
        QCOMPARE(two.value(QStringLiteral("fcr")).toInt(), 1);       // 是
        QCOMPARE(two.value(QStringLiteral("complaint")).toInt(), 0); // 否
        QCOMPARE(two.value(QStringLiteral("nps")).toInt(), 10);
        const QVariantMap three = interaction(*m_db, QStringLiteral("CSV-3"));
        QCOMPARE(three.value(QStringLiteral("fcr")).toInt(), 1); // yes
        QVERIFY(three.value(QStringLiteral("csat")).isNull());
        const QVariantMap four = interaction(*m_db, QStringLiteral("CSV-4"));
        QCOMPARE(four.value(QStringLiteral("agent_name")).toString(), QStringLiteral("多行\r\n名字"));
        QCOMPARE(four.value(QStringLiteral("nps")).toInt(), 0);
        QCOMPARE(four.value(QStringLiteral("customer_phone")).toString(), QStringLiteral("010-****5678"));
        QCOMPARE(interaction(*m_db, QStringLiteral("CSV-5")).value(QStringLiteral("utc_offset_s")).toInt(), 0);
    }

    void csvTurnsAttachToInteractions()
    {
        QVERIFY(importOk({valid("interactions.csv")}).allAccepted());
        const ImportResult result = importOk({valid("turns.csv")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 2);
        QCOMPARE(result.turns(), qint64(4));
        const QList<StoredTurn> one = turns(*m_db, QStringLiteral("CSV-1"));
        QCOMPARE(one.size(), 2);
        QCOMPARE(one.at(0).text, QStringLiteral("你好，我的快递, 三天没动了"));
        QCOMPARE(one.at(1).speaker, QStringLiteral("agent"));
        QCOMPARE(one.at(1).start.toLongLong(), qint64(4500));
        const QList<StoredTurn> two = turns(*m_db, QStringLiteral("CSV-2"));
        QCOMPARE(two.at(0).text, QStringLiteral("He said \"hello\"\nand left"));
        QCOMPARE(interaction(*m_db, QStringLiteral("CSV-1")).value(QStringLiteral("turn_count")).toInt(), 2);
        // A second time: those interactions have their transcripts already.
        const ImportResult again = importOk({valid("turns.csv")});
        QVERIFY(again.allAccepted());
        QCOMPARE(again.imported(), 0);
        QCOMPARE(again.duplicates(), 2);
        QCOMPARE(count(*m_db, QStringLiteral("turns")), qint64(4));
    }

    void csvTurnsInTheSameBatchInAnyOrder()
    {
        const ImportResult result = importOk({valid("turns.csv"), valid("interactions.csv")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 7);
        QCOMPARE(count(*m_db, QStringLiteral("turns")), qint64(4));
    }

    void gb18030Csv()
    {
        const ImportResult result = importOk({valid("interactions-gb18030.csv"), valid("turns-gb18030.csv")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 4);
        const QVariantMap one = interaction(*m_db, QStringLiteral("GB-1"));
        QCOMPARE(one.value(QStringLiteral("agent_name")).toString(), QStringLiteral("张伟"));
        QCOMPARE(one.value(QStringLiteral("team")).toString(), QStringLiteral("投诉处理组"));
        QCOMPARE(one.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
        QCOMPARE(one.value(QStringLiteral("category")).toString(), QStringLiteral("complaint"));
        QCOMPARE(one.value(QStringLiteral("fcr")).toInt(), 1);
        QCOMPARE(interaction(*m_db, QStringLiteral("GB-2")).value(QStringLiteral("channel")).toString(),
                 QStringLiteral("chat"));
        QCOMPARE(turns(*m_db, QStringLiteral("GB-1")).at(0).text, QStringLiteral("我要投诉，快递员态度很差"));
    }

    void bomCsv()
    {
        QVERIFY(importOk({valid("interactions-bom.csv")}).allAccepted());
        QCOMPARE(interaction(*m_db, QStringLiteral("BOM-1")).value(QStringLiteral("agent_name")).toString(),
                 QStringLiteral("赵敏"));
    }

    void webVtt()
    {
        const ImportResult result = importOk({valid("call-header.vtt")});
        QVERIFY(result.allAccepted());
        QVERIFY(result.warnings().isEmpty());
        const QVariantMap row = interaction(*m_db, QStringLiteral("VTT-1"));
        QCOMPARE(row.value(QStringLiteral("agent")).toString(), QStringLiteral("A300"));
        QCOMPARE(row.value(QStringLiteral("agent_name")).toString(), QStringLiteral("周杰"));
        QCOMPARE(row.value(QStringLiteral("started_at")).toLongLong(), qint64(1709964000));
        QCOMPARE(row.value(QStringLiteral("first_response_s")).toDouble(), 4.0);
        const QList<StoredTurn> stored = turns(*m_db, QStringLiteral("VTT-1"));
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored.at(0).speaker, QStringLiteral("customer"));
        QCOMPARE(stored.at(0).text, QStringLiteral("你好，我想退货"));
        QCOMPARE(stored.at(0).end.toLongLong(), qint64(3500));
        QCOMPARE(stored.at(1).speaker, QStringLiteral("agent"));
        QCOMPARE(stored.at(1).text, QStringLiteral("您好，请问订单号是多少？\n方便的话请告诉我"));
        QCOMPARE(stored.at(2).start.toLongLong(), qint64(9000)); // mm:ss.ttt without hours
        QCOMPARE(stored.at(2).text, QStringLiteral("订单号 A1234 & 手机 139****1111"));
        QCOMPARE(stored.at(3).speaker, QStringLiteral("customer")); // no voice: the previous speaker goes on
    }

    void srt()
    {
        const ImportResult result = importOk({valid("call-header.srt")});
        QVERIFY(result.allAccepted());
        const QVariantMap row = interaction(*m_db, QStringLiteral("SRT-1"));
        QCOMPARE(row.value(QStringLiteral("category")).toString(), QStringLiteral("after_sales"));
        QCOMPARE(row.value(QStringLiteral("first_response_s")).toDouble(), 2.5);
        const QList<StoredTurn> stored = turns(*m_db, QStringLiteral("SRT-1"));
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).speaker, QStringLiteral("customer"));
        QCOMPARE(stored.at(0).start.toLongLong(), qint64(500));
        QCOMPARE(stored.at(1).text, QStringLiteral("您好，这里是售后服务中心\n请问有什么可以帮您"));
        QCOMPARE(stored.at(2).speaker, QStringLiteral("agent"));
        QCOMPARE(stored.at(2).end.toLongLong(), qint64(9000));
    }

    void timedText()
    {
        const ImportResult result = importOk({valid("timed.txt")});
        QVERIFY(result.allAccepted());
        const QList<StoredTurn> stored = turns(*m_db, QStringLiteral("TXT-1"));
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored.at(1).start.toLongLong(), qint64(5000));
        QCOMPARE(stored.at(2).text, QStringLiteral("110***********1234")); // an ID-card number, masked
        QCOMPARE(interaction(*m_db, QStringLiteral("TXT-1")).value(QStringLiteral("first_response_s")).toDouble(), 3.0);
    }

    void chineseTranscriptWithoutTimes()
    {
        const ImportResult result = importOk({valid("chinese-untimed.txt")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 1);
        QCOMPARE(result.warnings().size(), 2); // the stand-in agent and start time are announced
        const QList<StoredTurn> stored = turns(*m_db, QStringLiteral("chinese-untimed"));
        QCOMPARE(stored.size(), 11);
        QCOMPARE(stored.at(0).speaker, QStringLiteral("agent"));
        QCOMPARE(stored.at(1).speaker, QStringLiteral("customer"));
        QCOMPARE(stored.at(2).text, QStringLiteral("非常抱歉让您久等了，我马上为您查询。\n请您稍等一下。"));
        QVERIFY(stored.at(0).start.isNull());
        const QVariantMap row = interaction(*m_db, QStringLiteral("chinese-untimed"));
        QCOMPARE(row.value(QStringLiteral("agent")).toString(), QStringLiteral("unknown"));
        QVERIFY(row.value(QStringLiteral("first_response_s")).isNull());
        QCOMPARE(row.value(QStringLiteral("started_at")).toLongLong(),
                 QFileInfo(valid("chinese-untimed.txt")).lastModified().toSecsSinceEpoch());
    }

    void transcriptAttachesToItsInteraction()
    {
        const QString csv = m_dir.filePath(QStringLiteral("meta.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("external_id,started_at,agent_id\nchinese-untimed,2024-03-10T08:00:00+08:00,A500\n");
        file.close();
        QVERIFY(importOk({csv}).allAccepted());
        const ImportResult result = importOk({valid("chinese-untimed.txt")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 1);
        QVERIFY(result.warnings().isEmpty());
        QCOMPARE(count(*m_db, QStringLiteral("interactions")), qint64(1));
        const QVariantMap row = interaction(*m_db, QStringLiteral("chinese-untimed"));
        QCOMPARE(row.value(QStringLiteral("agent")).toString(), QStringLiteral("A500"));
        QCOMPARE(row.value(QStringLiteral("turn_count")).toInt(), 11);
        const ImportResult again = importOk({valid("chinese-untimed.txt")});
        QCOMPARE(again.duplicates(), 1);
        QCOMPARE(count(*m_db, QStringLiteral("turns")), qint64(11));
    }

    void attachingFillsFirstResponseAndRollups()
    {
        const QString csv = m_dir.filePath(QStringLiteral("meta2.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("external_id,started_at,agent_id\nSRT-1,2024-03-09T15:00:00+08:00,A301\n");
        file.close();
        QVERIFY(importOk({csv}).allAccepted());
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT SUM(fr_n) FROM kpi_rollup_all WHERE span = 1 AND channel = '*' AND category = '*'")).toInt() == 0);
        QVERIFY(importOk({valid("call-header.srt")}).allAccepted());
        QCOMPARE(interaction(*m_db, QStringLiteral("SRT-1")).value(QStringLiteral("first_response_s")).toDouble(), 2.5);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT SUM(fr_n) FROM kpi_rollup_all WHERE span = 1 AND channel = '*' AND category = '*'")).toInt(), 1);
    }

    void chineseColumnTitles()
    {
        const ImportResult result = importOk({valid("interactions-zh-header-gb18030.csv")});
        QVERIFY(result.allAccepted());
        QVERIFY(result.warnings().isEmpty());
        const QVariantMap one = interaction(*m_db, QStringLiteral("ZH-1"));
        QCOMPARE(one.value(QStringLiteral("agent")).toString(), QStringLiteral("A401"));
        QCOMPARE(one.value(QStringLiteral("agent_name")).toString(), QStringLiteral("陈静"));
        QCOMPARE(one.value(QStringLiteral("category")).toString(), QStringLiteral("after_sales"));
        QCOMPARE(one.value(QStringLiteral("handle_s")).toDouble(), 412.0); // 00:06:52
        QCOMPARE(one.value(QStringLiteral("customer_phone")).toString(), QStringLiteral("139****5678"));
        const QVariantMap two = interaction(*m_db, QStringLiteral("ZH-2"));
        QCOMPARE(two.value(QStringLiteral("agent_name")).toString(), QStringLiteral("林,峰"));
        QCOMPARE(two.value(QStringLiteral("complaint")).toInt(), 1);
        QCOMPARE(two.value(QStringLiteral("fcr")).toInt(), 0);
    }

    void chatExportsWithTimesOfDay()
    {
        const ImportResult result = importOk({valid("chat-wallclock.txt"), valid("chat-label-times.txt")});
        QVERIFY(result.allAccepted());
        const QList<StoredTurn> wall = turns(*m_db, QStringLiteral("chat-wallclock"));
        QCOMPARE(wall.size(), 3); // the title and the 通话时间 line before the first turn are skipped
        QCOMPARE(wall.at(0).start.toLongLong(), qint64(0));
        QCOMPARE(wall.at(1).start.toLongLong(), qint64(7000));
        QCOMPARE(wall.at(2).text, QStringLiteral("202403051234"));
        QCOMPARE(
            interaction(*m_db, QStringLiteral("chat-wallclock")).value(QStringLiteral("first_response_s")).toDouble(),
            7.0);
        const QList<StoredTurn> labels = turns(*m_db, QStringLiteral("chat-label-times"));
        QCOMPARE(labels.size(), 3);
        QCOMPARE(labels.at(1).speaker, QStringLiteral("agent"));
        QCOMPARE(labels.at(1).text, QStringLiteral("您好，请讲"));
        QCOMPARE(labels.at(1).start.toLongLong(), qint64(8000));
        QCOMPARE(labels.at(2).start.toLongLong(), qint64(30000)); // past midnight
    }

    void recordingMissingIsAWarning()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/rec.json"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("sub")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"external_id": "R-1", "started_at": "2024-03-05T09:15:02+08:00", "agent": {"id": "A1"},
 "recording": "audio/../audio/R-1.wav"})");
        file.close();
        const ImportResult result = importOk({path});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.warnings().size(), 1);
        QCOMPARE(result.warnings().first().line, 1);
        QVERIFY(result.warnings().first().message.contains(QLatin1String("recording not found")));
        QCOMPARE(interaction(*m_db, QStringLiteral("R-1")).value(QStringLiteral("recording")).toString(),
                 m_dir.filePath(QStringLiteral("sub/audio/R-1.wav")));
    }

    // A recording must resolve inside the imported file's folder (or the recordings root); anything else is
    // refused with the file and line, and the file is not imported.
    void recordingPaths_data()
    {
        QTest::addColumn<QString>("recording");
        QTest::addColumn<bool>("useRoot");
        QTest::addColumn<QString>("stored"); // relative to the temporary folder; empty: refused
        QTest::addColumn<QString>("fragment");
        QTest::newRow("relative inside") << QStringLiteral("audio/a.wav") << false << QStringLiteral("sub/audio/a.wav")
                                         << QString();
        QTest::newRow("windows separators")
            << QStringLiteral("audio\\a.wav") << false << QStringLiteral("sub/audio/a.wav") << QString();
        QTest::newRow("climbs out") << QStringLiteral("../../../../etc/passwd") << false << QString()
                                    << QStringLiteral("outside the imported file's folder");
        QTest::newRow("climbs out after going in") << QStringLiteral("audio/../../x.wav") << false << QString()
                                                   << QStringLiteral("outside the imported file's folder");
        QTest::newRow("absolute elsewhere") << QStringLiteral("/etc/passwd") << false << QString()
                                            << QStringLiteral("outside the imported file's folder");
        QTest::newRow("file url elsewhere") << QStringLiteral("file:///etc/passwd") << false << QString()
                                            << QStringLiteral("outside the imported file's folder");
        QTest::newRow("http url") << QStringLiteral("http://example.com/a.wav") << false << QString()
                                  << QStringLiteral("is a URL");
        QTest::newRow("sibling folder with the same prefix")
            << QStringLiteral("../sub2/a.wav") << false << QString() << QStringLiteral("outside");
        QTest::newRow("symlink leading out")
            << QStringLiteral("link.wav") << false << QString() << QStringLiteral("outside");
        QTest::newRow("under the recordings root")
            << QStringLiteral("../store/a.wav") << true << QStringLiteral("store/a.wav") << QString();
        QTest::newRow("root does not open everything")
            << QStringLiteral("/etc/passwd") << true << QString() << QStringLiteral("and the recordings root");
    }
    void recordingPaths()
    {
        QFETCH(QString, recording);
        QFETCH(bool, useRoot);
        QFETCH(QString, stored);
        QFETCH(QString, fragment);
        QDir().mkpath(m_dir.filePath(QStringLiteral("sub")));
        QFile::remove(m_dir.filePath(QStringLiteral("sub/link.wav")));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), m_dir.filePath(QStringLiteral("sub/link.wav"))));
        const QString path = m_dir.filePath(QStringLiteral("sub/rec.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("external_id"), QStringLiteral("R-1")},
                                             {QStringLiteral("started_at"), QStringLiteral("2024-03-05T09:15:02Z")},
                                             {QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), 1}}},
                                             {QStringLiteral("recording"), recording}})
                       .toJson(QJsonDocument::Compact));
        file.close();
        ImportOptions options;
        if (useRoot) {
            options.recordingsRoot = m_dir.filePath(QStringLiteral("store"));
        }
        const ImportResult result = importFiles(*m_db, {path}, options);
        if (stored.isEmpty()) {
            QVERIFY(!result.allAccepted());
            QCOMPARE(result.errors().size(), 1);
            QCOMPARE(result.errors().first().file, path);
            QCOMPARE(result.errors().first().line, 1);
            QVERIFY2(result.errors().first().message.contains(fragment), qPrintable(result.errors().first().message));
            QCOMPARE(count(*m_db, QStringLiteral("interactions")), qint64(0));
        } else {
            QVERIFY2(result.allAccepted(), qPrintable(describe(result)));
            QCOMPARE(interaction(*m_db, QStringLiteral("R-1")).value(QStringLiteral("recording")).toString(),
                     m_dir.filePath(stored));
        }
    }

    // Stored exactly as given: big millisecond values, and a U+FEFF inside turn text.
    void exactValues_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<qint64>("stored");
        QTest::newRow("2^53 - 1") << QByteArray("9007199254740991") << qint64(9007199254740991);
        QTest::newRow("exponent") << QByteArray("1.5e3") << qint64(1500);
        QTest::newRow("zero fraction") << QByteArray("2100.0") << qint64(2100);
    }
    void exactValues()
    {
        QFETCH(QByteArray, literal);
        QFETCH(qint64, stored);
        const QString path = m_dir.filePath(QStringLiteral("exact.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"external_id": "X-1", "started_at": "2024-03-05T09:15:02Z", "agent": {"id": "A1"},
 "turns": [{"speaker": "agent", "start_ms": )" +
                   literal + R"(, "text": "\uFEFFhello"}, {"speaker": "agent", "text": ")" + "\xEF\xBB\xBF" +
                   R"(bom"}]})");
        file.close();
        const ImportResult result = importOk({path});
        QVERIFY(result.allAccepted());
        const QList<StoredTurn> stored_ = turns(*m_db, QStringLiteral("X-1"));
        QCOMPARE(stored_.size(), 2);
        QCOMPARE(stored_.at(0).start.toLongLong(), stored);
        QCOMPARE(stored_.at(0).text, QStringLiteral("\uFEFFhello"));
        QCOMPARE(stored_.at(1).text, QStringLiteral("\uFEFFbom")); // raw bytes EF BB BF are a character too
    }

    void mixedEncodingsAreWarned()
    {
        const ImportResult result = importOk({valid("mixed-gb18030-utf8.csv")});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 4);
        QCOMPARE(result.warnings().size(), 1);
        QCOMPARE(result.warnings().first().line, 5);
        QVERIFY2(result.warnings().first().message.contains(QLatin1String("mixes encodings")),
                 qPrintable(result.warnings().first().message));
        QCOMPARE(interaction(*m_db, QStringLiteral("G-1")).value(QStringLiteral("agent_name")).toString(),
                 QStringLiteral("王芳"));
    }

    void unknownFieldsAreWarnedOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("extra.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"external_id": "X-1", "started_at": "2024-03-05T09:15:02Z", "agent": {"id": "A1"}, "mood": "ok"}
{"external_id": "X-2", "started_at": "2024-03-05T09:15:02Z", "agent": {"id": "A1"}, "mood": "ok"}
)");
        file.close();
        const ImportResult result = importOk({path});
        QVERIFY(result.allAccepted());
        QCOMPARE(result.imported(), 2);
        QCOMPARE(result.warnings().size(), 1);
        QVERIFY(result.warnings().first().message.contains(QLatin1String("mood")));
    }
};

QTEST_GUILESS_MAIN(ImportFormatsTest)
#include "tst_import_formats.moc"
