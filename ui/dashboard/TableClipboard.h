#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;
class QTableView;

namespace qadesk {

// Copies tables as tab-separated text (what spreadsheets paste into cells): the selected cells, or the whole table,
// with the column headers as the first line.
class TableClipboard final
{
public:
    // Ctrl+C copies the selection (the whole table when nothing is selected); the context menu offers both.
    static void install(QTableView *view);
    // The table as shown by `model` (its display texts, in its row order); only the cells of `selection` when given.
    static QString toTsv(const QAbstractItemModel *model, const QModelIndexList &selection = {});
};

} // namespace qadesk
