#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QPainter;

namespace qadesk {

// A drawn signature, stored compactly as JSON strokes [[[x, y], …], …] with whole-number coordinates in a
// 1000 × 400 box: a few hundred bytes to a few kilobytes. The pad writes it; the Feedback page and the printed
// sheet draw it scaled into any rectangle.
class SignatureStrokes final
{
public:
    static constexpr double kWidth = 1000;
    static constexpr double kHeight = 400;

    // Strokes drawn in a widget of `size`, scaled into the box.
    static QString toJson(const QList<QPolygonF> &strokes, const QSizeF &size);
    static QList<QPolygonF> fromJson(const QString &json);
    // Draws the strokes into `target`, keeping the box's aspect ratio; nothing for an empty signature.
    static void paint(QPainter &painter, const QRectF &target, const QString &json);
};

} // namespace qadesk
