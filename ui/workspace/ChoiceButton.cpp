#include "ChoiceButton.h"

#include <QPainter>
#include <QPainterPath>

namespace qadesk {

ChoiceButton::ChoiceButton(const QString &text, const QColor &colour, Look look, QWidget *parent)
    : QAbstractButton(parent), m_colour(colour), m_look(look)
{
    setText(text);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
}

QSize ChoiceButton::sizeHint() const
{
    const QFontMetrics fm(font());
    const int padding = m_look == Look::Chip ? 16 : 18;
    return {qMax(fm.horizontalAdvance(text()) + padding, m_look == Look::Chip ? 24 : 30),
            fm.height() + (m_look == Look::Chip ? 4 : 10)};
}

void ChoiceButton::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void ChoiceButton::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void ChoiceButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool enabled = isEnabled();
    QColor fill = Qt::white, border(0xC7, 0xCC, 0xD4), ink(0x1F, 0x23, 0x28);
    if (m_look == Look::Chip) {
        // A pale tint of the colour: mixed with white rather than lightened, which would saturate it.
        const qreal tint = m_hovered ? 0.22 : 0.14;
        fill = QColor::fromRgbF(1 - (1 - m_colour.redF()) * tint, 1 - (1 - m_colour.greenF()) * tint,
                                1 - (1 - m_colour.blueF()) * tint);
        border = fill;
        ink = m_colour;
    } else if (isChecked()) {
        fill = enabled ? m_colour : m_colour.lighter(135);
        border = fill;
        ink = Qt::white;
    } else if (!enabled) {
        ink = QColor(0x9A, 0xA0, 0xA6);
    } else if (m_hovered) {
        border = m_colour;
    }
    if (hasFocus()) {
        border = palette().color(QPalette::Highlight);
    }
    const qreal radius = m_look == Look::Chip ? box.height() / 2 : 4;
    painter.setPen(QPen(border, hasFocus() ? 2 : 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, radius, radius);
    QFont f = font();
    f.setBold(isChecked() && m_look == Look::Choice);
    painter.setFont(f);
    painter.setPen(ink);
    painter.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace qadesk
