#include "ReportTable.h"

#include "ReportCanvas.h"
#include "ReportStyle.h"

namespace qadesk {

namespace {

constexpr double PadXMm = 1.4;
constexpr double PadYMm = 1.1;
constexpr double DetailGapMm = 0.4;

} // namespace

ReportTable::ReportTable(QList<TableColumn> columns, double fontPt)
    : m_columns(std::move(columns))
    , m_fontPt(fontPt > 0 ? fontPt : reportstyle::BodyPt)
{
}

void ReportTable::addRow(QList<TableCell> cells)
{
    cells.resize(m_columns.size());
    m_rows << std::move(cells);
}

QFont ReportTable::cellFont(const ReportCanvas &canvas, const TableCell &cell) const
{
    return canvas.font(cell.small ? reportstyle::SmallPt : m_fontPt, cell.bold);
}

QList<double> ReportTable::columnWidths(const ReportCanvas &canvas) const
{
    double total = 0;
    for (const TableColumn &column : m_columns) {
        total += column.share;
    }
    QList<double> widths;
    for (const TableColumn &column : m_columns) {
        widths << canvas.width() * column.share / total;
    }
    return widths;
}

double ReportTable::headerHeight(const ReportCanvas &canvas) const
{
    if (!m_headerVisible) {
        return 0;
    }
    const QFont font = canvas.font(m_fontPt - 0.6, true);
    const QList<double> widths = columnWidths(canvas);
    double tallest = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        tallest = std::max(tallest, canvas.textHeight(m_columns.at(i).title, font, widths.at(i) - 2 * canvas.gap(PadXMm)));
    }
    return tallest + 2 * canvas.gap(PadYMm);
}

double ReportTable::rowHeight(const ReportCanvas &canvas, const QList<TableCell> &row) const
{
    const QList<double> widths = columnWidths(canvas);
    double tallest = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const TableCell &cell = row.at(i);
        const double inner = widths.at(i) - 2 * canvas.gap(PadXMm);
        double height = canvas.textHeight(cell.text, cellFont(canvas, cell), inner);
        if (!cell.detail.isEmpty()) {
            height += canvas.gap(DetailGapMm) +
                      canvas.textHeight(cell.detail, canvas.font(reportstyle::SmallPt), inner);
        }
        tallest = std::max(tallest, height);
    }
    // An empty row still reads as a row (a blank line to fill in by hand).
    tallest = std::max(tallest, canvas.textHeight(kLineProbe, canvas.font(m_fontPt), canvas.width()));
    return tallest + 2 * canvas.gap(PadYMm);
}

double ReportTable::leadingHeight(const ReportCanvas &canvas) const
{
    return headerHeight(canvas) + (m_rows.isEmpty() ? 0 : rowHeight(canvas, m_rows.first()));
}

double ReportTable::height(const ReportCanvas &canvas) const
{
    double total = headerHeight(canvas);
    for (const QList<TableCell> &row : m_rows) {
        total += rowHeight(canvas, row);
    }
    return total;
}

void ReportTable::paintHeader(ReportCanvas &canvas) const
{
    if (!m_headerVisible) {
        return;
    }
    const double height = headerHeight(canvas);
    const QList<double> widths = columnWidths(canvas);
    const QFont font = canvas.font(m_fontPt - 0.6, true);
    canvas.fill(QRectF(0, canvas.y(), canvas.width(), height), reportstyle::HeaderFill);
    double x = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QRectF cell(x, canvas.y(), widths.at(i), height);
        canvas.text(cell.adjusted(canvas.gap(PadXMm), canvas.gap(PadYMm), -canvas.gap(PadXMm), -canvas.gap(PadYMm)),
                    m_columns.at(i).title, font, reportstyle::Text, m_columns.at(i).alignment | Qt::AlignVCenter);
        if (i > 0) {
            canvas.line(QPointF(x, canvas.y()), QPointF(x, canvas.y() + height), reportstyle::Rule, 0.15);
        }
        x += widths.at(i);
    }
    canvas.frame(QRectF(0, canvas.y(), canvas.width(), height), reportstyle::Rule, 0.2);
    canvas.advance(height);
}

void ReportTable::paintRow(ReportCanvas &canvas, const QList<TableCell> &row, double height) const
{
    const QList<double> widths = columnWidths(canvas);
    double x = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const TableCell &cell = row.at(i);
        const QRectF box(x, canvas.y(), widths.at(i), height);
        if (cell.background.isValid()) {
            canvas.fill(box, cell.background);
        }
        const QRectF inner =
            box.adjusted(canvas.gap(PadXMm), canvas.gap(PadYMm), -canvas.gap(PadXMm), -canvas.gap(PadYMm));
        const QFont font = cellFont(canvas, cell);
        const Qt::Alignment alignment = m_columns.at(i).alignment;
        if (cell.detail.isEmpty()) {
            canvas.text(inner, cell.text, font, cell.color.isValid() ? cell.color : reportstyle::Text,
                        alignment | Qt::AlignVCenter);
        } else {
            const double textHeight = canvas.textHeight(cell.text, font, inner.width());
            canvas.text(inner, cell.text, font, cell.color.isValid() ? cell.color : reportstyle::Text,
                        alignment | Qt::AlignTop);
            canvas.text(inner.adjusted(0, textHeight + canvas.gap(DetailGapMm), 0, 0), cell.detail,
                        canvas.font(reportstyle::SmallPt), reportstyle::Muted, alignment | Qt::AlignTop);
        }
        if (i > 0) {
            canvas.line(QPointF(x, canvas.y()), QPointF(x, canvas.y() + height), reportstyle::Rule, 0.15);
        }
        x += widths.at(i);
    }
    canvas.frame(QRectF(0, canvas.y(), canvas.width(), height), reportstyle::Rule, 0.2);
    canvas.advance(height);
}

QList<RowPlacement> ReportTable::paint(ReportCanvas &canvas) const
{
    QList<RowPlacement> placements;
    canvas.ensureSpace(leadingHeight(canvas));
    paintHeader(canvas);
    for (const QList<TableCell> &row : m_rows) {
        const double height = rowHeight(canvas, row);
        if (canvas.ensureSpace(height)) {
            paintHeader(canvas);
        }
        placements << RowPlacement{canvas.pageNumber(), canvas.y(), canvas.y() + height};
        paintRow(canvas, row, height);
    }
    return placements;
}

} // namespace qadesk
