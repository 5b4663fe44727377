#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace qadesk {

// One open database connection, owned by one thread. Opens a SQLite file (created 0600, WAL,
// foreign keys on) or, for a "postgresql://user:password@host:port/dbname" location, PostgreSQL.
// All statements are prepared with bound parameters; failures throw qadesk::Error.
class Connection final
{
public:
    explicit Connection(const QString &location);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // A SQLite file that group or others may read or write (an older 0644 file, or one copied in) holds personal
    // data in the open: a message saying so and how to fix it, or an empty string. PostgreSQL: always empty.
    static QString exposureWarning(const QString &location);

    const QString &location() const { return m_location; }
    SqlDialect dialect() const { return m_dialect; }
    QSqlDatabase database() const;

    QSqlQuery prepare(const QString &sql);
    // Prepares, binds the values in order and executes.
    QSqlQuery run(const QString &sql, const QVariantList &values = {});
    // Runs a statement without parameters as it is (DDL, pragmas: PostgreSQL cannot prepare DDL).
    void execute(const QString &sql);
    // Executes a prepared query, throwing with the statement's error on failure.
    static void exec(QSqlQuery &query);
    // Qt binds a null QString as SQL NULL; for NOT NULL text columns bind this instead.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

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
