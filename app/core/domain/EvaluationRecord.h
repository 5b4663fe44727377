#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace qadesk {

// An evaluation as lists, sheets and exports show it: its own facts joined with the interaction, agent,
// team and inspector it concerns. Read-only; EvaluationStore owns the evaluation itself.
struct EvaluationRecord
{
    qint64 evaluationId = 0;
    qint64 interactionId = 0;
    QString externalId;
    QDateTime startedAt; // UTC
    int utcOffsetS = 0;  // the offset the source gave, for display
    QString channel;
    QString category;
    QString agentCode;
    QString agentName;
    QString teamName; // the agent's team when the interaction happened
    QString inspector;
    QString status;
    std::optional<double> score;
    QString gradeKey;
    bool criticalFailed = false;
    int rubricVersionId = 0;
    QDateTime createdAt;   // UTC
    QDateTime submittedAt; // UTC; invalid for a draft
    QString overallComment;

    // When the interaction started, in the offset its source gave.
    QDateTime localStart() const { return startedAt.toOffsetFromUtc(utcOffsetS); }
    // The evaluation date a sheet shows: when it was submitted, for a draft when it was created.
    QDateTime evaluatedAt() const { return submittedAt.isValid() ? submittedAt : createdAt; }
};

// An agent with the team it belongs to now.
struct AgentRecord
{
    QString code;
    QString name;
    QString teamName;

    // "王芳 (A017)", or the code alone when the agent has no name.
    QString displayName() const
    {
        return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
    }
};

// The mean level 1..5 of one rubric dimension over a set of evaluations (N/A and unscored left out).
struct DimensionAverage
{
    QString key;
    double mean = 0;
    qint64 n = 0;
};

} // namespace qadesk
