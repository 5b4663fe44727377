#include "FileDialogs.h"

#include "NameOnlyIconProvider.h"

#include <QFileDialog>

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

void FileDialogs::setNextAnswer(const QStringList &paths)
{
    s_nextAnswer = paths;
}

} // namespace qadesk
