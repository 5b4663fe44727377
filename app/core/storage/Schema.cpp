#include "Schema.h"

#include "AuditChain.h"
#include "AuditLog.h"
#include "Connection.h"
#include "Error.h"
#include "OrganisationZone.h"
#include "RollupStore.h"
#include "TeamAggregates.h"

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
            const int version = match.captured(1).toInt();
            // Two migrations with one number would silently shadow each other; a build error in tests instead.
            if (files.count(version) != 0) {
                throw Error(QCoreApplication::translate("Schema", "Two migrations share version %1: %2 and %3")
                                .arg(version)
                                .arg(files[version], entry));
            }
            files[version] = QStringLiteral(":/sql/") + entry;
        }
    }
    return files;
}

// Whether the connected database has an optional feature a "-- dialect: sqlite+FEATURE" statement needs.
// fts5: FTS5 with the trigram tokenizer (SQLite 3.34+), used for transcript search when present.
bool hasFeature(Connection &connection, const QString &feature)
{
    if (feature == QLatin1String("fts5") && connection.dialect() == SqlDialect::Sqlite) {
        QSqlQuery q = connection.run(QStringLiteral(
            "SELECT sqlite_compileoption_used('ENABLE_FTS5'), sqlite_version()"));
        if (!q.next() || q.value(0).toInt() != 1) {
            return false;
        }
        const QStringList version = q.value(1).toString().split(QLatin1Char('.'));
        return version.size() >= 2 && (version.at(0).toInt() > 3 || version.at(1).toInt() >= 34);
    }
    return false;
}

// Splits a migration into statements: ';' at a line end ends one, except inside CREATE TRIGGER … END; and
// inside a dollar-quoted body ($$ … $$ or $tag$ … $tag$: PostgreSQL functions and DO blocks, whose lines end
// in ';' too). A statement headed "-- dialect: sqlite" (or "postgres") runs on that dialect only;
// "-- dialect: sqlite+fts5" also needs the feature (migrations give such statements a fallback that works
// without it).
QStringList statements(const QString &script, Connection &connection)
{
    const SqlDialect dialect = connection.dialect();
    QStringList result;
    QString current;
    bool inTrigger = false;
    QString openTag; // the dollar quote a body was opened with, while inside it
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
        // Dollar quotes open and close a body by their tag ($$, $f$ …): a body may hold other tags' quotes.
        static const QRegularExpression dollarQuote(QStringLiteral("\\$[A-Za-z_]*\\$"));
        if (!trimmed.startsWith(QLatin1String("--"))) {
            for (auto it = dollarQuote.globalMatch(line); it.hasNext();) {
                const QString tag = it.next().captured(0);
                if (openTag.isEmpty()) {
                    openTag = tag;
                } else if (tag == openTag) {
                    openTag.clear();
                }
            }
        }
        const bool inDollarQuote = !openTag.isEmpty();
        const bool ends = inDollarQuote ? false
                          : inTrigger   ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                        : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            QString statement = current.trimmed();
            current.clear();
            inTrigger = false;
            if (statement.startsWith(QLatin1String("-- dialect:"))) {
                const QString firstLine = statement.section(QLatin1Char('\n'), 0, 0);
                const QStringList wanted = firstLine.section(QLatin1Char(':'), 1).trimmed().split(QLatin1Char('+'));
                const QString mine = dialect == SqlDialect::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
                if (wanted.constFirst() != mine) {
                    continue;
                }
                bool supported = true;
                for (qsizetype i = 1; i < wanted.size() && supported; ++i) {
                    supported = hasFeature(connection, wanted.at(i));
                }
                if (!supported) {
                    continue;
                }
                statement = statement.section(QLatin1Char('\n'), 1);
            }
            result << statement;
        }
    }
    return result;
}

struct Guard
{
    QString name;
    QString statement;
    bool isFunction = false;
};

// The guards of this dialect from resources/sql/guards/audit.sql: blocks headed "-- guard: NAME" and
// "-- dialect: D", each holding one statement.
QList<Guard> guards(SqlDialect dialect)
{
    QFile file(QStringLiteral(":/sql/guards/audit.sql"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QCoreApplication::translate("Schema", "Cannot read the audit log's guards (%1).").arg(file.fileName()));
    }
    const QString mine = dialect == SqlDialect::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    QList<Guard> result;
    const QStringList blocks = QString::fromUtf8(file.readAll()).split(QStringLiteral("\n-- guard: "));
    for (qsizetype i = 1; i < blocks.size(); ++i) {
        QStringList lines = blocks.at(i).split(QLatin1Char('\n'));
        const QString name = lines.takeFirst().trimmed();
        const QString dialectLine = lines.isEmpty() ? QString() : lines.takeFirst().trimmed();
        if (dialectLine != QStringLiteral("-- dialect: ") + mine) {
            continue;
        }
        const QString statement = lines.join(QLatin1Char('\n')).trimmed();
        result.append(Guard{name, statement, statement.startsWith(QLatin1String("CREATE OR REPLACE FUNCTION"))});
    }
    return result;
}

