#include "FileDialogs.h"

#include "NameOnlyIconProvider.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QTreeView>

#include <optional>
#include <utility>

namespace qadesk {

namespace {

std::optional<QStringList> s_nextAnswer;

void makeSafe(QFileDialog &dialog)
{
    static NameOnlyIconProvider provider;
    // A native dialog may sniff file contents in this process; Qt's own one asks the provider below.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&provider);
    // Room for names, and a size column that shows "88.4 KiB" whole rather than "88.…KiB".
    dialog.resize(860, 520);
    if (auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        details->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column < details->header()->count(); ++column) {
            details->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        }
    }
}

} // namespace

QStringList FileDialogs::openFiles(QWidget *parent, const QString &title, const QString &folder,
                                   const QString &filters)
{
    if (std::optional<QStringList> answer = std::exchange(s_nextAnswer, std::nullopt)) {
        return *answer;
    }
    QFileDialog dialog(parent, title, folder, filters);
    dialog.setObjectName(QStringLiteral("openFilesDialog"));
    makeSafe(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

QString FileDialogs::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filters,
                              QString *selectedFilter)
{
    if (std::optional<QStringList> answer = std::exchange(s_nextAnswer, std::nullopt)) {
        return answer->value(0);
    }
    QFileDialog dialog(parent, title, suggested, filters);
    dialog.setObjectName(QStringLiteral("saveFileDialog"));
    makeSafe(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (selectedFilter && !selectedFilter->isEmpty()) {
        dialog.selectNameFilter(*selectedFilter);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    if (selectedFilter) {
        *selectedFilter = dialog.selectedNameFilter();
    }
    return dialog.selectedFiles().constFirst();
}

QString FileDialogs::folder(QWidget *parent, const QString &title, const QString &start)
{
    if (std::optional<QStringList> answer = std::exchange(s_nextAnswer, std::nullopt)) {
        return answer->value(0);
    }
    QFileDialog dialog(parent, title, start);
    dialog.setObjectName(QStringLiteral("folderDialog"));
    makeSafe(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    return dialog.selectedFiles().constFirst();
}

void FileDialogs::setNextAnswer(const QStringList &paths)
{
    s_nextAnswer = paths;
}

} // namespace qadesk
