#include "Schema.h"

#include "Connection.h"
#include "Error.h"
#include "RollupStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <map>

namespace qadesk {

namespace {

std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d+)_.*\\.sql$"));
    const QStringList entries = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const auto match = name.match(entry);
        if (match.hasMatch()) {
            files[match.captured(1).toInt()] = QStringLiteral(":/sql/") + entry;
        }
    }
    return files;
}

// Splits a migration into statements: ';' at a line end ends one, except inside CREATE TRIGGER … END;.
QStringList statements(const QString &script, SqlDialect dialect)
{
    QStringList result;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.trimmed().isEmpty() && trimmed.startsWith(QLatin1String("--")) &&
            !trimmed.startsWith(QLatin1String("-- dialect:"))) {
            continue;
        }
        current += line + QLatin1Char('\n');
        if (trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            inTrigger = true;
        }
        const bool ends = inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            QString statement = current.trimmed();
            current.clear();
            inTrigger = false;
            if (statement.startsWith(QLatin1String("-- dialect:"))) {
                const QString firstLine = statement.section(QLatin1Char('\n'), 0, 0);
                const QString wanted = firstLine.section(QLatin1Char(':'), 1).trimmed();
                const QString mine = dialect == SqlDialect::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
                if (wanted != mine) {
                    continue;
                }
                statement = statement.section(QLatin1Char('\n'), 1);
            }
            result << statement;
        }
    }
    return result;
}

void ensureMetaTable(Connection &connection)
{
    connection.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
}

} // namespace

int Schema::latestVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

int Schema::currentVersion(Connection &connection)
{
    ensureMetaTable(connection);
    return meta(connection, QStringLiteral("schema_version"), QStringLiteral("0")).toInt();
}

int Schema::migrate(Connection &connection)
{
    const int current = currentVersion(connection);
    const int latest = latestVersion();
    if (current > latest) {
        throw Error(QCoreApplication::translate("Schema",
                                                "The database %1 has schema version %2, newer than this QA Desk "
                                                "understands (%3). Update QA Desk to open it.")
                        .arg(connection.location())
                        .arg(current)
                        .arg(latest));
    }
    if (current == latest) {
        return current;
    }
    Transaction transaction(connection);
    for (const auto &[version, path] : migrationFiles()) {
        if (version <= current) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(QCoreApplication::translate("Schema", "Cannot read the migration %1").arg(path));
        }
        const QString script = applyDialect(QString::fromUtf8(file.readAll()), connection.dialect());
        for (const QString &statement : statements(script, connection.dialect())) {
            connection.execute(statement);
        }
    }
    if (current > 0 && current < RollupStore::kLayoutVersion) {
        // The rollup tables were recreated in a new layout: fill them from the data already stored.
        RollupStore(connection).rebuildAll();
    }
    if (current == 0) {
        QByteArray zone = QTimeZone::systemTimeZoneId();
        if (zone.isEmpty() || !QTimeZone(zone).isValid()) {
            zone = QByteArrayLiteral("UTC");
        }
        setMeta(connection, QStringLiteral("rollup_tz"), QString::fromUtf8(zone));
        setMeta(connection, QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    setMeta(connection, QStringLiteral("schema_version"), QString::number(latest));
    transaction.commit();
    return latest;
}

QString Schema::meta(Connection &connection, const QString &key, const QString &fallback)
{
    QSqlQuery query = connection.run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return query.next() ? query.value(0).toString() : fallback;
}

void Schema::setMeta(Connection &connection, const QString &key, const QString &value)
{
    connection.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {key, value});
}

} // namespace qadesk
