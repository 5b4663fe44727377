#include "team/PasswordVault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace qadesk;

// The real keychain behind PasswordVault (QtKeychain → the desktop's Secret Service). CTest runs this suite twice:
// as tst_keychain with no session bus, where the keychain must say it is unavailable (and remember nothing), and as
// tst_keychain_secret_service inside a private D-Bus session with an unlocked GNOME Keyring
// (scripts/with-secret-service.sh sets QADESK_EXPECT_SECRET_SERVICE=1), where a password written by one vault is
// read back by another, replaced and removed.
class KeychainTest : public QObject
{
    Q_OBJECT

    static PasswordVault::Result wait(const std::function<void(PasswordVault::Done)> &start)
    {
        auto answer = std::make_shared<std::optional<PasswordVault::Result>>();
        QEventLoop loop;
        start([answer, &loop](const PasswordVault::Result &result) {
            *answer = result;
            loop.quit();
        });
        if (!*answer) {
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return answer->value_or(PasswordVault::Result{std::nullopt, QStringLiteral("no answer in 20 s"), true});
    }

    static bool expectService() { return qgetenv("QADESK_EXPECT_SECRET_SERVICE") == "1"; }

    const QString m_account = PasswordVault::account({QStringLiteral("db.example"), 5432, QStringLiteral("qa")},
                                                     QStringLiteral("li_na"));

private slots:
    void accountNamesLoginAndDatabase()
    {
        QCOMPARE(m_account, QStringLiteral("li_na@db.example:5432/qa"));
    }

    void withoutASecretServiceNothingIsRemembered()
    {
        if (expectService()) {
            QSKIP("this run has a Secret Service (tst_keychain without one checks this)");
        }
        const auto vault = PasswordVault::keychain();
        const PasswordVault::Result written =
            wait([&](PasswordVault::Done done) { vault->write(m_account, QStringLiteral("pw-1"), done); });
        QVERIFY(written.unavailable);
        QVERIFY2(written.error.contains(QStringLiteral("not remembered")), qPrintable(written.error));
        QString error;
        QVERIFY(!PasswordVault::readNow(*vault, m_account, &error));
        QVERIFY(!error.isEmpty());
    }

    void aSecretServiceRemembersReplacesAndForgets()
    {
        if (!expectService()) {
            QSKIP("needs a Secret Service: tst_keychain_secret_service runs this under scripts/with-secret-service.sh");
        }
        const PasswordVault::Result written = wait(
            [&](PasswordVault::Done done) { PasswordVault::keychain()->write(m_account, QStringLiteral("pw-1 密码"), done); });
        QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
        QVERIFY(!written.unavailable);

        // Another vault (the next start of the app) reads it back.
        const auto next = PasswordVault::keychain();
        QString error;
        const std::optional<QString> read = PasswordVault::readNow(*next, m_account, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.value_or(QString()), QStringLiteral("pw-1 密码"));
        // Another login on the same database is another entry.
        const QString other = PasswordVault::account({QStringLiteral("db.example"), 5432, QStringLiteral("qa")},
                                                     QStringLiteral("wang"));
        QVERIFY(!PasswordVault::readNow(*next, other, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // not found is not an error

        QVERIFY(wait([&](PasswordVault::Done done) { next->write(m_account, QStringLiteral("pw-2"), done); }).error.isEmpty());
        QCOMPARE(PasswordVault::readNow(*PasswordVault::keychain(), m_account).value_or(QString()), QStringLiteral("pw-2"));

        const PasswordVault::Result removed = wait([&](PasswordVault::Done done) { next->remove(m_account, done); });
        QVERIFY2(removed.error.isEmpty(), qPrintable(removed.error));
        QVERIFY(!PasswordVault::readNow(*PasswordVault::keychain(), m_account, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
