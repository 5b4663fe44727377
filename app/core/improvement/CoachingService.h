#pragma once

#include "domain/Coaching.h"
#include "domain/Person.h"

#include <QList>

namespace qadesk {

class Connection;

// Coaching for one person: a lead (for their team) or a QA manager records sessions and commitments; the coached
// agent writes their own note and marks their commitments done. Refusals are translated errors naming who and
// what (ImprovementRules); each change is one transaction with its audit entry (CoachingStore).
class CoachingService final
{
public:
    CoachingService(Connection &connection, Person actor);

    // Records a session held by the actor (the coach, unless session.coach names another).
    CoachingSession add(CoachingSession session);
    CoachingSession addCommitment(qint64 sessionId, const QString &text, const QDate &due);
    CoachingSession setDone(qint64 commitmentId, bool done);
    CoachingSession setAgentNote(qint64 sessionId, const QString &note);
    // The sessions the person may see (an agent's own, a lead's team, managers all), narrowed to an agent.
    QList<CoachingSession> list(const QString &agentCode = {});
    CoachingSession show(qint64 id);
    // The agent's weekly means on the session's dimension (or `dimensionKey`) before and after it.
    CoachingTrend trend(qint64 sessionId, const QString &dimensionKey = {}, int weeks = 8);
    // An agent's open commitments (their own for an agent).
    QList<CoachingCommitment> openCommitments(const QString &agentCode);

private:
    CoachingSession require(qint64 id);

    Connection &m_connection;
    Person m_actor;
};

} // namespace qadesk
