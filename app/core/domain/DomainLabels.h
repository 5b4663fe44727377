#pragma once

#include "domain/Rectification.h"
#include "domain/Rubric.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qadesk {

// The words for the stored keys of the domain (channel, category, evaluation status, grade, checklist result, role,
// feedback and rectification states):
// the one table the dashboard, the workspace, reports, exports and the CLI show, one translation context each.
// A key the table does not know is shown as it is.
class DomainLabels final
{
public:
    static QString channel(const QString &key);  // empty: "Unknown"
    static QString category(const QString &key); // empty: "Unknown"
    static QString status(const QString &key);   // empty: "Not started" (no evaluation yet)
    // The grade's name in the interface language, from the bands of the rubric that graded it.
    static QString grade(const QList<GradeBand> &bands, const QString &key);
    static QString checklistResult(const QString &result); // yes, no, na; anything else: "Not recorded"
    static QString role(const QString &key); // agent, inspector, lead, qa_manager, admin
    // released, acknowledged, disputed, decided, escalated, final; empty: "Not released"
    static QString feedbackState(const QString &key);
    static QString disputeOutcome(const QString &key); // accepted, partly, rejected
    // A rectification (整改) item's state: open, in_progress, submitted, verified, reopened (rectificationStateKey).
    static QString rectificationState(const QString &key);
    static QString rectificationState(RectificationState state);

    // The keys in the order filters list them (DESIGN §4.2).
    static const QStringList &channelKeys();
    static const QStringList &categoryKeys();
};

} // namespace qadesk
