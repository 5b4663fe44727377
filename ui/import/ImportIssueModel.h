#pragma once

#include "import/ImportTypes.h"

#include <QAbstractTableModel>

namespace qadesk {

// The errors and warnings of an import, one row each: severity, file, line, column, message.
class ImportIssueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        FileColumn,
        LineColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        IsErrorRole = Qt::UserRole + 1
    };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setResult(const ImportResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "file:line:column: error: message", one line per row — for the clipboard.
    QString rowText(int row) const;

private:
    struct Row
    {
        bool error = false;
        ImportIssue issue;
    };
    QList<Row> m_rows;
};

} // namespace qadesk
