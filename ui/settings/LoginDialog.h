#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qadesk {

class AppSettings;
class PasswordVault;

// Team mode's login (docs/team-mode.md): a PostgreSQL database opened without a password in its URL asks who is
// logging in. The password is tried on a worker thread; "remember" keeps it in the keychain (PasswordVault) for
// this user and database, unticking it forgets it there. An unavailable keychain is said, and the password is
// then only kept in memory for this session. The password is never written to settings or logs.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    // Tries a login on a worker thread: an error message, or empty when the database let the person in.
    using Attempt = std::function<QString(const QString &location, const QString &user, const QString &password)>;

    // location: the database URL without user and password; user: the one to propose.
    LoginDialog(const QString &location, const QString &user, PasswordVault &vault, Attempt attempt,
                QWidget *parent = nullptr);

    QString user() const;
    QString password() const;
    // What the keychain said on the way (unavailable, refused), to show after the dialog; empty when all went well.
    QString keychainMessage() const { return m_keychainMessage; }

    // Logs in for real: sets the process's login (PgCredentials) and opens a connection.
    static QString attemptConnection(const QString &location, const QString &user, const QString &password);
    // Shows the dialog (modal). On success the settings' profile becomes the login (its name: the password is never
    // written there) and what the keychain said, if anything, is shown. False when cancelled.
    static bool logIn(const QString &location, const QString &proposed, PasswordVault &vault, AppSettings &settings,
                      QWidget *parent, const Attempt &attempt = &LoginDialog::attemptConnection);

    void accept() override;

private:
    void lookUpRemembered();
    void finish();
    void setBusy(bool busy);
    void showStatus(const QString &text);

    QString m_location;
    PasswordVault &m_vault;
    Attempt m_attempt;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_logIn = nullptr;
    QString m_keychainMessage;
    QString m_lookedUp;
    bool m_keychainUnavailable = false;
    bool m_busy = false;
};

} // namespace qadesk
