#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// Who works in QA Desk (DESIGN §1); the role decides what the application offers them.
enum class Role
{
    Agent,
    Inspector,
    Lead,
    QaManager,
    Admin
};

// A person: a login (also what evaluations and the audit log name), a display name and a role.
struct Person
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Inspector;
    bool disabled = false;
    QString agentCode; // for an agent: the agent whose evaluations are theirs
    QString team;      // a lead's team (the one they lead); an agent's, their agent's team
};

// The stored key of a role ("qa_manager") and back; an unknown key gives nothing.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
QList<Role> allRoles();

} // namespace qadesk
