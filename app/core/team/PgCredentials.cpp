#include "PgCredentials.h"

#include <QMutex>
#include <QUrl>

#include <optional>

namespace qadesk {

namespace {

struct Login
{
    PgCredentials::Key key;
    QString user;
    QString password;
};

QMutex s_mutex;
std::optional<Login> s_login; // one database per process

} // namespace

bool PgCredentials::isPostgres(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

PgCredentials::Key PgCredentials::keyOf(const QString &location)
{
    const QUrl url(location);
    return Key{url.host(), url.port(5432), url.path().mid(1)};
}

QString PgCredentials::urlUser(const QString &location)
{
    return QUrl(location).userName();
}

bool PgCredentials::urlHasPassword(const QString &location)
{
    return !QUrl(location).password().isEmpty();
}

QString PgCredentials::withoutLogin(const QString &location)
{
    QUrl url(location);
    url.setUserInfo(QString());
    return url.toString();
}

QString PgCredentials::forDisplay(const QString &location)
{
    if (!isPostgres(location)) {
        return location;
    }
    return QUrl(location).toDisplayString(QUrl::RemovePassword);
}

void PgCredentials::set(const QString &location, const QString &user, const QString &password)
{
    const QMutexLocker lock(&s_mutex);
    s_login = Login{keyOf(location), user, password};
}

void PgCredentials::clear()
{
    const QMutexLocker lock(&s_mutex);
    s_login.reset();
}

QString PgCredentials::user(const QString &location)
{
    const QString own = urlUser(location);
    if (!own.isEmpty() || !isPostgres(location)) {
        return own;
    }
    const QMutexLocker lock(&s_mutex);
    return s_login && s_login->key == keyOf(location) ? s_login->user : QString();
}

QString PgCredentials::password(const QString &location)
{
    const QUrl url(location);
    if (!url.password().isEmpty()) {
        return url.password();
    }
    const QMutexLocker lock(&s_mutex);
    if (!s_login || !(s_login->key == keyOf(location))) {
        return {};
    }
    // A URL naming another user than the one who logged in does not get their password.
    if (!url.userName().isEmpty() && url.userName() != s_login->user) {
        return {};
    }
    return s_login->password;
}

} // namespace qadesk
