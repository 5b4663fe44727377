#pragma once

#include "import/ImportTypes.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace qadesk {

class ImportFileModel;
class ImportIssueModel;

// What an import did: a summary, the files with their status and counts, and every error and warning with its
// file and line. The problems can be copied (Ctrl+C on a selection, or Copy for all) to fix the files.
class ImportResultDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportResultDialog(const ImportResult &result, QWidget *parent = nullptr);

    static QString summary(const ImportResult &result);
    // The selected problems as text, or all of them when none is selected.
    QString problemsText() const;

private:
    void copyProblems();

    ImportFileModel *m_files = nullptr;
    ImportIssueModel *m_issues = nullptr;
    QTableView *m_issueView = nullptr;
};

} // namespace qadesk
