#pragma once

#include <QString>
#include <QStringList>

namespace qadesk {

// The application's name and default file locations, shared by qadesk and qadesk-cli.
void setApplicationIdentity();

// Before the application object exists: gives Qt a private XDG_RUNTIME_DIR when the session has none (root
// shells, CI), as Qt would, without its warning on stderr.
void prepareRuntimeEnvironment();

// The database the program should open: the --db value if given, else $QADESK_DB, else the
// default file in the user's data directory.
QString defaultDatabasePath();
QString resolveDatabasePath(const QString &dbOption);

} // namespace qadesk
