#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace qadesk {

// Measures the height of one line of mixed text: the Chinese face has a taller line than the Latin one.
inline const QString kLineProbe = QStringLiteral("Ag字");

// Where a printed report goes: the pages of a paged device (a PDF writer, a printer, a print preview),
// filled top to bottom in device units, with helpers to convert millimetres and points. A block that
// does not fit in what is left of a page moves whole to the next page, so nothing is cut in two.
//
// In Measure mode nothing is painted and no page is started, but every height and page break comes out
// the same: a renderer runs once to count pages ("page 1 of 2") or to find a scale that fits, then paints.
class ReportCanvas final
{
public:
    enum class Mode { Measure, Paint };
    using PageHook = std::function<void(ReportCanvas &)>;

    // `scale` shrinks every font and gap (not the page) so that a long sheet can still fit on one page.
    // In Paint mode begins painting on the device; throws qadesk::Error when that fails.
    ReportCanvas(QPagedPaintDevice &device, Mode mode, double scale = 1.0);
    ~ReportCanvas();
    ReportCanvas(const ReportCanvas &) = delete;
    ReportCanvas &operator=(const ReportCanvas &) = delete;

    // Sets the A4 portrait page with QA Desk's margins; call before constructing a canvas on the device.
    static void setUpA4(QPagedPaintDevice &device);
    // Paints twice: first measuring (pages 0), then on the device knowing the page count ("page 2 of 5").
    // Returns the pages painted.
    static int paintMeasured(QPagedPaintDevice &device, const std::function<void(ReportCanvas &, int pages)> &paint);

    bool painting() const { return m_painter != nullptr; }
    QPainter *painter() const { return m_painter.get(); }
    QPagedPaintDevice &device() const { return m_device; }
    double scale() const { return m_scale; }

    // Millimetres to device units, as they are (page geometry) or scaled (gaps and paddings).
    double mm(double millimetres) const;
    double gap(double millimetres) const { return mm(millimetres) * m_scale; }
    QFont font(double pointSize, bool bold = false) const;

    // The content area of a page, below the running header and above the footer reserve.
    double width() const { return m_width; }
    double pageHeight() const { return m_pageHeight; }
    double bottom() const { return m_pageHeight - m_footerReserve; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double remaining() const { return bottom() - m_y; }
    int pageNumber() const { return m_pageNumber; } // 1-based, counted from this canvas's first page
    // Pages begun so far on this canvas.
    int pageCount() const { return m_pageNumber; }
    // Space kept free at the bottom of every page for footers.
    void setFooterReserve(double height) { m_footerReserve = height; }

    void setScale(double scale) { m_scale = scale; }

    // A section is a run of pages with its own running header and footer (one evaluation sheet, one report).
    // The first section starts on the device's current page, every later one on a new page. onStart draws
    // a running header on each of the section's pages (and may advance y), onEnd a footer.
    void beginSection(PageHook onStart, PageHook onEnd);
    // Ends the section's last page (its footer).
    void endSection();
    // The page number within the current section, from 1.
    int sectionPage() const { return m_pageNumber - m_sectionFirstPage + 1; }
    // Ends the current page and starts the next one of the same section.
    void newPage();
    // Starts a new page unless `height` still fits below y. Returns whether it did.
    bool ensureSpace(double height);
    // A section heading in the report style (accent bar and text), kept on a page with the next
    // `keepWithNext` of content.
    void heading(const QString &text, double keepWithNext);

    // Word-wrapped text (at word boundaries, or anywhere in words longer than the width; newlines kept).
    double textHeight(const QString &text, const QFont &font, double width) const;
    double textWidth(const QString &text, const QFont &font) const;
    void text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color = Qt::black,
              Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop);
    void fill(const QRectF &rect, const QColor &color);
    void frame(const QRectF &rect, const QColor &color, double penMm = 0.2);
    void line(const QPointF &from, const QPointF &to, const QColor &color, double penMm = 0.2,
              Qt::PenStyle style = Qt::SolidLine);

private:
    QPagedPaintDevice &m_device;
    std::unique_ptr<QPainter> m_painter;
    double m_scale = 1.0;
    double m_dpi = 72.0;
    double m_width = 0;
    double m_pageHeight = 0;
    double m_footerReserve = 0;
    double m_y = 0;
    int m_pageNumber = 1;
    int m_sectionFirstPage = 1;
    bool m_sectionStarted = false;
    PageHook m_onStart;
    PageHook m_onEnd;
};

} // namespace qadesk
