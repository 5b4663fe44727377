#include "Person.h"

namespace qadesk {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Inspector:
        return QStringLiteral("inspector");
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::QaManager:
        return QStringLiteral("qa_manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const Role role : allRoles()) {
        if (roleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::Agent, Role::Inspector, Role::Lead, Role::QaManager, Role::Admin};
}

} // namespace qadesk
