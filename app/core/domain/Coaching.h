#pragma once

#include "domain/Rectification.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qadesk {

struct CoachingCommitment
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QString text;
    QDate dueDate; // invalid: none
    bool done = false;
    QDateTime doneAt; // UTC
    QString doneBy;

    bool isOverdue(const QDate &today) const { return !done && dueDate.isValid() && today > dueDate; }
};

// A coaching session: the agent, the coach, what was discussed, the coach's notes, the agent's own note and what
// the agent committed to.
struct CoachingSession
{
    qint64 id = 0;
    QString agentCode;
    QString agentName;
    QString teamName;
    QString coach;
    QDate heldOn;
    QString dimensionKey; // the dimension worked on; empty: none in particular
    QString notes;
    QString agentNote;
    qint64 rectificationId = 0;
    QDateTime createdAt; // UTC
    QList<qint64> evaluationIds;
    QList<qint64> interactionIds; // interactions whose recordings were discussed
    QStringList interactionExternalIds;
    QList<CoachingCommitment> commitments;
};

// The coaching effect: an agent's weekly means on a dimension in the weeks before the session's week and after it.
struct CoachingTrend
{
    QString dimensionKey;
    QDate sessionDay;
    QList<WeeklyMean> before; // oldest first, weeks with evaluations only
    QList<WeeklyMean> after;
    int weeks = 8;

    static double pooled(const QList<WeeklyMean> &means, qint64 *n = nullptr)
    {
        double sum = 0;
        qint64 count = 0;
        for (const WeeklyMean &w : means) {
            sum += w.mean * double(w.n);
            count += w.n;
        }
        if (n) {
            *n = count;
        }
        return count > 0 ? sum / double(count) : 0;
    }
};

} // namespace qadesk
