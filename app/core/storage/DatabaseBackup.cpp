#include "DatabaseBackup.h"

#include "Connection.h"
#include "Error.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryFile>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace qadesk {

namespace {

// The sqlite3 handle behind a Qt connection: the same library instance Qt's driver uses.
sqlite3 *handleOf(Connection &connection)
{
    if (connection.dialect() != SqlDialect::Sqlite) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "Backup and restore work on SQLite database files; for PostgreSQL use pg_dump and "
                       "pg_restore."));
    }
    const QVariant handle = connection.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "The SQLite driver does not expose its database handle."));
    }
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "The database is not open."));
    }
    return db;
}

// A database file opened directly, closed on every path.
class RawDatabase final
{
public:
    RawDatabase(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK) {
            const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
            sqlite3_close(m_db);
            m_db = nullptr;
            throw Error(QCoreApplication::translate("DatabaseBackup", "Cannot open %1: %2").arg(path, message));
        }
        sqlite3_busy_timeout(m_db, Connection::kDefaultBusyTimeoutMs);
    }
    ~RawDatabase() { sqlite3_close(m_db); }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// Every row of a one-column pragma or query, as text.
QStringList rows(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        throw Error(QCoreApplication::translate("DatabaseBackup", "The file is not a readable SQLite database: %1").arg(message));
    }
    QStringList result;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        result << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "The file is not a readable SQLite database: %1").arg(message));
    }
    return result;
}

DatabaseHealth healthOf(sqlite3 *db, bool pages = true)
{
    DatabaseHealth health;
    try {
        const QStringList problems = pages ? rows(db, "PRAGMA quick_check(20)") : QStringList{QStringLiteral("ok")};
        if (problems != QStringList{QStringLiteral("ok")}) {
            health.ok = false;
            health.problem = QCoreApplication::translate("DatabaseBackup", "The database file is damaged: %1").arg(problems.join(QStringLiteral("; ")).left(600));
            return health;
        }
        if (rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'").isEmpty()) {
            return health; // a new, empty file: nothing to judge yet
        }
        const QStringList version = rows(db, "SELECT value FROM meta WHERE key = 'schema_version'");
        const int found = version.value(0).toInt();
        if (found > Schema::latestVersion()) {
            health.ok = false;
            health.problem = QCoreApplication::translate("DatabaseBackup", "The database was written by a newer QA Desk (schema version %1; this one knows up "
                                "to %2). Update QA Desk to open it; it was left unchanged.")
                                 .arg(found)
                                 .arg(Schema::latestVersion());
        }
    } catch (const Error &error) {
        health.ok = false;
        health.problem = error.message();
    }
    return health;
}

// Copies all of from into to, one consistent snapshot, waiting out other writers.
void copyDatabase(sqlite3 *to, sqlite3 *from, const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "Cannot start the copy of %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
    }
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 1200; ++attempt) { // a locked database is waited for up to two minutes
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
            break;
        }
        QThread::msleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        throw BusyError(QCoreApplication::translate("DatabaseBackup", "The copy of %1 waited too long for another program's lock. Nothing was changed; try "
                           "again.")
                            .arg(what));
    }
    if (rc != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errstr(rc));
        throw Error(rc == SQLITE_READONLY
                        ? QCoreApplication::translate("DatabaseBackup", "Cannot copy %1: the backup uses a different page size from this database (%2).")
                              .arg(what, message)
                        : QCoreApplication::translate("DatabaseBackup", "Cannot copy %1: %2").arg(what, message));
    }
}

} // namespace

void DatabaseBackup::backup(Connection &connection, const QString &target)
{
    sqlite3 *source = handleOf(connection);
    if (connection.isDatabaseFile(target)) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "%1 is the database itself; choose another file for the backup.").arg(target));
    }
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath())) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "Cannot create the folder %1").arg(info.absolutePath()));
    }
    // Written beside the target under a temporary name and renamed over it once complete and checked, so a
    // crash leaves either the old file or the new one, never half a backup under the target's name.
    QTemporaryFile part(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!part.open()) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "Cannot write in %1: %2").arg(info.absolutePath(), part.errorString()));
    }
    part.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    part.close();
    {
        RawDatabase copy(part.fileName(), SQLITE_OPEN_READWRITE);
        copyDatabase(copy.handle(), source, connection.location());
        rows(copy.handle(), "PRAGMA journal_mode = DELETE"); // one self-contained file
        const DatabaseHealth health = healthOf(copy.handle());
        if (!health.ok) {
            throw Error(QCoreApplication::translate("DatabaseBackup", "The backup did not check out: %1").arg(health.problem));
        }
    }
    if (std::rename(QFile::encodeName(part.fileName()).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "Cannot write %1: %2").arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    }
    part.setAutoRemove(false); // it is the target now
}

void DatabaseBackup::restore(Connection &connection, const QString &source)
{
    sqlite3 *target = handleOf(connection);
    if (!QFileInfo(source).isFile()) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "%1 does not exist or is not a file.").arg(source));
    }
    if (connection.isDatabaseFile(source)) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "%1 is the database itself, not a backup of it.").arg(source));
    }
    RawDatabase backup(source, SQLITE_OPEN_READONLY);
    const DatabaseHealth health = healthOf(backup.handle());
    if (!health.ok) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "%1 cannot be restored: %2").arg(source, health.problem));
    }
    if (rows(backup.handle(), "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'").isEmpty()) {
        throw Error(QCoreApplication::translate("DatabaseBackup", "%1 is not a QA Desk database.").arg(source));
    }
    copyDatabase(target, backup.handle(), source); // one write transaction: all of it or nothing
    Schema::migrate(connection);                   // a backup from an older version is brought up to date
}

DatabaseHealth DatabaseBackup::check(Connection &connection)
{
    return healthOf(handleOf(connection));
}

DatabaseHealth DatabaseBackup::checkFile(const QString &path, bool pages)
{
    if (path.contains(QLatin1String("://")) || path == QLatin1String(":memory:") || !QFileInfo::exists(path) ||
        QFileInfo(path).size() == 0) {
        return {};
    }
    try {
        RawDatabase db(path, SQLITE_OPEN_READONLY);
        return healthOf(db.handle(), pages);
    } catch (const Error &error) {
        return {false, error.message()};
    }
}

} // namespace qadesk
