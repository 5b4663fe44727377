// Storage: the database file, migrations, append-only audit log, writer behaviour.
#include "Error.h"
#include "storage/AuditLog.h"
#include "storage/Connection.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseSummary.h"
#include "storage/InteractionWriter.h"
#include "storage/Schema.h"
#include "storage/StaffDirectory.h"
#include "domain/NameOrder.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

#include <sys/stat.h>

using namespace qadesk;

class TestStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Interaction sample(const QString &id, const QString &agent = QStringLiteral("A1"))
    {
        Interaction in;
        in.externalId = id;
        in.startedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone(8 * 3600));
        in.agentCode = agent;
        in.agentName = QStringLiteral("王芳");
        in.teamName = QStringLiteral("售后一组");
        in.channel = QStringLiteral("phone");
        in.turns = {{0, 0, QStringLiteral("customer"), 0, 1000, QStringLiteral("你好")},
                    {0, 0, QStringLiteral("agent"), 3000, std::nullopt, QStringLiteral("您好，很高兴为您服务")}};
        return in;
    }

private:
    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void createsPrivateFileWithWalAndForeignKeys()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/dir/new.sqlite"));
        Connection c(path);
        QCOMPARE(Schema::migrate(c), Schema::latestVersion());
        const QFileInfo info(path);
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther), QFileDevice::Permissions());
        QSqlQuery mode = c.run(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QSqlQuery fk = c.run(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
    }

    // A database others can read is reported (the file is left as it is: changing it is the owner's call).
    void exposedDatabaseIsReported_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("fragment"); // empty: no warning
        QTest::newRow("0600") << 0600 << QString();
        QTest::newRow("0400") << 0400 << QString();
        QTest::newRow("0644") << 0644 << QStringLiteral("mode 0644");
        QTest::newRow("0660") << 0660 << QStringLiteral("mode 0660");
        QTest::newRow("0602") << 0602 << QStringLiteral("mode 0602");
    }
    void exposedDatabaseIsReported()
    {
        QFETCH(int, mode);
        QFETCH(QString, fragment);
        const QString path = m_dir.filePath(QStringLiteral("exposed.sqlite"));
        QFile::remove(path);
        {
            Connection c(path);
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
        const QString warning = Connection::exposureWarning(path);
        if (fragment.isEmpty()) {
            QVERIFY2(warning.isEmpty(), qPrintable(warning));
        } else {
            QVERIFY2(warning.contains(fragment) && warning.contains(path), qPrintable(warning));
        }
        QVERIFY(Connection::exposureWarning(m_dir.filePath(QStringLiteral("none.sqlite"))).isEmpty());
        QVERIFY(Connection::exposureWarning(QStringLiteral(":memory:")).isEmpty());
    }

    void migrationIsIdempotentAndVersioned()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.sqlite"));
        {
            Connection c(path);
            QCOMPARE(Schema::currentVersion(c), 0);
            QCOMPARE(Schema::migrate(c), Schema::latestVersion());
        }
        Connection c(path);
        QCOMPARE(Schema::currentVersion(c), Schema::latestVersion());
        QCOMPARE(Schema::migrate(c), Schema::latestVersion());
        QVERIFY(!Schema::meta(c, QStringLiteral("rollup_tz")).isEmpty());
    }

    void refusesNewerDatabase()
    {
        Connection c(m_dir.filePath(QStringLiteral("newer.sqlite")));
        Schema::migrate(c);
        Schema::setMeta(c, QStringLiteral("schema_version"), QString::number(Schema::latestVersion() + 1));
        QVERIFY_THROWS_EXCEPTION(Error, Schema::migrate(c));
    }

    // The start-up check: read-only, never writes, names what is wrong.
    void startUpCheckReadsWithoutWriting()
    {
        const QString good = m_dir.filePath(QStringLiteral("healthy.sqlite"));
        {
            Connection c(good);
            Schema::migrate(c);
        }
        QVERIFY(DatabaseBackup::checkFile(good, true).ok);
        QVERIFY(DatabaseBackup::checkFile(m_dir.filePath(QStringLiteral("not-yet.sqlite")), true).ok);

        const QString newer = m_dir.filePath(QStringLiteral("newer-check.sqlite"));
        {
            Connection c(newer);
            Schema::migrate(c);
            Schema::setMeta(c, QStringLiteral("schema_version"), QString::number(Schema::latestVersion() + 1));
            c.execute(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        const QByteArray before = fileBytes(newer);
        const DatabaseHealth newerHealth = DatabaseBackup::checkFile(newer, false);
        QVERIFY(!newerHealth.ok);
        QVERIFY2(newerHealth.problem.contains(QStringLiteral("newer")), qPrintable(newerHealth.problem));
        QCOMPARE(fileBytes(newer), before);

        const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Connection c(damaged);
            Schema::migrate(c);
            c.execute(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        file.seek(4 * 4096);
        file.write(QByteArray(3 * 4096, '\xff'));
        file.close();
        const QByteArray broken = fileBytes(damaged);
        const DatabaseHealth health = DatabaseBackup::checkFile(damaged, true);
        QVERIFY(!health.ok);
        QVERIFY(!health.problem.isEmpty());
        QCOMPARE(fileBytes(damaged), broken);
        QVERIFY(!QFile::exists(damaged + QStringLiteral("-wal")));
    }

    void unreadableLocationIsAClearError()
    {
        try {
            Connection c(QStringLiteral("/proc/qadesk-cannot-exist/x.sqlite"));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("/proc/qadesk-cannot-exist")), qPrintable(e.message()));
        }
    }

    void auditLogIsAppendOnly()
    {
        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        AuditLog log(c);
        log.append(QStringLiteral("李娜"), QStringLiteral("submit"), QStringLiteral("evaluation"), 7, QStringLiteral("score=80"));
        const auto entries = log.forEntity(QStringLiteral("evaluation"), 7);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, QStringLiteral("李娜"));
        QVERIFY_THROWS_EXCEPTION(Error, c.run(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
        QVERIFY_THROWS_EXCEPTION(Error, c.run(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(log.forEntity(QStringLiteral("evaluation"), 7).first().actor, QStringLiteral("李娜"));
    }

    // People and teams are listed by pinyin, not by code point (issue 16): 李 li, 王 wang, 张 zhang, 赵 zhao.
    void namesAreListedByPinyin()
    {
        QStringList names{QStringLiteral("赵敏"), QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜"),
                          QStringLiteral("anna"), QStringLiteral("Bob")};
        std::sort(names.begin(), names.end(), NameOrder::less);
        // (Chinese collation puts 汉字 before Latin letters.)
        QCOMPARE(names, (QStringList{QStringLiteral("李娜"), QStringLiteral("王芳"), QStringLiteral("张伟"),
                                     QStringLiteral("赵敏"), QStringLiteral("anna"), QStringLiteral("Bob")}));
        QVERIFY(NameOrder::less(QStringLiteral("A2"), QStringLiteral("A10")));
        QVERIFY(NameOrder::compare(QStringLiteral("a"), QStringLiteral("A")) != 0); // a total order

        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        {
            Transaction t(c);
            InteractionWriter w(c);
            int n = 0;
            for (const QString &name : {QStringLiteral("赵敏"), QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜")}) {
                Interaction in;
                in.externalId = QStringLiteral("N-%1").arg(++n);
                in.startedAt = QDateTime(QDate(2024, 3, 5), QTime(9, 0), QTimeZone::utc());
                in.agentCode = QStringLiteral("A%1").arg(n);
                in.agentName = name;
                in.teamName = n % 2 ? QStringLiteral("张组") : QStringLiteral("李组");
                w.insert(in);
            }
            t.commit();
        }
        QStringList order;
        for (const AgentEntry &a : StaffDirectory(c).agents()) {
            order << a.teamName + a.name;
        }
        QCOMPARE(order, (QStringList{QStringLiteral("李组李娜"), QStringLiteral("李组张伟"), QStringLiteral("张组王芳"),
                                     QStringLiteral("张组赵敏")}));
    }

    void writerCreatesTeamsAgentsAndTurns()
    {
        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        {
            Transaction t(c);
            InteractionWriter w(c);
            QVERIFY(!w.exists(QStringLiteral("X1")));
            w.insert(sample(QStringLiteral("X1")));
            w.insert(sample(QStringLiteral("X2")));
            QVERIFY(w.exists(QStringLiteral("X1")));
            w.finish();
            t.commit();
        }
        const DatabaseCounts counts = DatabaseSummary(c).counts();
        QCOMPARE(counts.interactions, 2);
        QCOMPARE(counts.transcripts, 2);
        QSqlQuery agents = c.run(QStringLiteral("SELECT COUNT(*) FROM agents"));
        QVERIFY(agents.next());
        QCOMPARE(agents.value(0).toInt(), 1);
        QSqlQuery turns = c.run(QStringLiteral("SELECT seq, start_ms, end_ms FROM turns ORDER BY id LIMIT 2"));
        QVERIFY(turns.next());
        QCOMPARE(turns.value(0).toInt(), 0);
        QVERIFY(turns.next());
        QCOMPARE(turns.value(1).toLongLong(), 3000);
        QVERIFY(turns.value(2).isNull());
    }

    void duplicateExternalIdRollsBackTheTransaction()
    {
        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        try {
            Transaction t(c);
            InteractionWriter w(c);
            w.insert(sample(QStringLiteral("D1")));
            w.insert(sample(QStringLiteral("D1")));
            t.commit();
            QFAIL("a duplicate external_id must be refused");
        } catch (const Error &) {
        }
        QCOMPARE(DatabaseSummary(c).counts().interactions, 0);
        QSqlQuery rollups = c.run(QStringLiteral("SELECT COUNT(*) FROM kpi_rollup_all"));
        QVERIFY(rollups.next());
        QCOMPARE(rollups.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
