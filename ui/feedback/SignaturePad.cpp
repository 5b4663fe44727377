#include "SignaturePad.h"

#include "feedback/SignatureStrokes.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace qadesk {

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(300, 120);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature pad"));
    setToolTip(tr("Sign here with the mouse; Delete clears."));
}

QString SignaturePad::strokesJson() const
{
    return SignatureStrokes::toJson(m_strokes, size());
}

void SignaturePad::clear()
{
    m_strokes.clear();
    update();
    emit changed();
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    const int baseline = height() * 3 / 4;
    painter.drawLine(12, baseline, width() - 12, baseline);
    painter.setPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_strokes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 0, 0, -height() / 4 - 4), Qt::AlignLeft | Qt::AlignBottom, tr("Sign here"));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x1a, 0x23, 0x7e), 2.5);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    for (const QPolygonF &stroke : m_strokes) {
        if (stroke.size() == 1) {
            painter.drawPoint(stroke.first());
        } else {
            painter.drawPolyline(stroke);
        }
    }
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_drawing = true;
    m_strokes.append(QPolygonF{event->position()});
    update();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing || m_strokes.isEmpty()) {
        return;
    }
    const QPointF p = event->position();
    // Points closer than 2 px add nothing but bytes.
    if ((p - m_strokes.last().last()).manhattanLength() >= 2) {
        m_strokes.last() << p;
        update();
    }
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drawing) {
        m_drawing = false;
        emit changed();
    }
}

void SignaturePad::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace qadesk
