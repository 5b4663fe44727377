#include "ReportCharts.h"

#include "ReportCanvas.h"
#include "ReportStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace qadesk {

using namespace reportstyle;

namespace {

constexpr double ChartPt = 6.8;

// Draws the title at the top of `rect` and the legend at its bottom; returns what is left for the plot.
QRectF paintFrame(ReportCanvas &c, const QRectF &rect, const QString &title, const QList<ChartSeries> &series,
                  const QString &hollowNote = {})
{
    QPainter &p = *c.painter();
    const QFont titleFont = c.font(BodyPt, true);
    const QFont legendFont = c.font(ChartPt);
    const double titleHeight = c.textHeight(kLineProbe, titleFont, rect.width());
    c.text(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), title, titleFont, Text);
    const double legendHeight = c.textHeight(kLineProbe, legendFont, rect.width());
    double x = rect.left();
    const double y = rect.bottom() - legendHeight;
    for (const ChartSeries &s : series) {
        const double swatch = c.mm(6);
        p.setPen(QPen(s.color, c.mm(0.6), s.style, Qt::FlatCap));
        p.drawLine(QPointF(x, y + legendHeight / 2), QPointF(x + swatch, y + legendHeight / 2));
        x += swatch + c.mm(1.2);
        const double width = c.textWidth(s.name, legendFont);
        c.text(QRectF(x, y, width + c.mm(1), legendHeight), s.name, legendFont, Muted);
        x += width + c.mm(4);
    }
    double rows = 1;
    if (!hollowNote.isEmpty()) {
        // The hollow point's note goes on a row of its own above the legend when the row is full.
        const double noteWidth = c.mm(2.6) + c.textWidth(hollowNote, legendFont) + c.mm(1);
        double noteY = y;
        if (x + noteWidth > rect.right()) {
            x = rect.left();
            noteY = y - legendHeight;
            rows = 2;
        }
        p.setPen(QPen(Muted, c.mm(0.3)));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(x + c.mm(1), noteY + legendHeight / 2), c.mm(0.9), c.mm(0.9));
        x += c.mm(2.6);
        c.text(QRectF(x, noteY, noteWidth, legendHeight), hollowNote, legendFont, Muted);
    }
    return QRectF(rect.left(), rect.top() + titleHeight + c.mm(1.5), rect.width(),
                  rect.height() - titleHeight - legendHeight * rows - c.mm(3.5));
}

