#include "DemoPeople.h"

#include "DemoNames.h"
#include "storage/PeopleStore.h"
#include "storage/StaffDirectory.h"

#include <QRandomGenerator>
#include <QSet>

namespace qadesk {

int addDemoPeople(Connection &connection, const QStringList &inspectors, QRandomGenerator &rng)
{
    const QString actor = QStringLiteral("demo");
    PeopleStore people(connection);
    QSet<QString> taken;
    int added = 0;
    const auto add = [&](const QString &login, const QString &name, Role role, const QString &agent = {},
                         const QString &team = {}) {
        if (taken.contains(login)) {
            return;
        }
        taken.insert(login);
        people.add(actor, login, name, role, agent, team);
        ++added;
    };
    for (const QString &inspector : inspectors) {
        add(inspector, inspector, Role::Inspector);
    }
    for (const AgentEntry &agent : StaffDirectory(connection).agents()) {
        add(agent.code.toLower(), agent.name, Role::Agent, agent.code);
    }
    const auto newName = [&] {
        QString name = DemoNames::agentName(rng);
        while (taken.contains(name)) {
            name = DemoNames::agentName(rng);
        }
        return name;
    };
    for (const TeamEntry &team : StaffDirectory(connection).teams()) {
        const QString name = newName();
        add(name, name, Role::Lead, {}, team.name);
    }
    add(QStringLiteral("qa_manager"), newName(), Role::QaManager);
    add(QStringLiteral("admin"), newName(), Role::Admin);
    return added;
}

} // namespace qadesk
