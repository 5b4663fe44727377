#include "ImportFileModel.h"

#include <QBrush>
#include <QFileInfo>
#include <QLocale>

namespace qadesk {

ImportFileModel::ImportFileModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportFileModel::setResult(const ImportResult &result)
{
    beginResetModel();
    m_files = result.files;
    m_dryRun = result.dryRun;
    endResetModel();
}

int ImportFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ImportFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FileImportResult &file = m_files.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == FileColumn) {
        return file.file;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ImportedColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && !file.accepted && !file.cancelled) {
        return QBrush(Qt::red);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case FileColumn:
        return QFileInfo(file.file).fileName();
    case FormatColumn:
        return formatName(file.format);
    case StatusColumn:
        if (file.cancelled) {
            return tr("Cancelled, nothing kept");
        }
        if (!file.accepted) {
            return tr("Rejected, nothing kept");
        }
        return m_dryRun ? tr("Valid (dry run)") : tr("Imported");
    case ImportedColumn:
        return QLocale().toString(file.imported);
    case DuplicatesColumn:
        return QLocale().toString(file.duplicates);
    case TurnsColumn:
        return QLocale().toString(file.turns);
    }
    return {};
}

QVariant ImportFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FileColumn:
        return tr("File");
    case FormatColumn:
        return tr("Format");
    case StatusColumn:
        return tr("Status");
    case ImportedColumn:
        return tr("Imported");
    case DuplicatesColumn:
        return tr("Duplicates");
    case TurnsColumn:
        return tr("Turns");
    }
    return {};
}

} // namespace qadesk
