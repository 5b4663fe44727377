#pragma once

#include "domain/Interaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

namespace qadesk {

class Connection;

// Inserts interactions with their turns, creating teams and agents on the way. Runs inside the caller's
// transaction; finish() brings the KPI rollups and the transcript search index up to date for what was
// written, before the caller commits.
class InteractionWriter final
{
public:
    explicit InteractionWriter(Connection &connection);

    bool exists(const QString &externalId);
    // Returns the new row id. Throws qadesk::Error on a constraint violation.
    qint64 insert(const Interaction &interaction);
    // Refreshes the rollups of the touched days (or all of them when `rebuildAll`).
    void finish(bool rebuildAll = false);

    qint64 teamId(const QString &name);
    qint64 agentId(const QString &code, const QString &name, qint64 teamId);
    // The local day (Julian day number in the rollup zone) an instant belongs to.
    qint64 dayOf(const QDateTime &instant) const;

private:
    Connection &m_connection;
    QTimeZone m_zone;
    QSqlQuery m_exists;
    QSqlQuery m_insertInteraction;
    QSqlQuery m_insertTurn;
    QHash<QString, qint64> m_teams;
    QHash<QString, qint64> m_agents;
    QHash<QString, QPair<QString, qint64>> m_agentDetails;
    QSet<qint64> m_touchedDays;
};

} // namespace qadesk
