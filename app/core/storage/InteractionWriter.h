#pragma once

#include "domain/Interaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <optional>

namespace qadesk {

class Connection;

// An interaction already in the database, as far as attaching a transcript to it is concerned.
struct StoredInteractionRef
{
    qint64 id = 0;
    int turnCount = 0;
    qint64 rollupDay = 0; // the UTC day of its start (RollupStore::rollupDay)
};

// Inserts interactions with their turns, creating teams and agents on the way. Runs inside the caller's
// transaction; finish() brings the KPI rollups up to date for what was written, before the caller commits.
class InteractionWriter final
{
public:
    explicit InteractionWriter(Connection &connection);

    bool exists(const QString &externalId);
    std::optional<StoredInteractionRef> find(const QString &externalId);
    // Returns the new row id. Throws qadesk::Error on a constraint violation.
    qint64 insert(const Interaction &interaction);
    // Adds a transcript to an interaction that has none yet, and fills its first_response_s when that was unknown.
    void attachTurns(const StoredInteractionRef &target, const QList<Turn> &turns, std::optional<double> firstResponseS);
    // Refreshes the rollups of the touched days (or all of them when `rebuildAll`).
    void finish(bool rebuildAll = false);

    qint64 teamId(const QString &name);
    qint64 agentId(const QString &code, const QString &name, qint64 teamId);
    // The local day (Julian day number in the organisation's zone) an instant belongs to.
    qint64 dayOf(const QDateTime &instant) const;

private:
    void insertTurns(qint64 interactionId, const QList<Turn> &turns);

    Connection &m_connection;
    QTimeZone m_zone;
    QSqlQuery m_exists;
    QSqlQuery m_insertInteraction;
    QSqlQuery m_insertTurn;
    QSqlQuery m_find;
    QSqlQuery m_attach;
    QHash<QString, qint64> m_teams;
    QHash<QString, qint64> m_agents;
    QHash<QString, QPair<QString, qint64>> m_agentDetails;
    QSet<qint64> m_touchedDays;
};

} // namespace qadesk
