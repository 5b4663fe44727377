#pragma once

#include "calibration/CalibrationReport.h"
#include "export/ExportTable.h"

#include <QCoreApplication>

namespace qadesk {

// Calibration results as tables for CSV / XLSX: the agreement table (one row per alpha), and the interaction ×
// grader scores with each grader's leniency under them.
class CalibrationExport final
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationExport)

public:
    static ExportTable agreement(const CalibrationReport &report, bool chinese);
    static ExportTable graders(const CalibrationReport &report);
};

} // namespace qadesk
