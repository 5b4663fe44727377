#include "StartupWarnings.h"

#include "AuditChain.h"
#include "Connection.h"
#include "settings/AppSettings.h"
#include "TeamLogins.h"

#include <QCoreApplication>

namespace qadesk {

QStringList StartupWarnings::collect(Connection &connection, AppSettings &settings, const QStringList &guardsRestored)
{
    QStringList warnings;
    const QString location = connection.location();
    // In team mode only QA managers and admins read the whole audit log (docs/team-mode.md): to the others its
    // chain has gaps where other people's entries are, so it is not checked for them.
    if (TeamLogins(connection).readsEverything()) {
        const AuditVerification audit =
            AuditChain(connection).verifyTail(kAuditTailEntries, AuditHead::fromString(settings.auditAnchor(location)));
        if (audit.firstBroken) {
            warnings << QCoreApplication::translate("StartupWarnings",
                                                    "The audit log was tampered with: %1 Run \"qadesk-cli --db FILE "
                                                    "audit verify\" for a full check, and compare with your backups.")
                            .arg(audit.firstBroken->message);
        } else {
            settings.setAuditAnchor(location, audit.head.toString());
        }
    }
    if (!guardsRestored.isEmpty()) {
        warnings << QCoreApplication::translate("StartupWarnings",
                                                "The audit log's protection was removed from the database by another "
                                                "program (%1). QA Desk has put it back and recorded this in the log.")
                        .arg(guardsRestored.join(QStringLiteral(", ")));
    }
    if (const QString mode = Connection::exposedMode(location); !mode.isEmpty()) {
        warnings << QCoreApplication::translate("StartupWarnings",
                                                "The database file can be read by other users (mode %1), and it holds "
                                                "personal data. Make it owner-only: chmod 600 %2")
                        .arg(mode, location);
    }
    return warnings;
}

} // namespace qadesk
