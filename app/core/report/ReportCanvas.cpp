#include "ReportCanvas.h"

#include "Error.h"
#include "ReportFonts.h"
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace qadesk {

namespace {

// Lays text out in lines of `width`, the same way for measuring and painting.
struct LaidOutText
{
    std::unique_ptr<QTextLayout> layout;
    double height = 0;
};

LaidOutText layOut(const QString &text, const QFont &font, double width, const QPaintDevice *device,
                   Qt::Alignment alignment)
{
    QString flowed = text;
    flowed.replace(QLatin1String("\r\n"), QStringLiteral("\n"));
    flowed.replace(QLatin1Char('\n'), QChar::LineSeparator);
    LaidOutText result{std::make_unique<QTextLayout>(flowed, font, device), 0};
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    result.layout->setTextOption(option);
    result.layout->beginLayout();
    double y = 0;
    for (QTextLine line = result.layout->createLine(); line.isValid(); line = result.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    result.layout->endLayout();
    result.height = y;
    return result;
}

} // namespace

ReportCanvas::ReportCanvas(QPagedPaintDevice &device, Mode mode, double scale)
    : m_device(device)
    , m_scale(scale)
    , m_dpi(device.logicalDpiY())
{
    const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    m_width = paint.width();
    m_pageHeight = paint.height();
    if (mode == Mode::Paint) {
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(&device)) {
            m_painter.reset();
            throw Error(QCoreApplication::translate("ReportCanvas",
                                                    "Cannot start painting the report (is the file writable?)."));
        }
        m_painter->setRenderHint(QPainter::Antialiasing);
        m_painter->setRenderHint(QPainter::TextAntialiasing);
    }
}

ReportCanvas::~ReportCanvas()
{
    if (m_painter) {
        m_painter->end();
    }
}

void ReportCanvas::setUpA4(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 10),
                                     QPageLayout::Millimeter));
}

double ReportCanvas::mm(double millimetres) const
{
    return millimetres * m_dpi / 25.4;
}

QFont ReportCanvas::font(double pointSize, bool bold) const
{
    return ReportFonts::font(pointSize * m_scale, bold);
}

void ReportCanvas::beginSection(PageHook onStart, PageHook onEnd)
{
    if (m_sectionStarted) {
        if (m_painter) {
            m_device.newPage();
        }
        ++m_pageNumber;
    }
    m_sectionStarted = true;
    m_sectionFirstPage = m_pageNumber;
    m_onStart = std::move(onStart);
    m_onEnd = std::move(onEnd);
    m_y = 0;
    if (m_onStart) {
        m_onStart(*this);
    }
}

void ReportCanvas::endSection()
{
    if (m_onEnd) {
        m_onEnd(*this);
    }
    m_onStart = {};
    m_onEnd = {};
}

void ReportCanvas::newPage()
{
    if (m_onEnd) {
        m_onEnd(*this);
    }
    if (m_painter) {
        m_device.newPage();
    }
    ++m_pageNumber;
    m_y = 0;
    if (m_onStart) {
        m_onStart(*this);
    }
}

bool ReportCanvas::ensureSpace(double height)
{
    if (m_y + height <= bottom() + 0.5) {
        return false;
    }
    newPage();
    return true;
}

double ReportCanvas::textHeight(const QString &text, const QFont &font, double width) const
{
    return layOut(text, font, width, &m_device, Qt::AlignLeft).height;
}

double ReportCanvas::textWidth(const QString &text, const QFont &font) const
{
    QTextLayout layout(text, font, &m_device);
    layout.beginLayout();
    double width = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(1e9);
        width = std::max(width, line.naturalTextWidth());
    }
    layout.endLayout();
    return width;
}

void ReportCanvas::text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                        Qt::Alignment alignment)
{
    if (!m_painter || text.isEmpty()) {
        return;
    }
    const LaidOutText laid = layOut(text, font, rect.width(), &m_device, alignment);
    double top = rect.top();
    if (alignment & Qt::AlignVCenter) {
        top += (rect.height() - laid.height) / 2;
    } else if (alignment & Qt::AlignBottom) {
        top += rect.height() - laid.height;
    }
    m_painter->setPen(color);
    laid.layout->draw(m_painter.get(), QPointF(rect.left(), top));
}

void ReportCanvas::fill(const QRectF &rect, const QColor &color)
{
    if (m_painter) {
        m_painter->fillRect(rect, color);
    }
}

void ReportCanvas::frame(const QRectF &rect, const QColor &color, double penMm)
{
    if (m_painter) {
        m_painter->setPen(QPen(color, mm(penMm)));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(rect);
    }
}

void ReportCanvas::line(const QPointF &from, const QPointF &to, const QColor &color, double penMm,
                        Qt::PenStyle style)
{
    if (m_painter) {
        m_painter->setPen(QPen(color, mm(penMm), style, Qt::FlatCap));
        m_painter->drawLine(from, to);
    }
}

int ReportCanvas::paintMeasured(QPagedPaintDevice &device,
                                const std::function<void(ReportCanvas &, int pages)> &paint)
{
    int pages = 0;
    {
        ReportCanvas measure(device, Mode::Measure);
        paint(measure, 0);
        pages = measure.pageCount();
    }
    ReportCanvas canvas(device, Mode::Paint);
    paint(canvas, pages);
    return canvas.pageCount();
}

void ReportCanvas::heading(const QString &text, double keepWithNext)
{
    using namespace reportstyle;
    const QFont headingFont = font(HeadingPt, true);
    const double height = textHeight(text, headingFont, width());
    ensureSpace(height + gap(1.5) + keepWithNext);
    fill(QRectF(0, y() + gap(0.6), gap(1.1), height - gap(1.2)), Accent);
    this->text(QRectF(gap(2.4), y(), width(), height), text, headingFont, Accent);
    advance(height + gap(1.5));
}

} // namespace qadesk
