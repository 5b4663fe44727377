#pragma once

#include "AgentMonthlyReport.h"
#include "ReportOptions.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace qadesk {

class ReportCanvas;

// Prints an agent's monthly report on A4 pages: headline figures, the KPIs of DESIGN §3 against the team and
// the targets (with n, small samples marked and 95 % Wilson intervals), a six-month trend chart, the
// six-dimension radar against the team, strengths and weaknesses by dimension, and the month's evaluations.
class AgentMonthlyReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(AgentMonthlyReportRenderer)

public:
    explicit AgentMonthlyReportRenderer(ReportOptions options = {}) : m_options(std::move(options)) {}

    // Paints on a device set up with ReportCanvas::setUpA4; returns the number of pages.
    int render(const AgentMonthlyReport &report, QPagedPaintDevice &device) const;
    // Writes a PDF, replaced only when complete; returns the number of pages.
    int writePdf(const AgentMonthlyReport &report, const QString &path) const;

private:
    void paint(ReportCanvas &canvas, const AgentMonthlyReport &report, int pages) const;
    void paintTitle(ReportCanvas &canvas, const AgentMonthlyReport &report) const;
    void paintTiles(ReportCanvas &canvas, const AgentMonthlyReport &report) const;
    void paintKpiTable(ReportCanvas &canvas, const AgentMonthlyReport &report) const;
    void paintCharts(ReportCanvas &canvas, const AgentMonthlyReport &report) const;
    void paintDimensions(ReportCanvas &canvas, const AgentMonthlyReport &report) const;
    void paintEvaluations(ReportCanvas &canvas, const AgentMonthlyReport &report) const;
    void paintNote(ReportCanvas &canvas, const QString &text, const QColor &color) const;
    QString dimensionName(const AgentMonthlyReport &report, const QString &key) const;
    QString gradeName(const AgentMonthlyReport &report, const QString &key) const;

    ReportOptions m_options;
};

} // namespace qadesk
