#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace qadesk {

class ReportCanvas;

struct TableColumn
{
    QString title;
    double share = 1;                            // of the table width, relative to the other columns
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct TableCell
{
    QString text;
    QString detail;  // a second, smaller grey paragraph under the text (a level description, a requirement)
    QColor color;    // text colour; the default text colour when invalid
    bool bold = false;
    bool small = false; // set in the small type size (secondary text such as requirements)
    QColor background;  // none when invalid

    TableCell() = default;
    TableCell(QString cellText) : text(std::move(cellText)) {} // NOLINT: cells are written as plain strings
    TableCell(QString cellText, QString cellDetail) : text(std::move(cellText)), detail(std::move(cellDetail)) {}
};

// Where a row landed: its page (as the canvas counts them) and its top and bottom on that page.
struct RowPlacement
{
    int page = 0;
    double top = 0;
    double bottom = 0;
};

// A ruled table on report pages. Rows are never split: a row that does not fit moves to the next page,
// where the header row is repeated.
class ReportTable final
{
public:
    explicit ReportTable(QList<TableColumn> columns, double fontPt = 0);

    void addRow(QList<TableCell> cells);
    qsizetype rowCount() const { return m_rows.size(); }
    void setHeaderVisible(bool visible) { m_headerVisible = visible; }

    // The header and first row: what must fit under a section title for it to stay with its table.
    double leadingHeight(const ReportCanvas &canvas) const;
    // The whole table's height if it were on one page.
    double height(const ReportCanvas &canvas) const;
    // Paints at the canvas's y, breaking pages between rows, and advances y past the table. Returns where
    // each row went.
    QList<RowPlacement> paint(ReportCanvas &canvas) const;

private:
    QList<double> columnWidths(const ReportCanvas &canvas) const;
    double headerHeight(const ReportCanvas &canvas) const;
    QFont cellFont(const ReportCanvas &canvas, const TableCell &cell) const;
    double rowHeight(const ReportCanvas &canvas, const QList<TableCell> &row) const;
    void paintHeader(ReportCanvas &canvas) const;
    void paintRow(ReportCanvas &canvas, const QList<TableCell> &row, double height) const;

    QList<TableColumn> m_columns;
    QList<QList<TableCell>> m_rows;
    double m_fontPt;
    bool m_headerVisible = true;
};

} // namespace qadesk
