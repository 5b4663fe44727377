#include "PeopleStore.h"

#include "AuditLog.h"
#include "Connection.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace qadesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT u.id, u.login, u.display_name, COALESCE(r.role, CASE u.role WHEN 'admin' THEN 'admin' "
    "WHEN 'lead' THEN 'lead' ELSE 'inspector' END), COALESCE(r.disabled, 0), a.code, COALESCE(t.name, at.name) "
    "FROM users u LEFT JOIN user_roles r ON r.user_id = u.id LEFT JOIN agents a ON a.id = r.agent_id "
    "LEFT JOIN teams t ON t.id = r.team_id LEFT JOIN teams at ON at.id = a.team_id ");

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.login = q.value(1).toString();
    p.name = q.value(2).toString();
    p.role = roleFromKey(q.value(3).toString()).value_or(Role::Inspector);
    p.disabled = q.value(4).toInt() != 0;
    p.agentCode = q.value(5).toString();
    p.team = q.value(6).toString();
    return p;
}

QString describe(const Person &p)
{
    QJsonObject o{{QStringLiteral("login"), p.login},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("role"), roleKey(p.role)},
                  {QStringLiteral("disabled"), p.disabled}};
    if (!p.agentCode.isEmpty()) {
        o.insert(QStringLiteral("agent"), p.agentCode);
    }
    if (!p.team.isEmpty()) {
        o.insert(QStringLiteral("team"), p.team);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QList<Person> PeopleStore::list()
{
    QList<Person> people;
    QSqlQuery q = m_connection.run(kSelect + QStringLiteral("ORDER BY u.login"));
    while (q.next()) {
        people.append(personFrom(q));
    }
    return people;
}

std::optional<Person> PeopleStore::find(const QString &login)
{
    QSqlQuery q = m_connection.run(kSelect + QStringLiteral("WHERE u.login = ?"), {login});
    if (!q.next()) {
        return std::nullopt;
    }
    return personFrom(q);
}

Person PeopleStore::require(const QString &login)
{
    if (std::optional<Person> p = find(login)) {
        return *p;
    }
    throw Error(QCoreApplication::translate("PeopleStore", "There is no person with the login \"%1\".").arg(login));
}

Person PeopleStore::requireActive(const QString &login)
{
    const std::optional<Person> person = find(login);
    if (!person) {
        throw Error(QCoreApplication::translate("PeopleStore",
                                                "There is no person with the login \"%1\"; add them first (Tools → "
                                                "Switch Profile, or qadesk-cli admin user add).")
                        .arg(login));
    }
    if (person->disabled) {
        throw Error(QCoreApplication::translate("PeopleStore", "%1 is disabled and can no longer work in QA Desk.")
                        .arg(login));
    }
    return *person;
}

qint64 PeopleStore::agentId(const QString &code)
{
    if (code.isEmpty()) {
        return 0;
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id FROM agents WHERE code = ?"), {code});
    if (!q.next()) {
        throw Error(QCoreApplication::translate("PeopleStore", "There is no agent with the code \"%1\".").arg(code));
    }
    return q.value(0).toLongLong();
}

qint64 PeopleStore::teamId(Role role, const QString &name)
{
    if (name.isEmpty()) {
        return 0;
    }
    if (role != Role::Lead) {
        throw Error(QCoreApplication::translate("PeopleStore", "Only a team lead leads a team."));
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id FROM teams WHERE name = ?"), {name});
    if (!q.next()) {
        throw Error(QCoreApplication::translate("PeopleStore", "There is no team named \"%1\".").arg(name));
    }
    return q.value(0).toLongLong();
}

void PeopleStore::writeRole(qint64 userId, Role role, qint64 agent, qint64 team, bool disabled)
{
    const auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); };
    m_connection.run(QStringLiteral("INSERT INTO user_roles (user_id, role, agent_id, team_id, disabled, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET role = excluded.role, "
                                    "agent_id = excluded.agent_id, team_id = excluded.team_id, "
                                    "disabled = excluded.disabled, updated_at = excluded.updated_at"),
                     {userId, roleKey(role), idOrNull(agent), idOrNull(team), int(disabled),
                      QDateTime::currentSecsSinceEpoch()});
}

Person PeopleStore::add(const QString &actor, const QString &login, const QString &name, Role role,
                        const QString &agentCode, const QString &team)
{
    const QString trimmed = login.trimmed();
    if (trimmed.isEmpty()) {
        throw Error(QCoreApplication::translate("PeopleStore", "A person needs a login."));
    }
    if (role == Role::Agent && agentCode.isEmpty()) {
        throw Error(QCoreApplication::translate("PeopleStore",
                                                "An agent needs the code of the agent they are (e.g. A005)."));
    }
    Transaction transaction(m_connection);
    const qint64 agent = agentId(agentCode);
    const qint64 ledTeam = teamId(role, team);
    const QString display = name.trimmed().isEmpty() ? trimmed : name.trimmed();
    QSqlQuery existing = m_connection.run(
        QStringLiteral("SELECT u.id, r.user_id FROM users u LEFT JOIN user_roles r ON r.user_id = u.id WHERE u.login = ?"),
        {trimmed});
    qint64 id = 0;
    if (existing.next()) {
        if (!existing.value(1).isNull()) {
            throw Error(QCoreApplication::translate("PeopleStore", "The login \"%1\" is taken.").arg(trimmed));
        }
        id = existing.value(0).toLongLong();
        m_connection.run(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"), {display, id});
    } else {
        m_connection.run(QStringLiteral("INSERT INTO users (login, display_name, role) VALUES (?, ?, 'inspector')"),
                         {trimmed, display});
        id = require(trimmed).id;
    }
    writeRole(id, role, agent, ledTeam, false);
    const Person person = require(trimmed);
    AuditLog(m_connection).append(actor, QStringLiteral("person-added"), QStringLiteral("user"), id, describe(person));
    transaction.commit();
    return person;
}

Person PeopleStore::setRole(const QString &actor, const QString &login, Role role, const QString &agentCode,
                            const QString &team)
{
    Transaction transaction(m_connection);
    const Person before = require(login);
    const QString code = agentCode.isEmpty() && role == Role::Agent ? before.agentCode : agentCode;
    if (role == Role::Agent && code.isEmpty()) {
        throw Error(QCoreApplication::translate("PeopleStore",
                                                "An agent needs the code of the agent they are (e.g. A005)."));
    }
    const QString led = team.isEmpty() && role == Role::Lead && before.role == Role::Lead ? before.team : team;
    writeRole(before.id, role, agentId(role == Role::Agent ? code : QString()), teamId(role, led), before.disabled);
    const Person person = require(login);
    AuditLog(m_connection).append(actor, QStringLiteral("person-role"), QStringLiteral("user"), person.id,
                                  describe(person));
    transaction.commit();
    return person;
}

Person PeopleStore::setDisabled(const QString &actor, const QString &login, bool disabled)
{
    Transaction transaction(m_connection);
    const Person before = require(login);
    writeRole(before.id, before.role, agentId(before.agentCode),
              teamId(before.role, before.role == Role::Lead ? before.team : QString()), disabled);
    const Person person = require(login);
    AuditLog(m_connection).append(actor, disabled ? QStringLiteral("person-disabled") : QStringLiteral("person-enabled"),
                                  QStringLiteral("user"), person.id, describe(person));
    transaction.commit();
    return person;
}

} // namespace qadesk
