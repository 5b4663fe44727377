#include "StaffDirectory.h"

#include "Connection.h"
#include "domain/NameOrder.h"

#include <algorithm>

namespace qadesk {

QList<TeamEntry> StaffDirectory::teams()
{
    QList<TeamEntry> teams;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id, name FROM teams ORDER BY name"));
    while (q.next()) {
        teams.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    std::stable_sort(teams.begin(), teams.end(),
                     [](const TeamEntry &a, const TeamEntry &b) { return NameOrder::less(a.name, b.name); });
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
    // By team, then name, then code, each in the order people read them.
    std::stable_sort(agents.begin(), agents.end(), [](const AgentEntry &a, const AgentEntry &b) {
        if (const int team = NameOrder::compare(a.teamName, b.teamName)) {
            return team < 0;
        }
        if (const int name = NameOrder::compare(a.name, b.name)) {
            return name < 0;
        }
        return NameOrder::less(a.code, b.code);
    });
    return agents;
}

} // namespace qadesk