QString formatValue(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

void ReportTrendChart::paint(ReportCanvas &c, const QRectF &rect) const
{
    if (!c.painting()) {
        return;
    }
    QPainter &p = *c.painter();
    p.save();
    bool anyHollow = false;
    for (const ChartSeries &s : series) {
        for (qsizetype i = 0; i < s.values.size(); ++i) {
            anyHollow = anyHollow || (s.values.at(i) && s.hollow.value(i));
        }
    }
    const QRectF area = paintFrame(c, rect, title, series, anyHollow ? hollowNote : QString());
    const QFont axisFont = c.font(ChartPt);
    const double axisLine = c.textHeight(kLineProbe, axisFont, area.width());
    const double labelWidth = c.textWidth(QString::number(maximum, 'f', 0), axisFont) + c.mm(1.5);
    const QRectF plot(area.left() + labelWidth, area.top() + axisLine / 2, area.width() - labelWidth,
                      area.height() - axisLine * 1.8);
    const double span = maximum - minimum;
    auto yOf = [&](double value) { return plot.bottom() - (std::clamp(value, minimum, maximum) - minimum) / span * plot.height(); };

    for (int step = 0; step <= gridSteps; ++step) {
        const double value = minimum + span * step / gridSteps;
        const double y = yOf(value);
        c.line(QPointF(plot.left(), y), QPointF(plot.right(), y), step == 0 ? Rule : HeaderFill.darker(108),
               step == 0 ? 0.25 : 0.15);
        c.text(QRectF(area.left(), y - axisLine / 2, labelWidth - c.mm(1.2), axisLine), QString::number(value, 'f', 0),
               axisFont, Muted, Qt::AlignRight | Qt::AlignVCenter);
    }
    const qsizetype n = categories.size();
    if (n == 0) {
        p.restore();
        return;
    }
    auto xOf = [&](qsizetype i) { return plot.left() + (double(i) + 0.5) * plot.width() / double(n); };
    for (qsizetype i = 0; i < n; ++i) {
        c.text(QRectF(xOf(i) - plot.width() / n / 2, plot.bottom() + c.mm(0.8), plot.width() / n, axisLine),
               categories.at(i), axisFont, Muted, Qt::AlignHCenter | Qt::AlignTop);
    }
    for (const ChartSeries &s : series) {
        std::optional<QPointF> previous;
        for (qsizetype i = 0; i < n && i < s.values.size(); ++i) {
            if (!s.values.at(i)) {
                previous.reset();
                continue;
            }
            const QPointF point(xOf(i), yOf(*s.values.at(i)));
            if (previous) {
                // A segment to or from a small sample is dashed: the line does not vouch for that point.
                const bool weak = s.hollow.value(i) || s.hollow.value(i - 1);
                p.setPen(QPen(s.color, c.mm(0.55), weak ? Qt::DashLine : s.style, Qt::RoundCap, Qt::RoundJoin));
                p.drawLine(*previous, point);
            }
            previous = point;
        }
        for (qsizetype i = 0; i < n && i < s.values.size(); ++i) {
            if (s.values.at(i)) {
                const QPointF point(xOf(i), yOf(*s.values.at(i)));
                const bool hollow = s.hollow.value(i);
                if (hollow) {
                    p.setBrush(Qt::white);
                    p.setPen(QPen(s.color, c.mm(0.35)));
                    p.drawEllipse(point, c.mm(1.0), c.mm(1.0));
                } else {
                    p.setBrush(s.color);
                    p.setPen(Qt::NoPen);
                    p.drawEllipse(point, c.mm(0.8), c.mm(0.8));
                }
                if (s.labelled) {
                    const QString text = hollow ? QStringLiteral("(%1)").arg(formatValue(*s.values.at(i)))
                                                : formatValue(*s.values.at(i));
                    c.text(QRectF(point.x() - c.mm(8), point.y() - axisLine - c.mm(0.8), c.mm(16), axisLine), text,
                           axisFont, hollow ? Muted : s.color, Qt::AlignHCenter | Qt::AlignBottom);
                }
            }
        }
    }
    p.restore();
}

void ReportRadarChart::paint(ReportCanvas &c, const QRectF &rect) const
{
    if (!c.painting()) {
        return;
    }
    QPainter &p = *c.painter();
    p.save();
    const QRectF area = paintFrame(c, rect, title, series);
    const QFont labelFont = c.font(ChartPt);
    const double labelLine = c.textHeight(kLineProbe, labelFont, area.width());
    const double labelRoom = c.mm(17);
    const double radius = std::max(c.mm(5), std::min(area.width() / 2 - labelRoom, area.height() / 2 - labelLine * 1.6));
    const QPointF centre = area.center();
    const qsizetype n = categories.size();
    if (n < 3) {
        p.restore();
        return;
    }
    auto angleOf = [&](qsizetype i) { return -M_PI / 2 + 2 * M_PI * double(i) / double(n); };
    auto pointAt = [&](qsizetype i, double r) {
        return QPointF(centre.x() + r * std::cos(angleOf(i)), centre.y() + r * std::sin(angleOf(i)));
    };
    auto radiusOf = [&](double value) {
        return (std::clamp(value, minimum, maximum) - minimum) / (maximum - minimum) * radius;
    };

    for (int ring = 1; ring <= rings; ++ring) {
        QPolygonF polygon;
        for (qsizetype i = 0; i < n; ++i) {
            polygon << pointAt(i, radius * ring / rings);
        }
        p.setPen(QPen(ring == rings ? Rule : HeaderFill.darker(112), c.mm(ring == rings ? 0.25 : 0.15)));
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(polygon);
        const double value = minimum + (maximum - minimum) * ring / rings;
        // Ring values sit just right of the first (top) axis, below their ring line.
        const QPointF at = pointAt(0, radius * ring / rings);
        c.text(QRectF(at.x() + c.mm(0.6), at.y(), c.mm(6), labelLine), QString::number(value, 'f', 0),
               c.font(ChartPt - 1), Muted, Qt::AlignLeft | Qt::AlignTop);
    }
    for (qsizetype i = 0; i < n; ++i) {
        c.line(centre, pointAt(i, radius), HeaderFill.darker(112), 0.15);
        const QPointF tip = pointAt(i, radius + c.mm(1.8));
        const double cosine = std::cos(angleOf(i));
        const double sine = std::sin(angleOf(i));
        const double width = labelRoom + c.mm(2);
        QRectF box(tip.x() - width / 2, tip.y() - labelLine / 2, width, labelLine * 2);
        Qt::Alignment alignment = Qt::AlignHCenter;
        if (cosine > 0.2) {
            box.moveLeft(tip.x());
            alignment = Qt::AlignLeft;
        } else if (cosine < -0.2) {
            box.moveRight(tip.x());
            alignment = Qt::AlignRight;
        }
        if (sine < -0.5) {
            box.moveBottom(tip.y() + labelLine * 0.2);
            alignment |= Qt::AlignBottom;
        } else if (sine > 0.5) {
            box.moveTop(tip.y() - labelLine * 0.2);
            alignment |= Qt::AlignTop;
        } else {
            box.moveTop(tip.y() - labelLine / 2);
            alignment |= Qt::AlignTop;
        }
        c.text(box, categories.at(i), labelFont, Text, alignment);
    }
    for (const ChartSeries &s : series) {
        QPolygonF polygon;
        for (qsizetype i = 0; i < n; ++i) {
            const std::optional<double> value = i < s.values.size() ? s.values.at(i) : std::nullopt;
            polygon << pointAt(i, value ? radiusOf(*value) : 0);
        }
        QColor fill = s.color;
        fill.setAlpha(s.filled ? 55 : 0);
        p.setBrush(s.filled ? QBrush(fill) : QBrush(Qt::NoBrush));
        p.setPen(QPen(s.color, c.mm(0.55), s.style, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolygon(polygon);
        p.setPen(Qt::NoPen);
        p.setBrush(s.color);
        for (const QPointF &point : polygon) {
            p.drawEllipse(point, c.mm(0.7), c.mm(0.7));
        }
    }
    p.restore();
}

} // namespace qadesk
