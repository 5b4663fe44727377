#pragma once

#include "domain/Person.h"

#include <optional>

namespace qadesk {

class Connection;

// People and their roles (users + user_roles, migration 010). A login without a user_roles row counts with
// its old users.role (inspector, lead → lead, admin → admin). Every change is written to the audit log in the
// same transaction, naming who made it.
class PeopleStore final
{
public:
    explicit PeopleStore(Connection &connection) : m_connection(connection) {}

    QList<Person> list();
    std::optional<Person> find(const QString &login);
    // The person who works as `login`: refused (with what to do) when nobody has that login or they are disabled.
    // Every service that acts in someone's name (the CLI's --as) starts here.
    Person requireActive(const QString &login);
    // Adds a person, or gives an existing login (without a role of its own yet: one made by an evaluation) its
    // name and role. A login that already has a role is refused, as is an agent code or team that does not
    // exist. An agent is linked to their agent (code); a team lead to the team they lead (name).
    Person add(const QString &actor, const QString &login, const QString &name, Role role,
               const QString &agentCode = {}, const QString &team = {});
    // A new role; an agent keeps their agent code and a lead their team unless new ones are given.
    Person setRole(const QString &actor, const QString &login, Role role, const QString &agentCode = {},
                   const QString &team = {});
    // Disabled people can no longer be chosen to work as; what they did stays theirs.
    Person setDisabled(const QString &actor, const QString &login, bool disabled);

private:
    Person require(const QString &login);
    qint64 agentId(const QString &code);
    qint64 teamId(Role role, const QString &name);
    void writeRole(qint64 userId, Role role, qint64 agentId, qint64 teamId, bool disabled);

    Connection &m_connection;
};

} // namespace qadesk
