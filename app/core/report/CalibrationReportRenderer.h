#pragma once

#include "calibration/CalibrationReport.h"
#include "ReportOptions.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace qadesk {

class ReportCanvas;

// Prints a calibration session's results: the agreement table (alpha with interval, reading, n, deviation from the
// expert), each grader's leniency, and the interaction × grader scores shaded by their deviation from the consensus.
class CalibrationReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationReportRenderer)

public:
    explicit CalibrationReportRenderer(ReportOptions options = {}) : m_options(std::move(options)) {}

    // Paints on a device set up with ReportCanvas::setUpA4; returns the number of pages.
    int render(const CalibrationReport &report, QPagedPaintDevice &device) const;
    // Writes a PDF, replaced only when complete; returns the number of pages.
    int writePdf(const CalibrationReport &report, const QString &path) const;

private:
    void paint(ReportCanvas &canvas, const CalibrationReport &report, int pages) const;
    void paintNote(ReportCanvas &canvas, const QString &text) const;

    ReportOptions m_options;
};

} // namespace qadesk
