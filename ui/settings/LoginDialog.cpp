#include "LoginDialog.h"

#include "common/MessageBox.h"
#include "Error.h"
#include "settings/AppSettings.h"
#include "storage/Connection.h"
#include "team/PasswordVault.h"
#include "team/PgCredentials.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace qadesk {

LoginDialog::LoginDialog(const QString &location, const QString &user, PasswordVault &vault, Attempt attempt,
                         QWidget *parent)
    : QDialog(parent), m_location(location), m_vault(vault), m_attempt(std::move(attempt))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to the team database"));
    const PgCredentials::Key key = PgCredentials::keyOf(location);
    auto *intro = new QLabel(tr("This database is shared by your team: log in with your own database account. "
                                "What you see and may change follows your role."),
                             this);
    intro->setWordWrap(true);
    auto *server = new QLabel(tr("%1 on %2:%3").arg(key.database, key.host).arg(key.port), this);
    server->setObjectName(QStringLiteral("serverLabel"));
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_user = new QLineEdit(user, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember the password in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Database:"), server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_logIn = buttons->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    m_logIn->setObjectName(QStringLiteral("logInButton"));
    m_logIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    connect(m_user, &QLineEdit::editingFinished, this, &LoginDialog::lookUpRemembered);
    if (user.isEmpty()) {
        m_user->setFocus();
    } else {
        m_password->setFocus();
        lookUpRemembered();
    }
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::lookUpRemembered()
{
    const QString who = user();
    if (who.isEmpty() || who == m_lookedUp) {
        return;
    }
    m_lookedUp = who;
    QPointer<LoginDialog> self(this);
    m_vault.read(
        PasswordVault::account(PgCredentials::keyOf(m_location), who), [self, who](const PasswordVault::Result &r) {
            if (!self || self->user() != who) {
                return;
            }
            if (r.unavailable) {
                self->m_keychainUnavailable = true;
                self->m_remember->setChecked(false);
                self->m_remember->setEnabled(false);
                self->m_remember->setToolTip(r.error);
                self->showStatus(tr("The keychain is not available, so the password cannot be remembered: "
                                    "type it each time."));
                return;
            }
            if (r.password && self->m_password->text().isEmpty()) {
                self->m_password->setText(*r.password);
                self->m_remember->setChecked(true);
                self->showStatus(tr("The password remembered in the keychain is filled in."));
            }
        });
}

void LoginDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    adjustSize(); // a long server message grows the dialog instead of squeezing the fields
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_logIn->setEnabled(!busy);
}

void LoginDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (user().isEmpty() || password().isEmpty()) {
        showStatus(tr("Type your user name and password."));
        (user().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    setBusy(true);
    showStatus(tr("Logging in…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (!error.isEmpty()) {
            showStatus(tr("Could not log in: %1").arg(error));
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        finish();
    });
    watcher->setFuture(QtConcurrent::run(m_attempt, m_location, user(), password()));
}

void LoginDialog::finish()
{
    const QString account = PasswordVault::account(PgCredentials::keyOf(m_location), user());
    QPointer<LoginDialog> self(this);
    const auto done = [self](const PasswordVault::Result &r) {
        if (!self) {
            return;
        }
        self->m_keychainMessage = r.error;
        self->QDialog::accept();
    };
    if (m_keychainUnavailable) {
        QDialog::accept();
    } else if (m_remember->isChecked()) {
        m_vault.write(account, password(), done);
    } else {
        m_vault.remove(account, done); // unticked: forget a password remembered before
    }
}

bool LoginDialog::logIn(const QString &location, const QString &proposed, PasswordVault &vault, AppSettings &settings,
                        QWidget *parent, const Attempt &attempt)
{
    LoginDialog dialog(location, proposed, vault, attempt, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    settings.setInspectorName(dialog.user());
    settings.setProfileChosen(true);
    if (!dialog.keychainMessage().isEmpty()) {
        MessageBox::warning(parent, tr("Keychain"), dialog.keychainMessage());
    }
    return true;
}

QString LoginDialog::attemptConnection(const QString &location, const QString &user, const QString &password)
{
    // The window of the one logged in now keeps working while someone else tries: a failed try puts theirs back.
    const QString previousUser = PgCredentials::user(location);
    const QString previousPassword = PgCredentials::password(location);
    PgCredentials::set(location, user, password);
    try {
        const Connection connection(location);
        return {};
    } catch (const Error &error) {
        PgCredentials::set(location, previousUser, previousPassword);
        return error.message();
    }
}

} // namespace qadesk
