// Valid but hostile input imports intact: SQL metacharacters, emoji, right-to-left marks, a multi-megabyte turn.

#include "ImportTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qadesk;
using namespace qadesk::test;

namespace {

const QString kSqlId = QStringLiteral("'); DROP TABLE interactions;--");
const QString kSqlAgent = QStringLiteral("A\"; DELETE FROM agents; --");
const QString kSqlTeam = QStringLiteral("Robert'); DROP TABLE teams;-- \\");

QString hostileTexts(int i)
{
    const QString texts[] = {
        QStringLiteral("😀👍🏽🇨🇳 emoji with skin tone and flags 👨‍👩‍👧"),
        QStringLiteral("\u200F\u0645\u0631\u062D\u0628\u0627 \u202Eevil\u202C \u200E mixed RTL/LTR"),
        QStringLiteral("quotes \" ' ` and backslashes \\ \\\\ and 100% _wildcards_"),
        QStringLiteral("SELECT * FROM turns; -- \n\t tabs, newlines\r\nand CRLF"),
        QStringLiteral("e\u0301 combining, \uFEFF zero-width no-break, \u200D joiner, 𠀀 outside the BMP"),
    };
    return texts[i % 5];
}

QString bigText()
{
    // About 3 MB of UTF-8: mixed scripts, quotes and line breaks; no digit runs, so masking leaves it alone.
    QString text;
    const QString piece = QStringLiteral("这是一段很长的客服对话内容，包含“引号”、\"quotes\"、反斜杠\\和换行\n😀 ");
    while (text.toUtf8().size() < 3 * 1024 * 1024) {
        text += piece.repeated(1000);
    }
    return text;
}

QString storedText(Connection &c, const QString &externalId, int seq)
{
    return scalar(c,
                  QStringLiteral("SELECT t.text FROM turns t JOIN interactions i ON i.id = t.interaction_id "
                                 "WHERE i.external_id = ? AND t.seq = ?"),
                  {externalId, seq})
        .toString();
}

} // namespace

class ImportHostileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write the fixture");
        }
        return path;
    }

private slots:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite")));
        m_db = freshDatabase(m_dir);
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<bool>("lines");
        QTest::newRow("json") << false;
        QTest::newRow("jsonl") << true;
    }
    void jsonRoundTrip()
    {
        QFETCH(bool, lines);
        const QString big = bigText();
        QJsonArray turnsArray;
        for (int i = 0; i < 5; ++i) {
            turnsArray.append(
                QJsonObject{{QStringLiteral("speaker"), i % 2 ? QStringLiteral("agent") : QStringLiteral("customer")},
                            {QStringLiteral("text"), hostileTexts(i)}});
        }
        turnsArray.append(
            QJsonObject{{QStringLiteral("speaker"), QStringLiteral("agent")}, {QStringLiteral("text"), big}});
        const QJsonObject record{
            {QStringLiteral("external_id"), kSqlId},
            {QStringLiteral("started_at"), QStringLiteral("2024-03-05T09:15:02+08:00")},
            {QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), kSqlAgent},
                                                  {QStringLiteral("name"), hostileTexts(1)},
                                                  {QStringLiteral("team"), kSqlTeam}}},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("id"), hostileTexts(0)}}},
            {QStringLiteral("turns"), turnsArray},
        };
        const QByteArray json = QJsonDocument(record).toJson(lines ? QJsonDocument::Compact : QJsonDocument::Indented);
        const QString path =
            write(lines ? QStringLiteral("hostile.jsonl") : QStringLiteral("hostile.json"), json + '\n');
        const ImportResult result = importFiles(*m_db, {path});
        QVERIFY2(result.allAccepted(), qPrintable(describe(result)));
        QCOMPARE(result.imported(), 1);
        QCOMPARE(count(*m_db, QStringLiteral("interactions")), qint64(1));
        QCOMPARE(count(*m_db, QStringLiteral("teams")), qint64(1));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT external_id FROM interactions")).toString(), kSqlId);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT code FROM agents")).toString(), kSqlAgent);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT name FROM agents")).toString(), hostileTexts(1));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT name FROM teams")).toString(), kSqlTeam);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT customer_id FROM interactions")).toString(), hostileTexts(0));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(storedText(*m_db, kSqlId, i), hostileTexts(i));
        }
        QCOMPARE(storedText(*m_db, kSqlId, 5), big);
        // The same again is a duplicate, found by the hostile id.
        const ImportResult again = importFiles(*m_db, {path});
        QCOMPARE(again.duplicates(), 1);
    }

    void csvRoundTrip()
    {
        const auto quote = [](QString s) {
            return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        };
        QString interactions = QStringLiteral("external_id,started_at,agent_id,agent_name,team\n");
        interactions += quote(kSqlId) + QStringLiteral(",2024-03-05T09:15:02+08:00,") + quote(kSqlAgent) +
                        QLatin1Char(',') + quote(hostileTexts(3)) + QLatin1Char(',') + quote(kSqlTeam) +
                        QLatin1Char('\n');
        QString turns = QStringLiteral("external_id,speaker,text\n");
        for (int i = 0; i < 5; ++i) {
            turns += quote(kSqlId) + QStringLiteral(",customer,") + quote(hostileTexts(i)) + QLatin1Char('\n');
        }
        const QString big = bigText();
        turns += quote(kSqlId) + QStringLiteral(",agent,") + quote(big) + QLatin1Char('\n');
        const QString a = write(QStringLiteral("hostile-interactions.csv"), interactions.toUtf8());
        const QString b = write(QStringLiteral("hostile-turns.csv"), turns.toUtf8());
        const ImportResult result = importFiles(*m_db, {b, a});
        QVERIFY2(result.allAccepted(), qPrintable(describe(result)));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT name FROM agents")).toString(), hostileTexts(3));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(storedText(*m_db, kSqlId, i), hostileTexts(i));
        }
        QCOMPARE(storedText(*m_db, kSqlId, 5), big);
    }

    void transcriptWithHostileName()
    {
        const QString path = write(QStringLiteral("x'; DROP TABLE turns;--.txt"),
                                   QStringLiteral("external_id: %1\nagent_id: A1\nstarted_at: 2024-03-05T09:15:02Z\n"
                                                  "客服：%2\n客户：%3\n")
                                       .arg(kSqlId, hostileTexts(0), hostileTexts(1).remove(QLatin1Char('\n')))
                                       .toUtf8());
        const ImportResult result = importFiles(*m_db, {path});
        QVERIFY2(result.allAccepted(), qPrintable(describe(result)));
        QCOMPARE(storedText(*m_db, kSqlId, 0), hostileTexts(0));
        QCOMPARE(count(*m_db, QStringLiteral("turns")), qint64(2));
    }
};

QTEST_GUILESS_MAIN(ImportHostileTest)
#include "tst_import_hostile.moc"
