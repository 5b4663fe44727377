#include "AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace qadesk {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("qadesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("qadesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QADESK_VERSION));
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
