#pragma once

#include "domain/Coaching.h"

#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

class Connection;

// Coaching sessions, what they discussed and the agent's commitments (migration 013), and the agent's weekly
// dimension means around a session (the coaching effect). Permissions are the caller's
// (improvement/CoachingService); each change is one transaction with its audit entry.
class CoachingStore final
{
public:
    explicit CoachingStore(Connection &connection) : m_connection(connection) {}

    // Stores a session with its discussed evaluations and recordings and its commitments; returns its id.
    qint64 create(const QString &actor, const CoachingSession &session);
    std::optional<CoachingSession> session(qint64 id);
    // Newest first; agentCode / teamName empty: any.
    QList<CoachingSession> list(const QString &agentCode = {}, const QString &teamName = {});
    qint64 addCommitment(const QString &actor, qint64 sessionId, const QString &text, const QDate &due);
    std::optional<CoachingCommitment> commitment(qint64 id);
    void setDone(const QString &actor, qint64 commitmentId, bool done);
    void setAgentNote(const QString &actor, qint64 sessionId, const QString &note);
    // The open commitments of an agent, oldest due date first.
    QList<CoachingCommitment> openCommitments(const QString &agentCode);

    // The agent's weekly means on a dimension in the `weeks` weeks before the week of `day` and the `weeks` weeks
    // after it (that week itself in neither), weeks without a scored evaluation left out.
    CoachingTrend trend(const QString &agentCode, const QString &dimensionKey, const QDate &day, int weeks = 8);
    // The evaluations (newest first, at most `limit`) of an agent, for the session dialog to pick from.
    QList<std::pair<qint64, QString>> recentEvaluations(const QString &agentCode, int limit = 30);

private:
    void readChildren(CoachingSession &session);

    Connection &m_connection;
};

} // namespace qadesk
