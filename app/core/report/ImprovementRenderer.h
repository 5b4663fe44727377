#pragma once

#include "ReportOptions.h"
#include "domain/Coaching.h"
#include "domain/Rectification.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace qadesk {

class ReportCanvas;

// The printables of the QA loop's rectification and coaching (issue 13): the rectification notice (整改通知单) —
// agent, dimension, source, due date, required action, how it is verified, its verification interactions and
// history — and the coaching record — what was discussed, notes, the agent's note, commitments and the dimension
// trend before and after — each ending with signature lines for the agent, the lead and the date. Words follow
// the application's translation (DocumentLanguage for another language).
class ImprovementRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementRenderer)

public:
    explicit ImprovementRenderer(ReportOptions options = {}) : m_options(std::move(options)) {}

    // dimensionName: the item's (session's) dimension in the document's language; empty for none.
    int renderNotice(const RectificationDetail &detail, const QString &dimensionName, QPagedPaintDevice &device) const;
    int writeNoticePdf(const RectificationDetail &detail, const QString &dimensionName, const QString &path) const;
    int renderRecord(const CoachingSession &session, const CoachingTrend &trend, const QString &dimensionName,
                     QPagedPaintDevice &device) const;
    int writeRecordPdf(const CoachingSession &session, const CoachingTrend &trend, const QString &dimensionName,
                       const QString &path) const;

private:
    void begin(ReportCanvas &canvas, const QString &title, const QString &subject, int pages) const;
    void facts(ReportCanvas &canvas, const QList<std::pair<QString, QString>> &rows) const;
    void paragraph(ReportCanvas &canvas, const QString &heading, const QString &text) const;
    void signatures(ReportCanvas &canvas, const QString &agentLabel, const QString &leadLabel) const;
    QString date(const QDateTime &utc) const;

    ReportOptions m_options;
};

} // namespace qadesk
