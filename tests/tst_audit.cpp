// The audit log's hash chain (issue 10): every kind of tampering is refused by the guards, and found by the
// chain when the guards were removed first; migrations chain old entries and restore removed guards.
#include "Error.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/Connection.h"
#include "storage/Schema.h"
#include "storage/StartupWarnings.h"
#include "settings/AppSettings.h"

#include <QFile>
#include <QStandardPaths>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

void appendSome(Connection &c, int n)
{
    for (int i = 1; i <= n; ++i) {
        Transaction t(c);
        AuditLog(c).append(QStringLiteral("李娜"), QStringLiteral("submit"), QStringLiteral("evaluation"), i,
                           QStringLiteral("score=%1").arg(60 + i));
        t.commit();
    }
}

void dropGuards(Connection &c)
{
    for (const QString &name : {QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_no_delete"),
                                QStringLiteral("audit_log_extends_chain"), QStringLiteral("audit_log_moves_head"),
                                QStringLiteral("audit_head_follows_log"), QStringLiteral("audit_head_no_delete")}) {
        c.execute(QStringLiteral("DROP TRIGGER %1").arg(name));
    }
}

qint64 idAt(Connection &c, qint64 seq)
{
    QSqlQuery q = c.run(QStringLiteral("SELECT id FROM audit_log WHERE seq = ?"), {seq});
    return q.next() ? q.value(0).toLongLong() : 0;
}

