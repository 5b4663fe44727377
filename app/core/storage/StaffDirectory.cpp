#include "StaffDirectory.h"

#include "Connection.h"

namespace qadesk {

QList<TeamEntry> StaffDirectory::teams()
{
    QList<TeamEntry> teams;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id, name FROM teams ORDER BY name"));
    while (q.next()) {
        teams.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return teams;
}

QList<AgentEntry> StaffDirectory::agents()
{
    QList<AgentEntry> agents;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT a.id, a.code, COALESCE(a.name, ''), COALESCE(a.team_id, 0), "
                                                  "COALESCE(t.name, '') FROM agents a LEFT JOIN teams t ON t.id = a.team_id "
                                                  "ORDER BY COALESCE(t.name, ''), COALESCE(a.name, ''), a.code"));
    while (q.next()) {
        agents.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                       q.value(4).toString()});
    }
    return agents;
}

} // namespace qadesk
