#pragma once

#include <QList>
#include <QString>

namespace qadesk {

class Connection;

struct TeamEntry
{
    qint64 id = 0;
    QString name;
};

struct AgentEntry
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 teamId = 0; // the agent's current team; 0 when none
    QString teamName;
};

// Teams and agents, for filter choices and for naming the rows of rankings.
class StaffDirectory final
{
public:
    explicit StaffDirectory(Connection &connection) : m_connection(connection) {}

    // Sorted by name.
    QList<TeamEntry> teams();
    // Sorted by team name, then agent name and code.
    QList<AgentEntry> agents();

private:
    Connection &m_connection;
};

} // namespace qadesk
