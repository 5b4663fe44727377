// Team mode's pieces that need no server (issue 13): the SCRAM-SHA-256 verifier sent instead of a password
// (checked against Python's hashlib.pbkdf2_hmac), the process's login for a database, the keychain's account
// names and the in-memory vault; migration 014 leaves an SQLite database as it was. The rules themselves run
// against PostgreSQL in tests/cli_rls_postgres.sh.
#include "storage/Connection.h"
#include "storage/Schema.h"
#include "storage/TeamLogins.h"
#include "team/PasswordVault.h"
#include "team/PgCredentials.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

class TestTeamLogins : public QObject
{
    Q_OBJECT

private slots:
    void scramVerifierIsPostgresFormatAndHashlibsValue()
    {
        // python3: hashlib.pbkdf2_hmac('sha256', b'pencil', bytes(range(16)), 4096), then RFC 5802's keys.
        QByteArray salt;
        for (int i = 0; i < 16; ++i) {
            salt.append(char(i));
        }
        QCOMPARE(TeamLogins::scramVerifier(QStringLiteral("pencil"), salt),
                 QStringLiteral("SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$zHCdol2044/ZyWzPLi7oxApCkamKw9Z+E4U/QApd/"
                                "5Y=:dd5peBOitVnLNFu7VmwP+HiDaaw4OUCv396eVCWhYiE="));
        // A random salt each time: two verifiers of one password differ, and neither holds it.
        const QString a = TeamLogins::scramVerifier(QStringLiteral("pencil"));
        const QString b = TeamLogins::scramVerifier(QStringLiteral("pencil"));
        QVERIFY(a != b);
        QVERIFY(a.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
        QVERIFY(!a.contains(QStringLiteral("pencil")));
    }

    void credentialsFollowTheDatabaseAndTheUrl()
    {
        const QString bare = QStringLiteral("postgresql://db.example:5433/qa");
        QVERIFY(PgCredentials::isTeamMode(bare));
        QVERIFY(!PgCredentials::isTeamMode(QStringLiteral("postgresql://u:p@db.example:5433/qa")));
        QVERIFY(!PgCredentials::isTeamMode(QStringLiteral("/tmp/a.sqlite")));
        QCOMPARE(PgCredentials::withoutLogin(QStringLiteral("postgresql://alice:secret@db.example:5433/qa")), bare);
        // What windows and messages show: never the password.
        QCOMPARE(PgCredentials::forDisplay(QStringLiteral("postgresql://alice:secret@db.example:5433/qa")),
                 QStringLiteral("postgresql://alice@db.example:5433/qa"));
        QCOMPARE(PgCredentials::forDisplay(QStringLiteral("/tmp/a b.sqlite")), QStringLiteral("/tmp/a b.sqlite"));
        QCOMPARE(PgCredentials::password(bare), QString());
        PgCredentials::set(bare, QStringLiteral("alice"), QStringLiteral("s3cret"));
        QCOMPARE(PgCredentials::user(bare), QStringLiteral("alice"));
        QCOMPARE(PgCredentials::password(bare), QStringLiteral("s3cret"));
        // Another database, or a URL naming someone else, does not get alice's password; a URL's own wins.
        QCOMPARE(PgCredentials::password(QStringLiteral("postgresql://db.example:5433/other")), QString());
        QCOMPARE(PgCredentials::password(QStringLiteral("postgresql://bob@db.example:5433/qa")), QString());
        QCOMPARE(PgCredentials::user(QStringLiteral("postgresql://bob@db.example:5433/qa")), QStringLiteral("bob"));
        QCOMPARE(PgCredentials::password(QStringLiteral("postgresql://bob:own@db.example:5433/qa")),
                 QStringLiteral("own"));
        PgCredentials::clear();
        QCOMPARE(PgCredentials::password(bare), QString());
    }

    void vaultAccountsAndTheMemoryVault()
    {
        const PgCredentials::Key key = PgCredentials::keyOf(QStringLiteral("postgresql://h:6000/qadesk"));
        const QString account = PasswordVault::account(key, QStringLiteral("wang"));
        QCOMPARE(account, QStringLiteral("wang@h:6000/qadesk"));
        MemoryVault vault;
        QCOMPARE(PasswordVault::readNow(vault, account), std::nullopt);
        vault.write(account, QStringLiteral("pw"), [](const PasswordVault::Result &r) { QVERIFY(r.error.isEmpty()); });
        QCOMPARE(PasswordVault::readNow(vault, account), std::optional<QString>(QStringLiteral("pw")));
        vault.remove(account, [](const PasswordVault::Result &) {});
        QCOMPARE(PasswordVault::readNow(vault, account), std::nullopt);
        vault.setUnavailable(true);
        QString error;
        QCOMPARE(PasswordVault::readNow(vault, account, &error), std::nullopt);
        QVERIFY(error.contains(QStringLiteral("not available")));
    }

    void sqliteHasNoTeamMode()
    {
        QTemporaryDir dir;
        Connection c(dir.filePath(QStringLiteral("a.sqlite")));
        QCOMPARE(Schema::migrate(c), Schema::latestVersion());
        QVERIFY(Schema::latestVersion() >= Schema::kTeamModeVersion);
        TeamLogins logins(c);
        QVERIFY(!logins.available());
        QVERIFY(!logins.isPerson());
        QCOMPARE(logins.currentLogin(), QString());
        logins.manage(QStringLiteral("x"), Role::Agent, true, QStringLiteral("pw")); // nothing to do, no error
        // None of 014's PostgreSQL functions reached the SQLite file.
        QSqlQuery q = c.run(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'qadesk%'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTeamLogins)
#include "tst_teamlogins.moc"
