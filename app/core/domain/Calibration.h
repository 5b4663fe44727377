#pragma once

#include "domain/Evaluation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

// A calibration session (issue 14): several inspectors score the same interactions blind, apart from evaluations,
// and the manager reads how well they agree.
struct CalibrationSession
{
    qint64 id = 0;
    QString name;
    QString createdBy;
    QDateTime createdAt;
    QDate deadline;               // the last day to score, inclusive; invalid: none
    QString expert;               // a participant whose scores are the reference; empty: none
    bool blindUntilClosed = true; // others' scores stay hidden until the session closes, even after submitting
    QString state = QStringLiteral("open");
    QDateTime closedAt;
    qint64 rubricVersionId = 0;
    QList<qint64> interactionIds; // in the order the manager picked them
    QStringList participants;
    // "session", or "continuous": the double scoring of a sampling plan (createdBy is the plan's inspector, whose
    // evaluations are the first scores; the participant is the second inspector).
    QString kind = QStringLiteral("session");
    qint64 planId = 0;

    bool isClosed() const { return state == QLatin1String("closed"); }
    bool isContinuous() const { return kind == QLatin1String("continuous"); }
};

// One interaction of a session as the lists show it.
struct CalibrationItem
{
    qint64 interactionId = 0;
    QString externalId;
    QString agentName;
    QString channel;
    QDateTime startedAt;
};

// A session in the list of sessions, with its progress.
struct CalibrationSummary
{
    qint64 id = 0;
    QString name;
    QString createdBy;
    QDate deadline;
    QString state;
    int interactions = 0;
    int participants = 0;
    int submitted = 0; // scores submitted, of interactions × participants
    QString kind;
};

// One interaction scored twice for continuous reliability: the plan inspector's evaluation and the second
// inspector's blind score. Levels by dimension key; a dimension missing or N/A is absent.
struct ReliabilityPair
{
    qint64 interactionId = 0;
    QString first, second;
    QMap<QString, int> firstLevels, secondLevels;
    std::optional<double> firstScore, secondScore;
    QDateTime completedAt; // the later of the two submissions (UTC)
};

// One participant's submitted score of one interaction: the dimension levels in rubric order, the checklist, the
// critical items, and the weighted score and grade computed with the session's rubric. Final once submitted.
struct CalibrationScore
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 interactionId = 0;
    QString participant;
    QList<DimensionEvaluation> dimensions; // key, level (score) or not applicable; comments and evidence unused
    QMap<QString, QString> checklist;      // step key → yes / no / na
    QMap<QString, bool> criticalFailed;    // item key → failed
    std::optional<double> score;
    QString gradeKey;
    QString comment;
    QDateTime submittedAt;

    bool anyCriticalFailed() const
    {
        for (auto it = criticalFailed.cbegin(); it != criticalFailed.cend(); ++it) {
            if (it.value()) {
                return true;
            }
        }
        return false;
    }
};

} // namespace qadesk
