#pragma once

#include <QString>
#include <QStringList>

namespace qadesk {

class Connection;

// Creates and upgrades the database: cumulative migrations shipped as resources (:/sql/NNN_*.sql),
// all pending ones applied in one transaction, the version kept in the meta table.
class Schema final
{
public:
    // The version that added the audit log's hash chain (006_audit_chain.sql).
    static constexpr int kAuditChainVersion = 6;
    // The version that added team mode's roles and row-level security on PostgreSQL (014_team_mode.sql).
    static constexpr int kTeamModeVersion = 14;
    // Team mode's sums at a period's edges (017, TeamAggregates).
    static constexpr int kTeamEdgesVersion = 17;

    static int latestVersion();
    static int currentVersion(Connection &connection);
    // Returns the schema version after migrating. Refuses a database newer than this program. Restores any
    // missing guard of the audit log (and records that it did in the log itself).
    static int migrate(Connection &connection);

    // The audit log's guards (triggers, and on PostgreSQL their functions; resources/sql/guards/audit.sql) that
    // are not in the database. Reads only.
    static QStringList missingGuards(Connection &connection);
    // Installs the missing guards and appends an audit entry naming them; returns their names.
    static QStringList restoreGuards(Connection &connection);

    static QString meta(Connection &connection, const QString &key, const QString &fallback = {});
    static void setMeta(Connection &connection, const QString &key, const QString &value);
};

} // namespace qadesk
