#include "SignatureStrokes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace qadesk {

QString SignatureStrokes::toJson(const QList<QPolygonF> &strokes, const QSizeF &size)
{
    if (size.isEmpty()) {
        return {};
    }
    QJsonArray all;
    for (const QPolygonF &stroke : strokes) {
        QJsonArray points;
        for (const QPointF &p : stroke) {
            const int x = int(std::lround(std::clamp(p.x() / size.width(), 0.0, 1.0) * kWidth));
            const int y = int(std::lround(std::clamp(p.y() / size.height(), 0.0, 1.0) * kHeight));
            points.append(QJsonArray{x, y});
        }
        if (!points.isEmpty()) {
            all.append(points);
        }
    }
    return all.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

QList<QPolygonF> SignatureStrokes::fromJson(const QString &json)
{
    QList<QPolygonF> strokes;
    for (const QJsonValue &stroke : QJsonDocument::fromJson(json.toUtf8()).array()) {
        QPolygonF polygon;
        for (const QJsonValue &point : stroke.toArray()) {
            const QJsonArray xy = point.toArray();
            polygon << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
        }
        strokes << polygon;
    }
    return strokes;
}

void SignatureStrokes::paint(QPainter &painter, const QRectF &target, const QString &json)
{
    const QList<QPolygonF> strokes = fromJson(json);
    if (strokes.isEmpty() || target.isEmpty()) {
        return;
    }
    const double scale = std::min(target.width() / kWidth, target.height() / kHeight);
    const QPointF origin(target.left() + (target.width() - kWidth * scale) / 2,
                         target.top() + (target.height() - kHeight * scale) / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x1a, 0x23, 0x7e));
    pen.setWidthF(std::max(1.0, 8 * scale));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    for (const QPolygonF &stroke : strokes) {
        QPolygonF mapped;
        for (const QPointF &p : stroke) {
            mapped << origin + p * scale;
        }
        if (mapped.size() == 1) {
            painter.drawPoint(mapped.first());
        } else {
            painter.drawPolyline(mapped);
        }
    }
    painter.restore();
}

} // namespace qadesk
