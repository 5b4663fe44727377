#include "ImportIssueModel.h"

#include <QBrush>
#include <QFileInfo>

namespace qadesk {

ImportIssueModel::ImportIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportIssueModel::setResult(const ImportResult &result)
{
    beginResetModel();
    m_rows.clear();
    for (const FileImportResult &file : result.files) {
        for (const ImportIssue &issue : file.errors) {
            m_rows.append(Row{true, issue});
        }
    }
    for (const FileImportResult &file : result.files) {
        for (const ImportIssue &issue : file.warnings) {
            m_rows.append(Row{false, issue});
        }
    }
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (role == IsErrorRole) {
        return row.error;
    }
    if (role == Qt::ToolTipRole) {
        return index.column() == FileColumn ? row.issue.file : row.issue.message;
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn && row.error) {
        return QBrush(Qt::red);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case SeverityColumn:
        return row.error ? tr("Error") : tr("Warning");
    case FileColumn:
        return QFileInfo(row.issue.file).fileName();
    case LineColumn:
        if (row.issue.line <= 0) {
            return QString();
        }
        return row.issue.column > 0 ? tr("%1:%2").arg(row.issue.line).arg(row.issue.column)
                                    : QString::number(row.issue.line);
    case MessageColumn:
        return row.issue.message;
    }
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

QString ImportIssueModel::rowText(int row) const
{
    const Row &r = m_rows.at(row);
    QString place = r.issue.file;
    if (r.issue.line > 0) {
        place += QLatin1Char(':') + QString::number(r.issue.line);
        if (r.issue.column > 0) {
            place += QLatin1Char(':') + QString::number(r.issue.column);
        }
    }
    return QStringLiteral("%1: %2: %3").arg(place, r.error ? tr("error") : tr("warning"), r.issue.message);
}

} // namespace qadesk
