// Team mode's login (issue 13): the login dialog driven by keyboard, with an in-memory keychain and a login
// attempt that stands in for the server. A remembered password is filled in; "remember" stores it, unticking
// forgets it; a refused login keeps the dialog open and remembers nothing; an unavailable keychain is said and
// logging in still works; the settings file then names the login and never holds the password.
#include "GuiWorkspaceFixture.h"
#include "settings/AppSettings.h"
#include "settings/LoginDialog.h"
#include "team/PasswordVault.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace qadesk;

namespace {

const QString kLocation = QStringLiteral("postgresql://qa.example:5432/qadesk");
const QString kPassword = QStringLiteral("Zx9-unusual-secret");

// Accepts kPassword for anyone; counts the attempts (they run on a worker thread).
std::atomic<int> s_attempts{0};
QString fakeAttempt(const QString &location, const QString &user, const QString &password)
{
    ++s_attempts;
    if (location != kLocation || user.isEmpty()) {
        return QStringLiteral("wrong database");
    }
    return password == kPassword ? QString()
                                 : QStringLiteral("password authentication failed for user \"%1\"").arg(user);
}

QString account(const QString &user)
{
    return PasswordVault::account(PgCredentials::keyOf(kLocation), user);
}

// Every byte of every settings file written under the test's config folder.
QByteArray allSettingsBytes(const QTemporaryDir &dir)
{
    QByteArray all;
    QDirIterator it(dir.filePath(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            all += f.readAll();
        }
    }
    return all;
}

} // namespace

class TestGuiLogin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void typeInto(QWidget *widget, const QString &text) { QTest::keyClicks(widget, text); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fixture::isolateSettings(m_dir);
    }

    void init()
    {
        fixture::resetSettings();
        s_attempts = 0;
    }

    void typedLoginIsRememberedAndTheSettingsHoldNoPassword()
    {
        MemoryVault vault;
        auto settings = std::make_unique<AppSettings>();
        bool accepted = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // Whatever fails below, the modal dialog must not stay open (the test would hang instead of failing).
            const auto closeIt = qScopeGuard([dialog] {
                if (QTest::currentTestFailed() && dialog->isVisible()) {
                    dialog->reject();
                }
            });
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"));
            QTRY_VERIFY(user->hasFocus()); // nobody proposed: the user name first
            typeInto(user, QStringLiteral("wang"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordEdit"));
            typeInto(QApplication::focusWidget(), kPassword);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("rememberCheck"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isChecked());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        accepted = LoginDialog::logIn(kLocation, QString(), vault, *settings, nullptr, &fakeAttempt);
        QVERIFY(accepted);
        QCOMPARE(s_attempts.load(), 1);
        QCOMPARE(vault.entries().size(), std::size_t(1));
        QCOMPARE(vault.entries().at(account(QStringLiteral("wang"))), kPassword);
        // The person is the login; the settings name them and hold no password.
        QCOMPARE(settings->inspectorName(), QStringLiteral("wang"));
        QVERIFY(settings->profileChosen());
        settings.reset(); // written to the file
        const QByteArray bytes = allSettingsBytes(m_dir);
        QVERIFY(bytes.contains("wang"));
        QVERIFY(!bytes.contains(kPassword.toUtf8()));
    }

    void rememberedPasswordIsFilledInAndUntickingForgetsIt()
    {
        MemoryVault vault;
        vault.write(account(QStringLiteral("li")), kPassword, [](const PasswordVault::Result &) {});
        LoginDialog dialog(kLocation, QStringLiteral("li"), vault, &fakeAttempt);
        dialog.show();
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        QCOMPARE(password->text(), kPassword);
        QVERIFY(remember->isChecked());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        remember->setFocus();
        QTest::keyClick(remember, Qt::Key_Space); // untick: forget it
        QVERIFY(!remember->isChecked());
        QTest::keyClick(remember, Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(vault.entries().empty());
    }

    void refusedLoginStaysOpenAndRemembersNothing()
    {
        MemoryVault vault;
        LoginDialog dialog(kLocation, QStringLiteral("zhao"), vault, &fakeAttempt);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY(password->hasFocus()); // the user was proposed: the password next
        remember->setChecked(true);
        typeInto(password, QStringLiteral("wrong"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(status->text().contains(QStringLiteral("password authentication failed")));
        QTRY_VERIFY(password->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted (yet)
        QVERIFY(vault.entries().empty());
        // Then the right one.
        password->clear();
        typeInto(password, kPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(s_attempts.load(), 2);
        QCOMPARE(vault.entries().at(account(QStringLiteral("zhao"))), kPassword);
    }

    void emptyFieldsAreAskedForWithoutAnAttempt()
    {
        MemoryVault vault;
        LoginDialog dialog(kLocation, QString(), vault, &fakeAttempt);
        dialog.show();
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
        QCOMPARE(s_attempts.load(), 0);
    }

    void unavailableKeychainIsSaidAndLoginStillWorks()
    {
        MemoryVault vault;
        vault.setUnavailable(true);
        LoginDialog dialog(kLocation, QStringLiteral("qian"), vault, &fakeAttempt);
        dialog.show();
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(status->text().contains(QStringLiteral("keychain is not available")));
        QVERIFY(remember->toolTip().contains(QStringLiteral("not remembered")));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        typeInto(password, kPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.password(), kPassword);
        QVERIFY(vault.entries().empty());
    }

    void cancelLogsNobodyIn()
    {
        MemoryVault vault;
        AppSettings settings;
        QTimer::singleShot(0, this, [] { QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape); });
        QVERIFY(!LoginDialog::logIn(kLocation, QStringLiteral("sun"), vault, settings, nullptr, &fakeAttempt));
        QCOMPARE(settings.inspectorName(), fixture::kInspector);
        QCOMPARE(s_attempts.load(), 0);
    }
};

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
