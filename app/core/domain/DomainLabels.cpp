#include "DomainLabels.h"

#include <QCoreApplication>

namespace qadesk {

QString DomainLabels::role(const QString &key)
{
    if (key == QLatin1String("agent")) {
        return QCoreApplication::translate("Role", "Agent");
    }
    if (key == QLatin1String("inspector")) {
        return QCoreApplication::translate("Role", "QA inspector");
    }
    if (key == QLatin1String("lead")) {
        return QCoreApplication::translate("Role", "Team lead");
    }
    if (key == QLatin1String("qa_manager")) {
        return QCoreApplication::translate("Role", "QA manager");
    }
    if (key == QLatin1String("admin")) {
        return QCoreApplication::translate("Role", "Administrator");
    }
    return key;
}

QString DomainLabels::feedbackState(const QString &key)
{
    if (key.isEmpty()) {
        return QCoreApplication::translate("FeedbackState", "Not released");
    }
    if (key == QLatin1String("released")) {
        return QCoreApplication::translate("FeedbackState", "Released, awaiting the agent");
    }
    if (key == QLatin1String("acknowledged")) {
        return QCoreApplication::translate("FeedbackState", "Acknowledged");
    }
    if (key == QLatin1String("disputed")) {
        return QCoreApplication::translate("FeedbackState", "Disputed, awaiting the team lead");
    }
    if (key == QLatin1String("decided")) {
        return QCoreApplication::translate("FeedbackState", "Decided by the team lead, awaiting the agent");
    }
    if (key == QLatin1String("escalated")) {
        return QCoreApplication::translate("FeedbackState", "Escalated, awaiting the final decision");
    }
    if (key == QLatin1String("final")) {
        return QCoreApplication::translate("FeedbackState", "Dispute closed");
    }
    return key;
}

QString DomainLabels::rectificationState(const QString &key)
{
    if (key == QLatin1String("open")) {
        return QCoreApplication::translate("RectificationState", "Open");
    }
    if (key == QLatin1String("in_progress")) {
        return QCoreApplication::translate("RectificationState", "In progress");
    }
    if (key == QLatin1String("submitted")) {
        return QCoreApplication::translate("RectificationState", "Submitted");
    }
    if (key == QLatin1String("verified")) {
        return QCoreApplication::translate("RectificationState", "Verified");
    }
    if (key == QLatin1String("reopened")) {
        return QCoreApplication::translate("RectificationState", "Reopened");
    }
    return key;
}

QString DomainLabels::rectificationState(RectificationState state)
{
    return rectificationState(rectificationStateKey(state));
}

QString DomainLabels::disputeOutcome(const QString &key)
{
    if (key == QLatin1String("accepted")) {
        return QCoreApplication::translate("DisputeOutcome", "Accepted");
    }
    if (key == QLatin1String("partly")) {
        return QCoreApplication::translate("DisputeOutcome", "Partly accepted");
    }
    if (key == QLatin1String("rejected")) {
        return QCoreApplication::translate("DisputeOutcome", "Rejected");
    }
    return key;
}

QString DomainLabels::channel(const QString &key)
{
    if (key == QLatin1String("phone")) {
        return QCoreApplication::translate("Channel", "Phone");
    }
    if (key == QLatin1String("chat")) {
        return QCoreApplication::translate("Channel", "Chat");
    }
    if (key == QLatin1String("email")) {
        return QCoreApplication::translate("Channel", "E-mail");
    }
    if (key == QLatin1String("other")) {
        return QCoreApplication::translate("Channel", "Other");
    }
    return key.isEmpty() ? QCoreApplication::translate("Channel", "Unknown") : key;
}

QString DomainLabels::category(const QString &key)
{
    if (key == QLatin1String("consultation")) {
        return QCoreApplication::translate("Category", "Consultation");
    }
    if (key == QLatin1String("complaint")) {
        return QCoreApplication::translate("Category", "Complaint");
    }
    if (key == QLatin1String("after_sales")) {
        return QCoreApplication::translate("Category", "After-sales");
    }
    if (key == QLatin1String("suggestion")) {
        return QCoreApplication::translate("Category", "Suggestion");
    }
    if (key == QLatin1String("other")) {
        return QCoreApplication::translate("Category", "Other");
    }
    return key.isEmpty() ? QCoreApplication::translate("Category", "Unknown") : key;
}

QString DomainLabels::status(const QString &key)
{
    if (key.isEmpty()) {
        return QCoreApplication::translate("EvaluationStatus", "Not started");
    }
    if (key == QLatin1String("draft")) {
        return QCoreApplication::translate("EvaluationStatus", "Draft");
    }
    if (key == QLatin1String("submitted")) {
        return QCoreApplication::translate("EvaluationStatus", "Submitted");
    }
    if (key == QLatin1String("disputed")) {
        return QCoreApplication::translate("EvaluationStatus", "Disputed");
    }
    if (key == QLatin1String("final")) {
        return QCoreApplication::translate("EvaluationStatus", "Final");
    }
    return key;
}

QString DomainLabels::grade(const QList<GradeBand> &bands, const QString &key)
{
    for (const GradeBand &band : bands) {
        if (band.key == key) {
            return band.name(prefersChinese());
        }
    }
    return key;
}

QString DomainLabels::checklistResult(const QString &result)
{
    if (result == QLatin1String("yes")) {
        return QCoreApplication::translate("ChecklistResult", "Met");
    }
    if (result == QLatin1String("no")) {
        return QCoreApplication::translate("ChecklistResult", "Not met");
    }
    if (result == QLatin1String("na")) {
        return QCoreApplication::translate("ChecklistResult", "N/A");
    }
    return QCoreApplication::translate("ChecklistResult", "Not recorded");
}

const QStringList &DomainLabels::channelKeys()
{
    static const QStringList keys{QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email"),
                                  QStringLiteral("other")};
    return keys;
}

const QStringList &DomainLabels::categoryKeys()
{
    static const QStringList keys{QStringLiteral("consultation"), QStringLiteral("complaint"),
                                  QStringLiteral("after_sales"), QStringLiteral("suggestion"), QStringLiteral("other")};
    return keys;
}

} // namespace qadesk
