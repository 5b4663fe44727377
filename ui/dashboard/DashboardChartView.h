#pragma once

#include <QChartView>

#include <functional>

namespace qadesk {

// A chart view of the dashboard: shows a tooltip with the exact figures where the pointer is, reports clicks in
// the plot area as chart values, and exports the chart as PNG or SVG (context menu) or copies it as an image.
class DashboardChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit DashboardChartView(QChart *chart, QWidget *parent = nullptr);

    // Text for the point (in the values of the chart's first series) under the pointer; empty for none.
    void setToolTipProvider(std::function<QString(QPointF)> provider) { m_toolTipAt = std::move(provider); }
    // The chart's data as tab-separated text, offered as "Copy data" when set.
    void setDataProvider(std::function<QString()> provider) { m_data = std::move(provider); }

    // The file name offered when exporting, without extension.
    void setExportName(const QString &name) { m_exportName = name; }
    // Render the chart to a file; false with `error` set when it cannot be written.
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportSvg(const QString &path, QString *error = nullptr);
    QString chartData() const { return m_data ? m_data() : QString(); }

signals:
    // A left click in the plot area, in the values of the chart's first series.
    void plotClicked(QPointF value);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    bool toValue(const QPoint &position, QPointF &value) const;
    void exportWithDialog(bool svg);

    std::function<QString(QPointF)> m_toolTipAt;
    std::function<QString()> m_data;
    QString m_exportName;
};

} // namespace qadesk
