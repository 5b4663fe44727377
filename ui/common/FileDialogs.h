#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace qadesk {

// Every file dialog of the application goes through here. Qt's stock dialogs (and the GTK one a desktop
// may plug in) open each file they list to sniff its type. Opening and closing the open database's files
// from this process drops the POSIX locks SQLite holds on them, so another process (qadesk-cli, a second
// window) then believes it is alone and deletes the write-ahead log under us: every later save would go
// into a deleted file. These dialogs are Qt's own, with an icon provider that judges files by their name
// only, so no file is ever opened by merely being listed. A test answers the next dialog with setNextAnswer().
class FileDialogs final
{
public:
    static QStringList openFiles(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filters);
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                            const QString &filters, QString *selectedFilter = nullptr);
    // An existing folder; empty when cancelled.
    static QString folder(QWidget *parent, const QString &title, const QString &start);

    // Test seam: the next dialog is not shown but answered with `paths` (saveFile: the first; none: cancelled).
    static void setNextAnswer(const QStringList &paths);
};

} // namespace qadesk
