#include "RecordingLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace qadesk {

RecordingLocation RecordingLocator::locate(const QString &recording, const QString &sourceFile,
                                           const QString &recordingsRoot)
{
    RecordingLocation location;
    if (recording.isEmpty()) {
        location.problem = QCoreApplication::translate("RecordingLocator", "This interaction has no recording.");
        return location;
    }
    QString stored = recording;
    stored.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList candidates;
    if (QFileInfo(stored).isAbsolute()) {
        candidates << stored;
    } else if (!sourceFile.isEmpty()) {
        candidates << QDir(QFileInfo(sourceFile).absolutePath()).filePath(stored);
    }
    if (!recordingsRoot.isEmpty()) {
        const QDir root(recordingsRoot);
        if (!QFileInfo(stored).isAbsolute()) {
            candidates << root.filePath(stored);
        }
        candidates << root.filePath(QFileInfo(stored).fileName());
    }
    if (candidates.isEmpty()) {
        candidates << stored;
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile()) {
            if (!info.isReadable()) {
                location.problem =
                    QCoreApplication::translate("RecordingLocator", "The recording %1 cannot be read (permissions).")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
                return location;
            }
            location.path = QDir::cleanPath(info.absoluteFilePath());
            return location;
        }
    }
    location.problem = QCoreApplication::translate("RecordingLocator", "The recording %1 was not found.")
                           .arg(QDir::toNativeSeparators(candidates.first()));
    if (!recordingsRoot.isEmpty()) {
        location.problem += QLatin1Char(' ') + QCoreApplication::translate(
                                                   "RecordingLocator", "Also looked under the recordings folder %1.")
                                                   .arg(QDir::toNativeSeparators(recordingsRoot));
    } else {
        location.problem += QLatin1Char(' ') + QCoreApplication::translate(
                                                   "RecordingLocator", "A recordings folder can be set in Settings.");
    }
    return location;
}

} // namespace qadesk
