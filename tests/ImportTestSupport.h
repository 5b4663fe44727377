#pragma once

// Shared by the tst_import_* suites: a fresh database per test, fixture paths, and a fingerprint of every table
// to prove that a rejected file changed nothing.

#include "import/Importer.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace qadesk::test {

inline QString importFixture(const QString &relative)
{
    return QStringLiteral(QADESK_TEST_DATA "/import/") + relative;
}

inline std::unique_ptr<Connection> freshDatabase(const QTemporaryDir &dir,
                                                 const QString &name = QStringLiteral("t.sqlite"))
{
    auto connection = std::make_unique<Connection>(dir.filePath(name));
    Schema::migrate(*connection);
    return connection;
}

inline QVariant scalar(Connection &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = connection.run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

inline qint64 count(Connection &connection, const QString &table)
{
    // Table names come from the test itself, never from data.
    return scalar(connection, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

// Row counts and a SHA-256 of every value of every table, in rowid order (primary-key order for tables
// WITHOUT ROWID, such as the rollups).
inline QByteArray fingerprint(Connection &connection)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QList<std::pair<QString, bool>> tables;
    // The transcript search index (turns_fts and its shadow tables) is derived from turns, which the
    // fingerprint covers.
    QSqlQuery names = connection.run(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'turns_fts%' ORDER BY name"));
    while (names.next()) {
        tables.append({names.value(0).toString(), names.value(1).toString().contains(QLatin1String("WITHOUT ROWID"))});
    }
    for (const auto &[table, withoutRowid] : tables) {
        const QString order = withoutRowid ? QString() : QStringLiteral(" ORDER BY rowid");
        QSqlQuery rows = connection.run(QStringLiteral("SELECT * FROM \"%1\"%2").arg(table, order));
        qint64 n = 0;
        while (rows.next()) {
            ++n;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = rows.value(i);
                hash.addData(value.isNull() ? QByteArrayView("\x01NULL") : QByteArrayView(value.toString().toUtf8()));
                hash.addData(QByteArrayView("\x1F"));
            }
            hash.addData(QByteArrayView("\x1E"));
        }
        hash.addData((table + QLatin1Char(':') + QString::number(n) + QLatin1Char('\n')).toUtf8());
    }
    return hash.result().toHex();
}

inline ImportResult importFiles(Connection &connection, const QStringList &files, ImportOptions options = {})
{
    return Importer(connection).importFiles(files, options);
}

inline QString describe(const ImportResult &result)
{
    QStringList lines;
    for (const ImportIssue &issue : result.errors()) {
        lines << QStringLiteral("error %1:%2:%3: %4")
                     .arg(issue.file)
                     .arg(issue.line)
                     .arg(issue.column)
                     .arg(issue.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace qadesk::test
