#include "TeamLogins.h"

#include "Connection.h"
#include "Error.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace qadesk {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one output block: SCRAM's Hi(password, salt, i).
QByteArray hi(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray::fromHex("00000001"));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype k = 0; k < result.size(); ++k) {
            result[k] = char(result[k] ^ u[k]);
        }
    }
    return result;
}

} // namespace

bool TeamLogins::available()
{
    return m_connection.dialect() == SqlDialect::Postgres &&
           Schema::currentVersion(m_connection) >= Schema::kTeamModeVersion;
}

bool TeamLogins::ready()
{
    if (!available()) {
        return false;
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT qadesk_team_ready()"));
    return q.next() && q.value(0).toBool();
}

void TeamLogins::ensureReady()
{
    if (!available() || ready()) {
        return;
    }
    QSqlQuery q =
        m_connection.run(QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"));
    if (!q.next() || !q.value(0).toBool()) {
        throw Error(QCoreApplication::translate(
            "TeamLogins", "Team mode is not set up on this database: its owner needs the CREATEROLE "
                          "right (ALTER ROLE owner CREATEROLE, as a superuser), then runs "
                          "\"SELECT qadesk_team_setup()\" or this command again."));
    }
    m_connection.run(QStringLiteral("SELECT qadesk_team_setup()"));
}

QString TeamLogins::currentLogin()
{
    if (m_connection.dialect() != SqlDialect::Postgres) {
        return {};
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT current_user::text"));
    return q.next() ? q.value(0).toString() : QString();
}

bool TeamLogins::isPerson()
{
    if (!available()) {
        return false;
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT qadesk_my_role() IS NOT NULL"));
    return q.next() && q.value(0).toBool();
}

bool TeamLogins::readsEverything()
{
    if (!isPerson()) {
        return true;
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT qadesk_is_manager()"));
    return q.next() && q.value(0).toBool();
}

void TeamLogins::manage(const QString &login, Role role, bool canLogIn, const std::optional<QString> &password)
{
    if (!available()) {
        return;
    }
    ensureReady();
    m_connection.run(QStringLiteral("SELECT qadesk_manage_login(?, ?, ?, ?)"),
                     {login, password ? QVariant(scramVerifier(*password)) : QVariant(QMetaType(QMetaType::QString)),
                      roleKey(role), canLogIn});
}

QString TeamLogins::scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    QByteArray s = salt;
    if (s.isEmpty()) {
        s.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(s.data()), 4);
    }
    const QByteArray salted = hi(password.toUtf8(), s, iterations);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(s.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace qadesk
