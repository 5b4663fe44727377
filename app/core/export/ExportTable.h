#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace qadesk {

// How a column's cells are typed in a spreadsheet: numbers stay numbers, dates stay dates.
enum class CellType { Text, Integer, Number, Date, DateTime, Boolean };

struct ExportColumn
{
    QString title;
    CellType type = CellType::Text;
    int decimals = 2;   // Number columns: digits shown (CSV writes them, XLSX formats with them)
    double width = 12;  // XLSX column width in characters
};

// A table on its way to CSV or XLSX. A null QVariant is an empty cell; a value whose type does not fit its
// column (the text "N/A" in a score column) is written as text.
struct ExportTable
{
    QString sheetName;
    QList<ExportColumn> columns;
    QList<QVariantList> rows;
};

} // namespace qadesk
