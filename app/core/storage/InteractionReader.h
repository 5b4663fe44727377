#pragma once

#include "domain/Interaction.h"

namespace qadesk {

class Connection;

// Loads one interaction as the workspace shows it: its fields, agent, team and turns in order.
class InteractionReader final
{
public:
    explicit InteractionReader(Connection &connection) : m_connection(connection) {}

    // Throws qadesk::Error when the interaction does not exist.
    Interaction load(qint64 id, bool withTurns = true);
    // The id of the interaction with this external id, 0 when there is none.
    qint64 idOf(const QString &externalId);

private:
    Connection &m_connection;
};

} // namespace qadesk
