#pragma once

#include <QString>

namespace qadesk {

class Connection;

// Creates and upgrades the database: cumulative migrations shipped as resources (:/sql/NNN_*.sql),
// all pending ones applied in one transaction, the version kept in the meta table.
class Schema final
{
public:
    static int latestVersion();
    static int currentVersion(Connection &connection);
    // Returns the schema version after migrating. Refuses a database newer than this program.
    static int migrate(Connection &connection);

    static QString meta(Connection &connection, const QString &key, const QString &fallback = {});
    static void setMeta(Connection &connection, const QString &key, const QString &value);
};

} // namespace qadesk