AuditRecord recordAt(Connection &c, qint64 seq)
{
    QSqlQuery q = c.run(QStringLiteral("SELECT id, seq, at, actor, action, entity, entity_id, detail, prev_hash, hash "
                                       "FROM audit_log WHERE seq = ?"),
                        {seq});
    if (!q.next()) {
        return {};
    }
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.seq = q.value(1).toLongLong();
    r.at = q.value(2).toLongLong();
    r.actor = q.value(3).toString();
    r.action = q.value(4).toString();
    r.entity = q.value(5).toString();
    if (!q.value(6).isNull()) {
        r.entityId = q.value(6).toLongLong();
    }
    r.detail = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("qadesk-tst-audit"));
    }

    // What the app shows after start: nothing when all is well (and it remembers the head); then a rewritten log,
    // removed guards and a file others can read, each in words.
    void startupWarningsNameWhatWasFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        AppSettings settings;
        {
            Connection c(path);
            Schema::migrate(c);
            appendSome(c, 3);
            QCOMPARE(StartupWarnings::collect(c, settings, {}), QStringList());
            QCOMPARE(settings.auditAnchor(path), AuditChain(c).head().toString());
            appendSome(c, 1);
            QCOMPARE(StartupWarnings::collect(c, settings, {}), QStringList());
            QCOMPARE(AuditHead::fromString(settings.auditAnchor(path))->seq, 4);
            // Rewritten consistently from entry 2 on: only the remembered head shows it.
            dropGuards(c);
            QString prev = recordAt(c, 1).hash;
            for (qint64 seq = 2; seq <= 4; ++seq) {
                AuditRecord r = recordAt(c, seq);
                r.actor = QStringLiteral("someone else");
                r.prevHash = prev;
                r.hash = AuditChain::hashOf(r);
                c.run(QStringLiteral("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?"),
                      {r.actor, r.prevHash, r.hash, r.id});
                prev = r.hash;
            }
            c.run(QStringLiteral("UPDATE audit_head SET hash = ?"), {prev});
        }
        Connection c(path);
        const QStringList removed = Schema::missingGuards(c);
        QCOMPARE(removed.size(), 6);
        Schema::migrate(c);
        const QString anchorBefore = settings.auditAnchor(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const QStringList warnings = StartupWarnings::collect(c, settings, removed);
        QCOMPARE(warnings.size(), 3);
        QVERIFY2(warnings.at(0).startsWith(QStringLiteral("The audit log was tampered with: Audit entry 4 is not the one "
                                                          "seen here before")),
                 qPrintable(warnings.at(0)));
        QVERIFY(warnings.at(1).contains(QStringLiteral("audit_log_no_update")));
        QVERIFY2(warnings.at(2).startsWith(QStringLiteral("The database file can be read by other users (mode 0644)")) &&
                     warnings.at(2).endsWith(QStringLiteral("chmod 600 ") + path),
                 qPrintable(warnings.at(2)));
        // A broken log is never taken as the new reference.
        QCOMPARE(settings.auditAnchor(path), anchorBefore);
    }

    void canonicalFormIsTheDocumentedOne()
    {
        AuditRecord r;
        r.seq = 3;
        r.at = 1700000000;
        r.actor = QStringLiteral("李娜");
        r.action = QStringLiteral("submit");
        r.entity = QStringLiteral("evaluation");
        r.entityId = 42;
        r.detail = QStringLiteral("a\nb");
        r.prevHash = QString(64, QLatin1Char('a'));
        const QByteArray expected = QByteArray("qadesk.audit.v1\n1:3\n10:1700000000\n6:") + QStringLiteral("李娜").toUtf8() +
                                    "\n6:submit\n10:evaluation\n2:42\n3:a\nb\n64:" + QByteArray(64, 'a') + "\n";
        QCOMPARE(AuditChain::canonical(r), expected);
        QCOMPARE(AuditChain::hashOf(r),
                 QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
        // A null entity id and an empty string are different contents with different hashes.
        AuditRecord noEntity = r;
        noEntity.entityId.reset();
        QVERIFY(AuditChain::canonical(noEntity).contains("\n0:\n3:a\nb"));
        QVERIFY(AuditChain::hashOf(noEntity) != AuditChain::hashOf(r));
    }

    void appendsFormOneIntactChain()
    {
        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        appendSome(c, 5);
        AuditChain chain(c);
        const AuditVerification v = chain.verify();
        QVERIFY2(v.ok(), qPrintable(v.firstBroken ? v.firstBroken->message : v.missingGuards.join(u',')));
        QCOMPARE(v.entries, 5);
        QCOMPARE(v.checked, 5);
        QCOMPARE(v.head.seq, 5);
        QCOMPARE(v.head.hash, recordAt(c, 5).hash);
        QCOMPARE(recordAt(c, 1).prevHash, QString());
        for (qint64 seq = 2; seq <= 5; ++seq) {
            QCOMPARE(recordAt(c, seq).prevHash, recordAt(c, seq - 1).hash);
        }
        QVERIFY(chain.verifyTail(2).ok());
        QCOMPARE(chain.verifyTail(2).checked, 2);
    }

    void emptyLogIsIntact()
    {
        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        const AuditVerification v = AuditChain(c).verify();
        QVERIFY(v.ok());
        QCOMPARE(v.entries, 0);
        QCOMPARE(v.head.seq, 0);
    }

    void guardsRefuseEveryChange_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 2");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM audit_log WHERE seq = 2");
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM audit_log");
        QTest::newRow("replace into")
            << QStringLiteral("REPLACE INTO audit_log (id, at, actor, action, entity, entity_id, detail) "
                              "SELECT id, at, 'x', action, entity, entity_id, detail FROM audit_log WHERE seq = 2");
        QTest::newRow("insert or replace")
            << QStringLiteral("INSERT OR REPLACE INTO audit_log (id, seq, at, actor, action, entity, entity_id, detail, "
                              "prev_hash, hash) SELECT id, seq, at, 'x', action, entity, entity_id, detail, prev_hash, "
                              "hash FROM audit_log WHERE seq = 2");
        QTest::newRow("insert without chain")
            << QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                              "VALUES (1, 'x', 'submit', 'evaluation', 1, '')");
        QTest::newRow("insert with a wrong link")
            << QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) "
                              "VALUES (4, 1, 'x', 'submit', 'evaluation', 1, '', '', printf('%064d', 0))");
        QTest::newRow("head moved back") << QStringLiteral("UPDATE audit_head SET seq = 2");
        QTest::newRow("head deleted") << QStringLiteral("DELETE FROM audit_head");
    }

    void guardsRefuseEveryChange()
    {
        QFETCH(QString, sql);
        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        appendSome(c, 3);
        const QString before = AuditChain(c).head().toString();
        QVERIFY_THROWS_EXCEPTION(Error, c.run(sql));
        QCOMPARE(AuditChain(c).head().toString(), before);
        QVERIFY(AuditChain(c).verify().ok());
    }

    // With the guards removed first, every change is found, at the place where it happened.
    void chainFindsTamperingWithGuardsRemoved_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("edited") << QStringList{QStringLiteral("UPDATE audit_log SET detail = 'score=99' WHERE seq = 3")}
                                << QStringLiteral("changed") << qint64(3);
        QTest::newRow("edited time") << QStringList{QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE seq = 2")}
                                     << QStringLiteral("changed") << qint64(2);
        QTest::newRow("deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 3")}
                                 << QStringLiteral("missing") << qint64(3);
        QTest::newRow("deleted first") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 1")}
                                       << QStringLiteral("missing") << qint64(1);
        QTest::newRow("deleted from the end") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq >= 4")}
                                              << QStringLiteral("truncated") << qint64(4);
        QTest::newRow("emptied") << QStringList{QStringLiteral("DELETE FROM audit_log")} << QStringLiteral("truncated")
                                 << qint64(1);
        QTest::newRow("inserted outside the chain")
            << QStringList{QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                          "VALUES (1, 'x', 'submit', 'evaluation', 1, '')")}
            << QStringLiteral("unchained") << qint64(6);
        QTest::newRow("replaced")
            << QStringList{QStringLiteral("REPLACE INTO audit_log (id, at, actor, action, entity, entity_id, detail) "
                                          "SELECT id, at, 'x', action, entity, entity_id, detail FROM audit_log "
                                          "WHERE seq = 2")}
            << QStringLiteral("unchained") << qint64(2);
        QTest::newRow("appended past the head")
            << QStringList{QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, "
                                          "prev_hash, hash) SELECT 6, 1, 'x', 'submit', 'evaluation', 1, '', hash, "
                                          "printf('%064d', 0) FROM audit_head")}
            << QStringLiteral("changed") << qint64(6);
        QTest::newRow("head moved back")
            << QStringList{QStringLiteral("UPDATE audit_head SET seq = 4, hash = (SELECT hash FROM audit_log WHERE seq = 4)")}
            << QStringLiteral("beyond_head") << qint64(5);
        QTest::newRow("head deleted") << QStringList{QStringLiteral("DELETE FROM audit_head")}
                                      << QStringLiteral("truncated") << qint64(6);
    }

    void chainFindsTamperingWithGuardsRemoved()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, problem);
        QFETCH(qint64, seq);
        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        appendSome(c, 5);
        dropGuards(c);
        for (const QString &statement : sql) {
            c.run(statement);
        }
        const AuditVerification v = AuditChain(c).verify();
        QVERIFY(!v.ok());
        QVERIFY(v.firstBroken.has_value());
        QCOMPARE(AuditFinding::problemKey(v.firstBroken->problem), problem);
        QCOMPARE(v.firstBroken->seq, seq);
        QVERIFY(!v.firstBroken->message.isEmpty());
        QCOMPARE(v.missingGuards.size(), 6);
    }

    // A forger who recomputes the hash of the entry they replaced still breaks the link of the next one; at the
    // end of the chain, the head.
    void replacedEntryWithItsHashRecomputedBreaksTheLink_data()
    {
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<qint64>("brokenAt");
        QTest::newRow("inside") << qint64(3) << qint64(4);
        QTest::newRow("last") << qint64(5) << qint64(5);
    }

    void replacedEntryWithItsHashRecomputedBreaksTheLink()
    {
        QFETCH(qint64, seq);
        QFETCH(qint64, brokenAt);
        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        appendSome(c, 5);
        dropGuards(c);
        AuditRecord forged = recordAt(c, seq);
        forged.detail = QStringLiteral("score=100");
        forged.hash = AuditChain::hashOf(forged);
        c.run(QStringLiteral("UPDATE audit_log SET detail = ?, hash = ? WHERE id = ?"), {forged.detail, forged.hash, forged.id});
        const AuditVerification v = AuditChain(c).verify();
        QVERIFY(v.firstBroken.has_value());
        QCOMPARE(AuditFinding::problemKey(v.firstBroken->problem), QStringLiteral("broken_link"));
        QCOMPARE(v.firstBroken->seq, brokenAt);
    }

    // A forger who rewrites the whole chain consistently is caught by an anchor kept from an earlier look.
    void rewrittenChainLosesTheAnchor()
    {
        Connection c(QStringLiteral(":memory:"));
        Schema::migrate(c);
        appendSome(c, 5);
        const AuditHead anchor = AuditChain(c).head();
        QVERIFY(AuditChain(c).verifyTail(3, anchor).ok());
        dropGuards(c);
        QString prev;
        for (qint64 seq = 1; seq <= 5; ++seq) {
            AuditRecord r = recordAt(c, seq);
            if (seq == 2) {
                r.detail = QStringLiteral("score=100");
            }
            r.prevHash = prev;
            r.hash = AuditChain::hashOf(r);
            c.run(QStringLiteral("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?"),
                  {r.detail, r.prevHash, r.hash, r.id});
            prev = r.hash;
        }
        c.run(QStringLiteral("UPDATE audit_head SET hash = ?"), {prev});
        QVERIFY(AuditChain(c).verify().firstBroken == std::nullopt);
        const AuditVerification v = AuditChain(c).verifyTail(3, anchor);
        QVERIFY(v.firstBroken.has_value());
        QCOMPARE(AuditFinding::problemKey(v.firstBroken->problem), QStringLiteral("anchor_lost"));
        QCOMPARE(v.firstBroken->seq, 5);
        QCOMPARE(AuditHead::fromString(anchor.toString())->hash, anchor.hash);
        QVERIFY(!AuditHead::fromString(QStringLiteral("5:xyz")));
    }

    // Opening the database again (any migrate: the app, `qadesk-cli init`) puts removed guards back and says so in
    // the log itself; the chain goes on intact.
    void migrateRestoresRemovedGuardsAndRecordsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Connection c(path);
            Schema::migrate(c);
            appendSome(c, 2);
            c.execute(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
            c.execute(QStringLiteral("DROP TRIGGER audit_log_extends_chain"));
            QCOMPARE(Schema::missingGuards(c),
                     (QStringList{QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log_extends_chain")}));
        }
        Connection c(path);
        Schema::migrate(c);
        QVERIFY(Schema::missingGuards(c).isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, c.run(QStringLiteral("DELETE FROM audit_log")));
        const AuditVerification v = AuditChain(c).verify();
        QVERIFY(v.ok());
        QCOMPARE(v.entries, 3);
        const AuditRecord last = recordAt(c, 3);
        QCOMPARE(last.action, QStringLiteral("guards-restored"));
        QCOMPARE(last.detail, QStringLiteral("audit_log_no_delete, audit_log_extends_chain"));
        // Nothing missing: migrating again writes nothing.
        Schema::migrate(c);
        QCOMPARE(AuditChain(c).verify().entries, 3);
    }

    // A database from before the chain (schema 5) keeps its entries; they are chained in the order written.
    void migrationChainsEntriesWrittenBeforeTheChain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Connection c(path);
            Schema::migrate(c);
            // Back to the schema-5 shape of the log: the columns stay, but empty, as ALTER TABLE left them.
            dropGuards(c);
            c.execute(QStringLiteral("DROP TABLE audit_head"));
            // And without the tables of later migrations (008 calibration), which migrating creates again.
            for (const char *table : {"calibration_score_critical", "calibration_score_checklist",
                                      "calibration_score_levels", "calibration_scores", "calibration_participants",
                                      "calibration_items", "calibration_sessions"}) {
                c.execute(QStringLiteral("DROP TABLE ") + QLatin1String(table));
            }
            c.execute(QStringLiteral("DROP INDEX audit_log_seq"));
            c.execute(QStringLiteral("ALTER TABLE audit_log DROP COLUMN seq"));
            c.execute(QStringLiteral("ALTER TABLE audit_log DROP COLUMN prev_hash"));
            c.execute(QStringLiteral("ALTER TABLE audit_log DROP COLUMN hash"));
            for (int i = 0; i < 4; ++i) {
                c.run(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                     "VALUES (?, 'old', 'submit', 'evaluation', ?, '')"),
                      {1600000000 + i, i});
            }
            c.execute(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                                     "SELECT RAISE(ABORT, 'audit_log is append-only'); END"));
            c.execute(QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                                     "SELECT RAISE(ABORT, 'audit_log is append-only'); END"));
            // What later migrations made goes too: they run again from version 5.
            c.execute(QStringLiteral("DROP TABLE user_roles")); // 010
            c.execute(QStringLiteral("DROP TABLE kpi_targets")); // 015
            for (const char *table : {"coaching_commitments", "coaching_recordings", "coaching_evaluations",
                                      "coaching_sessions", "rectification_checks", "rectification_history",
                                      "rectification_items"}) { // 013
                c.execute(QStringLiteral("DROP TABLE ") + QLatin1String(table));
            }
            for (const char *table : {"evaluation_versions", "dispute_decisions", "dispute_items", "disputes",
                                      "evaluation_feedback"}) { // 012
                c.execute(QStringLiteral("DROP TABLE ") + QLatin1String(table));
            }
            Schema::setMeta(c, QStringLiteral("schema_version"), QStringLiteral("5"));
        }
        Connection c(path);
        QCOMPARE(Schema::migrate(c), Schema::latestVersion());
        const AuditVerification v = AuditChain(c).verify();
        QVERIFY2(v.ok(), qPrintable(v.firstBroken ? v.firstBroken->message : v.missingGuards.join(u',')));
        QCOMPARE(v.entries, 4);
        QCOMPARE(v.head.seq, 4);
        for (qint64 seq = 1; seq <= 4; ++seq) {
            QCOMPARE(recordAt(c, seq).entityId.value_or(-1), seq - 1);
        }
        appendSome(c, 1);
        QVERIFY(AuditChain(c).verify().ok());
        QCOMPARE(idAt(c, 5), recordAt(c, 5).id);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
