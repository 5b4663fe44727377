#pragma once

#include "EvaluationSheet.h"
#include "Progress.h"
#include "ReportOptions.h"

#include <QCoreApplication>
#include <QList>

class QPagedPaintDevice;

namespace qadesk {

class ReportCanvas;

// Prints evaluation sheets to be signed on paper: header, the six dimensions with their level descriptions
// and comments, checklist, critical items, the weighted score with its formula and grade, the overall
// comment, and signature lines for inspector, agent and team lead.
//
// Each sheet starts on a new page and is made to fit on one A4 page: when its comments are long it is set
// in slightly smaller type (down to about three quarters of the normal size); only past that does it run
// onto a second page, and then rows still never split.
class EvaluationSheetRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationSheetRenderer)

public:
    explicit EvaluationSheetRenderer(ReportOptions options = {}) : m_options(std::move(options)) {}

    // Paints the sheets on a device set up with ReportCanvas::setUpA4 (a PDF writer or a printer). Returns
    // the number of pages painted. Throws Cancelled when `progress` says stop.
    int render(const QList<EvaluationSheet> &sheets, QPagedPaintDevice &device,
               const ProgressCallback &progress = {}) const;
    // Writes the sheets to a PDF file, replaced only when complete. Returns the number of pages.
    int writePdf(const QList<EvaluationSheet> &sheets, const QString &path, const ProgressCallback &progress = {}) const;

    // Pages the sheet takes, and the type scale it is set in.
    struct Fit
    {
        double scale = 1.0;
        int pages = 1;
    };
    Fit fit(const EvaluationSheet &sheet, QPagedPaintDevice &device) const;

private:
    void paintSheet(ReportCanvas &canvas, const EvaluationSheet &sheet, int pages) const;
    void paintTitle(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    void paintFacts(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    void paintDimensions(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    void paintEvidence(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    void paintChecklist(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    void paintCriticalItems(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    void paintScore(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    void paintComment(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    void paintFeedback(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    void paintSignatures(ReportCanvas &canvas, const EvaluationSheet &sheet) const;
    QString gradeName(const EvaluationSheet &sheet) const;

    ReportOptions m_options;
};

} // namespace qadesk
