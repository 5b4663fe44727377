#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace qadesk {

// One open database connection, owned by one thread. Opens a SQLite file (created 0600, WAL,
// foreign keys on) or, for a "postgresql://user:password@host:port/dbname" location, PostgreSQL.
// All statements are prepared with bound parameters; failures throw qadesk::Error, or qadesk::BusyError
// when another connection's lock outlasted the busy timeout.
class Connection final
{
public:
    // How long a statement waits for another connection's write lock before it fails with BusyError.
    static constexpr int kDefaultBusyTimeoutMs = 120000;

    explicit Connection(const QString &location, int busyTimeoutMs = kDefaultBusyTimeoutMs);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // A SQLite file that group or others may read or write (an older 0644 file, or one copied in) holds personal
    // data in the open: a message saying so and how to fix it, or an empty string. PostgreSQL: always empty.
    static QString exposureWarning(const QString &location);
    // The file's mode ("0644") when group or others may read or write it, else empty.
    static QString exposedMode(const QString &location);

    const QString &location() const { return m_location; }
    SqlDialect dialect() const { return m_dialect; }
    QSqlDatabase database() const;
    // Whether path is this connection's SQLite database or one of SQLite's files beside it (-wal, -shm,
    // -journal). Such a file must never be opened by anything but SQLite in this process: closing it would
    // drop the POSIX locks SQLite holds on it.
    bool isDatabaseFile(const QString &path) const;

    QSqlQuery prepare(const QString &sql);
    // Prepares, binds the values in order and executes.
    QSqlQuery run(const QString &sql, const QVariantList &values = {});
    // Runs a statement without parameters as it is (DDL, pragmas: PostgreSQL cannot prepare DDL).
    void execute(const QString &sql);
    // Executes a prepared query, throwing with the statement's error on failure.
    static void exec(QSqlQuery &query);
    // Qt binds a null QString as SQL NULL; for NOT NULL text columns bind this instead.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

    // Starts a write transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE), waiting for it
    // as long as the busy timeout allows: a deferred transaction that reads first and writes later cannot
    // wait for the lock (SQLite fails it at once to avoid a deadlock) and would fail under a concurrent writer.
    void begin();
    void commit();
    void rollback();

private:
    QString m_location;
    QString m_name;
    SqlDialect m_dialect = SqlDialect::Sqlite;
};

// Rolls back unless commit() was called: the scope of one all-or-nothing unit of work.
class Transaction final
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Connection &m_connection;
    bool m_done = false;
};

} // namespace qadesk
