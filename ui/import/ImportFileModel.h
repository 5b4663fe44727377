#pragma once

#include "import/ImportTypes.h"

#include <QAbstractTableModel>

namespace qadesk {

// The files of an import, one row each: file, format, status, imported, duplicates, turns.
class ImportFileModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        FormatColumn,
        StatusColumn,
        ImportedColumn,
        DuplicatesColumn,
        TurnsColumn,
        ColumnCount
    };

    explicit ImportFileModel(QObject *parent = nullptr);

    void setResult(const ImportResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FileImportResult> m_files;
    bool m_dryRun = false;
};

} // namespace qadesk
