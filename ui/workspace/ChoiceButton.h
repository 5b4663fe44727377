#pragma once

#include <QAbstractButton>
#include <QColor>

namespace qadesk {

// A small painted button for the evaluation form: a rounded choice (score level, N/A, yes / no) that
// fills with its colour when checked, or a pill-shaped chip (evidence). Painted directly rather than
// styled with a style sheet, because a form of several dozen of them is rebuilt and restyled on every
// key press and style sheets cost milliseconds there.
class ChoiceButton final : public QAbstractButton
{
    Q_OBJECT

public:
    enum class Look
    {
        Choice,
        Chip
    };

    ChoiceButton(const QString &text, const QColor &colour, Look look = Look::Choice, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QColor m_colour;
    Look m_look;
    bool m_hovered = false;
};

} // namespace qadesk
