#pragma once

#include <QString>

namespace qadesk {

// The login of this process for one PostgreSQL database, held in memory only: what a person typed in the login
// dialog (or what the keychain gave), used by every Connection the process opens to that database whose URL has
// no password of its own. Never written anywhere (settings, logs, the database).
class PgCredentials final
{
public:
    // Host, port and database name of a postgresql:// URL: what a login is remembered for.
    struct Key
    {
        QString host;
        int port = 5432;
        QString database;
        bool operator==(const Key &other) const = default;
    };
    static bool isPostgres(const QString &location);
    // Team mode: a PostgreSQL URL without a password of its own (each person logs in; docs/team-mode.md).
    static bool isTeamMode(const QString &location) { return isPostgres(location) && !urlHasPassword(location); }
    static Key keyOf(const QString &location);
    // The user the URL names (may be empty) and whether it carries a password.
    static QString urlUser(const QString &location);
    static bool urlHasPassword(const QString &location);
    // The URL without user and password ("postgresql://host:port/database"): what team mode opens and shows.
    static QString withoutLogin(const QString &location);
    // What windows, messages and logs show of a location: a PostgreSQL URL without its password
    // ("postgresql://user@host:port/database"); a file path as it is.
    static QString forDisplay(const QString &location);

    // Sets (an empty password forgets) the login used for the database of `location`.
    static void set(const QString &location, const QString &user, const QString &password);
    static void clear();
    // The user and password for the database of `location`: the URL's own when it has a password, else the set one
    // (the URL's user wins when it names one). Empty password: libpq's own (PGPASSWORD, ~/.pgpass).
    static QString user(const QString &location);
    static QString password(const QString &location);
};

} // namespace qadesk
