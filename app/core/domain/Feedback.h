#pragma once

#include "domain/Evaluation.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace qadesk {

// Where a released evaluation stands in the feedback loop (migration 012). The stored keys:
// released → acknowledged, or released → disputed → decided (level 1) → final (the agent accepts, or the window
// to escalate passes) or → escalated → final (the QA manager's decision, 终审).
namespace FeedbackState {
inline const QString Released = QStringLiteral("released");
inline const QString Acknowledged = QStringLiteral("acknowledged");
inline const QString Disputed = QStringLiteral("disputed");
inline const QString Decided = QStringLiteral("decided");
inline const QString Escalated = QStringLiteral("escalated");
inline const QString Final = QStringLiteral("final");
} // namespace FeedbackState

// One disputed dimension: why, the level the agent proposes, and the evidence (turn ids, recording times).
struct DisputeItem
{
    QString dimensionKey;
    QString reason;
    int proposedLevel = 0; // 1..5
    QList<qint64> evidenceTurnIds;
    QList<qint64> evidenceMs;

    bool operator==(const DisputeItem &) const = default;
};

// A decision at one level: accepted (the agent is right), partly, or rejected, with the reason.
struct DisputeDecision
{
    int level = 1; // 1 team lead, 2 QA manager (终审)
    QString decidedBy;
    QDateTime decidedAt;
    QString outcome; // accepted, partly, rejected
    QString reason;
    int versionBefore = 1;
    int versionAfter = 1; // > versionBefore when the decision rescored

    bool overturned() const { return outcome != QLatin1String("rejected"); }
};

struct Dispute
{
    qint64 id = 0;
    QString raisedBy;
    QDateTime raisedAt;
    int level = 1;
    QDateTime decideBy;   // the deadline of the decision at the current level
    QDateTime escalateBy; // after the level-1 decision
    QString escalationReason;
    QDateTime closedAt;
    QList<DisputeItem> items;
    QList<DisputeDecision> decisions; // by level
};

// A superseded version of an evaluation, whole, with who replaced it and why (the dispute).
struct EvaluationVersion
{
    int version = 1;
    Evaluation content; // dimensions, checklist, critical items, overall comment, score, grade
    QString replacedBy;
    QDateTime replacedAt;
    qint64 disputeId = 0;
};

// The feedback facts of one released evaluation.
struct Feedback
{
    qint64 evaluationId = 0;
    QString state;
    QString releasedBy;
    QDateTime releasedAt;
    QDateTime respondBy; // the end of the acknowledgement / dispute window
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    QString signatureName;
    QString signature; // JSON strokes, see SignatureStrokes
    int version = 1;
};

// A row of the feedback lists: the evaluation with the interaction and people it concerns, where it stands, and
// the deadline that matters now (respond by, decide by or escalate by) and whether it has passed.
struct FeedbackRow
{
    qint64 evaluationId = 0;
    qint64 interactionId = 0;
    qint64 rubricVersionId = 0;
    QString externalId;
    QDateTime startedAt; // UTC
    QString agentCode;
    QString agentName;
    QString teamName;
    QString inspector; // login
    QString inspectorName; // their display name (empty when the login has none)
    QString status;    // evaluations.status
    std::optional<double> score;
    QString gradeKey;
    QDateTime submittedAt;
    QString state; // empty: submitted, not released yet
    QDateTime releasedAt;
    QDateTime deadline;
    bool overdue = false;
    int level = 0;     // the dispute's level, 0 without a dispute
    int version = 1;
    QString outcome;   // the latest decision's outcome, if any
};

// The whole picture of one evaluation for the feedback views and `qadesk-cli evaluation show`.
struct FeedbackDetail
{
    FeedbackRow row;
    Evaluation evaluation; // the current version
    std::optional<Feedback> feedback;
    std::optional<Dispute> dispute;
    QList<EvaluationVersion> versions; // superseded versions, oldest first
    QMap<QString, QString> names;      // login → display name of everyone it names (inspector, releaser, raiser …)

    // The person's name for a login, or the login itself when they have none.
    QString nameOf(const QString &login) const
    {
        const QString name = names.value(login);
        return name.isEmpty() ? login : name;
    }
};

// Dispute rate and overturn rate of one inspector (docs/qa-loop.md): disputes ÷ released evaluations, and
// overturned (final outcome accepted or partly) ÷ decided disputes; empty without a base.
struct InspectorRates
{
    QString inspector; // login
    QString inspectorName;
    qint64 released = 0;
    qint64 disputes = 0;
    qint64 decided = 0;
    qint64 overturned = 0;

    std::optional<double> disputeRate() const
    {
        return released > 0 ? std::optional<double>(100.0 * double(disputes) / double(released)) : std::nullopt;
    }
    std::optional<double> overturnRate() const
    {
        return decided > 0 ? std::optional<double>(100.0 * double(overturned) / double(decided)) : std::nullopt;
    }
};

} // namespace qadesk
