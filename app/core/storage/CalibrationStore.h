#pragma once

#include "domain/Calibration.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

class Connection;

// Calibration sessions, their interactions and participants, and the participants' blind scores (tables of their own:
// nothing here reaches evaluations, KPIs or rollups). Writes record an audit entry in the same transaction.
class CalibrationStore final
{
public:
    explicit CalibrationStore(Connection &connection) : m_connection(connection) {}

    // Inserts the session with its interactions and participants; fills and returns its id.
    qint64 create(CalibrationSession &session);
    // The same inside the caller's transaction (a sampling plan that double-scores a share of its sample).
    qint64 createInTransaction(CalibrationSession &session);
    // Adds interactions and participants to an open session (those already in it are skipped).
    void add(qint64 sessionId, const QList<qint64> &interactionIds, const QStringList &participants,
             const QString &actor);
    // Throws qadesk::Error when there is no such session.
    CalibrationSession load(qint64 sessionId);
    // Newest first.
    QList<CalibrationSummary> list();
    QList<CalibrationItem> items(qint64 sessionId);
    void close(qint64 sessionId, const QString &actor);

    // Stores a submitted score; throws ConflictError when the participant has scored the interaction already, Error
    // when the session is closed or does not hold the interaction or the participant. Fills id and submittedAt.
    void saveScore(CalibrationScore &score);
    // Every score of the session, in item order then participant order.
    QList<CalibrationScore> scores(qint64 sessionId);

    // Every completed pair of continuous reliability: a second inspector's score of a continuous session with the
    // plan inspector's newest submitted (or later) evaluation of the same interaction. Oldest first.
    QList<ReliabilityPair> reliabilityPairs();
    // Scores of continuous sessions whose first evaluation is not submitted yet.
    int pendingReliabilityPairs();

    // The interaction with this external id, if any.
    std::optional<qint64> interactionId(const QString &externalId);

private:
    Connection &m_connection;
};

} // namespace qadesk
