#pragma once

#include "calibration/CalibrationReport.h"

#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace qadesk {

class CalibrationHeatMap;

// The Graders tab of a calibration session: each grader's leniency or severity with its interval and deviation from
// the expert, how the consensus is defined, and the interaction × grader heat map.
class CalibrationGradersView final : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationGradersView(QWidget *parent = nullptr);

    void setReport(const CalibrationReport &report);

private:
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    CalibrationHeatMap *m_heatMap = nullptr;
};

} // namespace qadesk
