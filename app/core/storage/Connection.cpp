#include "Connection.h"

#include "Error.h"
#include "FilePermissions.h"
#include "SqlThreadGuard.h"
#include "team/PgCredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <atomic>

namespace qadesk {

namespace {

std::atomic<int> s_connectionCounter{0};

// SQLITE_BUSY (5) and SQLITE_LOCKED (6), and their extended codes; PostgreSQL's lock_not_available.
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.size() == 5) {
        // A PostgreSQL SQLSTATE ("42501" is a number too, but not SQLite's: its codes have at most four digits).
        return code == QLatin1String("55P03");
    }
    bool ok = false;
    const int number = code.toInt(&ok);
    if (ok) {
        return (number & 0xff) == 5 || (number & 0xff) == 6;
    }
    return code == QLatin1String("55P03");
}

[[noreturn]] void throwStatementError(const QSqlError &error, const QString &sql)
{
    const QString text = error.text();
    if (isBusy(error)) {
        throw BusyError(QCoreApplication::translate("Connection",
                                                    "The database is busy: another program or window kept it locked "
                                                    "for too long (%1). Nothing was changed; try again.")
                            .arg(text));
    }
    const QString message = QCoreApplication::translate("Connection", "Database error: %1 (in: %2)")
                                .arg(text, sql.simplified().left(200));
    if (error.nativeErrorCode() == QLatin1String("42501")) {
        throw DeniedError(message);
    }
    throw Error(message);
}

bool isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

// SQLite would create the file with the umask's mode; create it first, readable by its owner only.
void createPrivateFile(const QString &path)
{
    if (path == QLatin1String(":memory:") || QFileInfo::exists(path)) {
        return;
    }
    const QFileInfo info(path);
    if (!FilePermissions::makePrivatePath(info.absolutePath())) {
        throw Error(QCoreApplication::translate("Connection", "Cannot create the folder %1").arg(info.absolutePath()));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(QCoreApplication::translate("Connection", "Cannot create the database file %1: %2")
                        .arg(path, file.errorString()));
    }
    file.setPermissions(FilePermissions::kPrivateFile);
}

} // namespace

Connection::Connection(const QString &location, int busyTimeoutMs)
    : m_location(location)
    , m_name(QStringLiteral("qadesk-%1").arg(s_connectionCounter.fetch_add(1)))
{
    {
        QSqlDatabase db;
        if (isPostgresLocation(location)) {
            m_dialect = SqlDialect::Postgres;
            const QUrl url(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            // A URL without a password uses the login of this process (the login dialog, the keychain), else
            // libpq's own (PGPASSWORD, ~/.pgpass). The URL shown in messages never holds those.
            db.setUserName(PgCredentials::user(location));
            db.setPassword(PgCredentials::password(location));
            db.setDatabaseName(url.path().mid(1));
        } else {
            createPrivateFile(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        }
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            throw Error(QCoreApplication::translate("Connection", "Cannot open the database %1: %2")
                            .arg(PgCredentials::forDisplay(location), error));
        }
    }
    if (m_dialect == SqlDialect::Postgres) {
        execute(QStringLiteral("SET client_min_messages = warning"));
    }
    if (m_dialect == SqlDialect::Sqlite) {
        try {
            execute(QStringLiteral("PRAGMA foreign_keys = ON"));
            if (location != QLatin1String(":memory:")) {
                execute(QStringLiteral("PRAGMA journal_mode = WAL"));
            }
            execute(QStringLiteral("PRAGMA synchronous = NORMAL"));
            execute(QStringLiteral("PRAGMA cache_size = -65536"));
            execute(QStringLiteral("PRAGMA temp_store = MEMORY"));
        } catch (const Error &) {
            {
                QSqlDatabase opened = database();
                opened.close();
            }
            QSqlDatabase::removeDatabase(m_name);
            throw Error(QCoreApplication::translate("Connection",
                                                    "Cannot open the database %1: it is not an SQLite database, or it "
                                                    "is damaged.")
                            .arg(location));
        }
    }
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool Connection::isDatabaseFile(const QString &path) const
{
    if (m_dialect != SqlDialect::Sqlite || m_location == QLatin1String(":memory:")) {
        return false;
    }
    const QString database = QFileInfo(m_location).canonicalFilePath();
    const QString candidate = QFileInfo(path).canonicalFilePath();
    if (database.isEmpty() || candidate.isEmpty()) {
        return false;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (candidate == database + suffix) {
            return true;
        }
    }
    return false;
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlQuery Connection::prepare(const QString &sql)
{
    SqlThreadGuard::check(sql);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        throwStatementError(query.lastError(), sql);
    }
    return query;
}

QSqlQuery Connection::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    exec(query);
    return query;
}

void Connection::execute(const QString &sql)
{
    SqlThreadGuard::check(sql);
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        throwStatementError(query.lastError(), sql);
    }
}

