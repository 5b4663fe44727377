#include "FilePermissions.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace qadesk {

bool FilePermissions::makePrivatePath(const QString &folder)
{
    // QDir::mkpath creates with 0777 & ~umask; each missing level is created here with 0700 instead.
    QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo(path).exists()) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).path();
        if (parent == path) {
            break;
        }
        path = parent;
    }
    for (const QString &level : std::as_const(missing)) {
        if (!QDir().mkdir(level, kPrivateFolder) && !QFileInfo(level).isDir()) {
            return false;
        }
    }
    return QFileInfo(folder).isDir();
}

} // namespace qadesk
