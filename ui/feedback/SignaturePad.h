#pragma once

#include <QPolygonF>
#include <QWidget>

namespace qadesk {

// A small pad to sign on with the mouse (or a pen): strokes are kept as drawn and given back compactly as JSON
// (SignatureStrokes). Delete or Backspace clears it.
class SignaturePad final : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    QString strokesJson() const;
    QSize sizeHint() const override { return {400, 160}; }

public slots:
    void clear();

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<QPolygonF> m_strokes;
    bool m_drawing = false;
};

} // namespace qadesk
