#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

class ReportCanvas;

// One line of a chart: a value per category (none where there is no data, drawn as a gap).
struct ChartSeries
{
    QString name;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    QList<std::optional<double>> values;
    bool labelled = false; // print each value next to its point
    bool filled = false;   // radar only: fill the polygon
    QList<bool> hollow;    // trend only: points drawn hollow, their value in brackets (a small sample)
};

// A line chart of a few series over categories (months), with a legend; painted straight on report pages. Points of
// a small sample are hollow with a dashed segment to them, and a legend entry says what that means.
// with QPainter, so the core library needs no Qt Charts or widgets.
class ReportTrendChart final
{
public:
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    double minimum = 0;
    double maximum = 100;
    int gridSteps = 5;
    QString hollowNote; // the legend's words for a hollow point, e.g. "○ n < 30"; shown when a point is hollow

    void paint(ReportCanvas &canvas, const QRectF &rect) const;
};

// A radar (spider) chart: one axis per category from `minimum` at the centre to `maximum` at the rim.
class ReportRadarChart final
{
public:
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    double minimum = 0;
    double maximum = 5;
    int rings = 5;

    void paint(ReportCanvas &canvas, const QRectF &rect) const;
};

} // namespace qadesk