bool guardExists(Connection &connection, const Guard &guard)
{
    if (connection.dialect() == SqlDialect::Sqlite) {
        return connection.run(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
                              {guard.name})
            .next();
    }
    if (guard.isFunction) {
        return connection
            .run(QStringLiteral("SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                "WHERE p.proname = ? AND n.nspname = current_schema()"),
                 {guard.name})
            .next();
    }
    // A disabled trigger guards nothing: it counts as missing.
    return connection
        .run(QStringLiteral("SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                            "JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE t.tgname = ? AND n.nspname = current_schema() AND t.tgenabled <> 'D'"),
             {guard.name})
        .next();
}

// Team mode (014): the schema's functions, guards included, resolve names in the schema and then pg_temp, never
// in a person's temporary tables first (qadesk_pin_search_path). Run after (re)creating any of them.
void pinSearchPath(Connection &connection, int version)
{
    if (connection.dialect() == SqlDialect::Postgres && version >= Schema::kTeamModeVersion) {
        connection.run(QStringLiteral("SELECT qadesk_pin_search_path()"));
    }
}

void ensureMetaTable(Connection &connection)
{
    // PostgreSQL checks the right to create in the schema even when the table exists: a person in team mode has
    // none (only the owner creates tables).
    if (connection.dialect() == SqlDialect::Postgres &&
        connection
            .run(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                                "AND table_name = 'meta'"))
            .next()) {
        return;
    }
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
        // A database that reached this version without 007 (made while parallel branches were merged) still has
        // rollups keyed by local days: rebuild them once, keyed in UTC. One meta read otherwise.
        if (meta(connection, QStringLiteral("rollup_layout")).toInt() < RollupStore::kLayoutVersion) {
            Transaction transaction(connection);
            RollupStore(connection).rebuildAll();
            setMeta(connection, QStringLiteral("rollup_layout"), QString::number(RollupStore::kLayoutVersion));
            transaction.commit();
        }
        restoreGuards(connection);
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
        for (const QString &statement : statements(script, connection)) {
            connection.execute(statement);
        }
    }
    if (current < kAuditChainVersion) {
        // Entries written before the chain existed take their places in it, in the order they were written.
        AuditChain(connection).chainUnchainedEntries();
    }
    if (current > 0 && meta(connection, QStringLiteral("rollup_layout")).toInt() < RollupStore::kLayoutVersion) {
        // The rollup tables were recreated in a new layout: fill them from the data already stored.
        RollupStore(connection).rebuildAll();
    }
    if (current == 0) {
        OrganisationZone::setInitial(connection, OrganisationZone::systemZoneId());
        setMeta(connection, QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    if (latest >= kTeamModeVersion) {
        // The rollup refresh that runs with the owner's rights in team mode, written from this program's statements.
        RollupStore(connection).installTeamRefresh();
    }
    if (latest >= kTeamEdgesVersion) {
        // The sums at a period's edges over the scopes whose rollups a person reads, written from KpiSql.
        TeamAggregates::install(connection);
    }
    setMeta(connection, QStringLiteral("schema_version"), QString::number(latest));
    setMeta(connection, QStringLiteral("rollup_layout"), QString::number(RollupStore::kLayoutVersion));
    for (const Guard &guard : guards(connection.dialect())) {
        connection.execute(guard.statement);
    }
    pinSearchPath(connection, latest);
    transaction.commit();
    return latest;
}

QStringList Schema::missingGuards(Connection &connection)
{
    QStringList missing;
    if (currentVersion(connection) < kAuditChainVersion) {
        return missing;
    }
    for (const Guard &guard : guards(connection.dialect())) {
        if (!guardExists(connection, guard)) {
            missing << guard.name;
        }
    }
    return missing;
}

QStringList Schema::restoreGuards(Connection &connection)
{
    if (missingGuards(connection).isEmpty()) {
        return {};
    }
    Transaction transaction(connection);
    // Looked at again inside the write transaction: another program may have restored them meanwhile.
    QStringList restored;
    for (const Guard &guard : guards(connection.dialect())) {
        if (!guardExists(connection, guard)) {
            connection.execute(guard.statement);
            if (connection.dialect() == SqlDialect::Postgres && !guard.isFunction) {
                // CREATE OR REPLACE keeps a trigger that was disabled disabled.
                static const QRegularExpression table(QStringLiteral("\\bON (\\w+)"));
                connection.execute(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2")
                                       .arg(table.match(guard.statement).captured(1), guard.name));
            }
            restored << guard.name;
        }
    }
    if (!restored.isEmpty()) {
        pinSearchPath(connection, currentVersion(connection));
    }
    const bool headThere = connection.run(QStringLiteral("SELECT 1 FROM audit_head WHERE id = 1")).next();
    if (!restored.isEmpty() && headThere) {
        // The removal itself is evidence: it stays in the log, which the guards protect again from here on.
        AuditLog(connection).append(QStringLiteral("qadesk"), QStringLiteral("guards-restored"), QStringLiteral("audit_log"),
                                    0, restored.join(QStringLiteral(", ")));
    }
    transaction.commit();
    return restored;
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
