#include "AppIdentity.h"

#include "FilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

namespace qadesk {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("qadesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("qadesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QADESK_VERSION));
}

void prepareRuntimeEnvironment()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        return;
    }
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-qadesk-") + QString::number(getuid());
    FilePermissions::makePrivatePath(dir);
    QFile::setPermissions(dir, FilePermissions::kPrivateFolder); // also when it existed
    qputenv("XDG_RUNTIME_DIR", dir.toUtf8());
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("qadesk.sqlite"));
}

QString resolveDatabasePath(const QString &dbOption)
{
    if (!dbOption.isEmpty()) {
        return dbOption;
    }
    const QString env = qEnvironmentVariable("QADESK_DB");
    if (!env.isEmpty()) {
        return env;
    }
    return defaultDatabasePath();
}

} // namespace qadesk