QString Connection::exposedMode(const QString &location)
{
    if (location == QLatin1String(":memory:") || location.startsWith(QLatin1String("postgresql:")) ||
        location.startsWith(QLatin1String("postgres:"))) {
        return QString();
    }
    const QFileInfo info(location);
    if (!info.exists()) {
        return QString();
    }
    const QFileDevice::Permissions open =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (!(info.permissions() & open)) {
        return QString();
    }
    const auto bits = [&](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
        const QFileDevice::Permissions p = info.permissions();
        return (p & r ? 4 : 0) + (p & w ? 2 : 0) + (p & x ? 1 : 0);
    };
    const QString mode = QStringLiteral("0%1%2%3")
                             .arg(bits(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner))
                             .arg(bits(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup))
                             .arg(bits(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther));
    return mode;
}

QString Connection::exposureWarning(const QString &location)
{
    const QString mode = exposedMode(location);
    if (mode.isEmpty()) {
        return QString();
    }
    return QCoreApplication::translate("Connection", "the database %1 can be read by other users (mode %2); it holds "
                                                     "personal data: make it owner-only with chmod 600")
        .arg(location, mode);
}

void Connection::exec(QSqlQuery &query)
{
    // Qt binds text to SQLite as UTF-16, and SQLite takes a leading U+FEFF as a byte order mark and drops it
    // (a leading U+FFFE even swaps the bytes). Text is stored exactly as given: one extra U+FEFF is what
    // SQLite removes.
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::SQLite) {
        const QVariantList values = query.boundValues();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            if (value.typeId() == QMetaType::QString) {
                const QString text = value.toString();
                if (!text.isEmpty() && (text.front() == QChar(0xFEFF) || text.front() == QChar(0xFFFE))) {
                    query.bindValue(int(i), QString(QChar(0xFEFF) + text));
                }
            }
        }
    }
    SqlThreadGuard::check(query.lastQuery());
    if (!query.exec()) {
        throwStatementError(query.lastError(), query.lastQuery());
    }
}

void Connection::begin()
{
    SqlThreadGuard::check(QStringLiteral("BEGIN"));
    if (m_dialect == SqlDialect::Sqlite) {
        execute(QStringLiteral("BEGIN IMMEDIATE"));
        return;
    }
    if (!database().transaction()) {
        throw Error(QCoreApplication::translate("Connection", "Cannot start a transaction: %1")
                        .arg(database().lastError().text()));
    }
}

void Connection::commit()
{
    if (m_dialect == SqlDialect::Sqlite) {
        execute(QStringLiteral("COMMIT"));
        return;
    }
    if (!database().commit()) {
        throw Error(QCoreApplication::translate("Connection", "Cannot commit: %1").arg(database().lastError().text()));
    }
}

void Connection::rollback()
{
    if (m_dialect == SqlDialect::Sqlite) {
        QSqlQuery query(database());
        query.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when SQLite already rolled back
        return;
    }
    database().rollback();
}

Transaction::Transaction(Connection &connection) : m_connection(connection)
{
    m_connection.begin();
}

Transaction::~Transaction()
{
    if (!m_done) {
        m_connection.rollback();
    }
}

void Transaction::commit()
{
    m_connection.commit();
    m_done = true;
}

} // namespace qadesk
