#include "DashboardChartView.h"

#include "common/FileDialogs.h"
#include "common/MessageBox.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolTip>

namespace qadesk {

DashboardChartView::DashboardChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumSize(240, 210);
}

bool DashboardChartView::toValue(const QPoint &position, QPointF &value) const
{
    const QPointF scene = mapToScene(position);
    const QPointF inChart = chart()->mapFromScene(scene);
    if (!chart()->plotArea().contains(inChart) || chart()->series().isEmpty()) {
        return false;
    }
    value = chart()->mapToValue(inChart, chart()->series().constFirst());
    return true;
}

void DashboardChartView::mouseMoveEvent(QMouseEvent *event)
{
    QPointF value;
    const QString text = m_toolTipAt && toValue(event->pos(), value) ? m_toolTipAt(value) : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    QChartView::mouseMoveEvent(event);
}

void DashboardChartView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

void DashboardChartView::mouseReleaseEvent(QMouseEvent *event)
{
    QPointF value;
    if (event->button() == Qt::LeftButton && toValue(event->pos(), value)) {
        emit plotClicked(value);
    }
    QChartView::mouseReleaseEvent(event);
}

void DashboardChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, [this]() { exportWithDialog(false); });
    menu.addAction(tr("Export as SVG…"), this, [this]() { exportWithDialog(true); });
    menu.addSeparator();
    menu.addAction(tr("Copy image"), this, [this]() { QApplication::clipboard()->setPixmap(grab()); });
    if (m_data) {
        menu.addAction(tr("Copy data"), this, [this]() { QApplication::clipboard()->setText(m_data()); });
    }
    menu.exec(event->globalPos());
}

void DashboardChartView::exportWithDialog(bool svg)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = folder + QLatin1Char('/') + (m_exportName.isEmpty() ? QStringLiteral("chart") : m_exportName) +
                              (svg ? QStringLiteral(".svg") : QStringLiteral(".png"));
    const QString path = FileDialogs::saveFile(this, svg ? tr("Export chart as SVG") : tr("Export chart as PNG"),
                                                      suggested, svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!(svg ? exportSvg(path, &error) : exportPng(path, &error))) {
        MessageBox::warning(this, tr("Export chart"), error);
    }
}

bool DashboardChartView::exportPng(const QString &path, QString *error)
{
    // Twice the screen resolution: sharp when pasted into a report.
    const qreal scale = 2.0;
    QImage image(size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter);
    }
    if (!image.save(path, "PNG")) {
        if (error) {
            *error = tr("Cannot write %1.").arg(path);
        }
        return false;
    }
    return true;
}

bool DashboardChartView::exportSvg(const QString &path, QString *error)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(rect());
    generator.setTitle(chart()->title().isEmpty() ? m_exportName : chart()->title());
    generator.setDescription(tr("Exported from QA Desk"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error) {
            *error = tr("Cannot write %1.").arg(path);
        }
        return false;
    }
    render(&painter);
    painter.end();
    return true;
}

} // namespace qadesk
