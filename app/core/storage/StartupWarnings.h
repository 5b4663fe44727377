#pragma once

#include <QStringList>

namespace qadesk {

class AppSettings;
class Connection;

// What a start finds that the user must know but that does not stop work: the audit log tampered with (its last
// entries re-hashed, the head seen at the previous start still in it), its guards found removed (and put back by
// the migration), the database file readable by other users. One sentence or two each; empty when all is well.
// Remembers the audit log's head for the next start when the log is intact.
class StartupWarnings final
{
public:
    // How many of the audit log's last entries are hashed again (a whole walk is `qadesk-cli audit verify`).
    static constexpr qint64 kAuditTailEntries = 1000;

    static QStringList collect(Connection &connection, AppSettings &settings, const QStringList &guardsRestored);
};

} // namespace qadesk
