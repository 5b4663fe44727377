#pragma once

#include "calibration/CalibrationReport.h"

#include <QWidget>

namespace qadesk {

// The interaction × grader heat map of a calibration session: each cell shows the grader's weighted score and is
// shaded by its deviation from the consensus (blue above, red below, stronger with size; grey not scored).
class CalibrationHeatMap final : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationHeatMap(QWidget *parent = nullptr);

    void setReport(const CalibrationReport &report);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The fill of a cell for a deviation in points (public for the test).
    static QColor fillFor(const HeatCell &cell);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int labelWidth() const;

    CalibrationReport m_report;
};

} // namespace qadesk
