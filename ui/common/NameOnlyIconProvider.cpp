#include "NameOnlyIconProvider.h"

#include <QCoreApplication>

namespace qadesk {

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir()) {
        return QFileIconProvider::icon(Folder);
    }
    const QMimeType type = m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    const QIcon themed = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
    return themed.isNull() ? QFileIconProvider::icon(File) : themed;
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir()) {
        return QCoreApplication::translate("FileDialogs", "Folder");
    }
    return m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension).comment();
}

} // namespace qadesk
