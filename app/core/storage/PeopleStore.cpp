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
    "WHEN 'lead' THEN 'lead' ELSE 'inspector' END), COALESCE(r.disabled, 0), a.code "
    "FROM users u LEFT JOIN user_roles r ON r.user_id = u.id LEFT JOIN agents a ON a.id = r.agent_id ");

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.login = q.value(1).toString();
    p.name = q.value(2).toString();
    p.role = roleFromKey(q.value(3).toString()).value_or(Role::Inspector);
    p.disabled = q.value(4).toInt() != 0;
    p.agentCode = q.value(5).toString();
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

void PeopleStore::writeRole(qint64 userId, Role role, qint64 agent, bool disabled)
{
    m_connection.run(QStringLiteral("INSERT INTO user_roles (user_id, role, agent_id, disabled, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET role = excluded.role, "
                                    "agent_id = excluded.agent_id, disabled = excluded.disabled, "
                                    "updated_at = excluded.updated_at"),
                     {userId, roleKey(role), agent > 0 ? QVariant(agent) : QVariant(QMetaType(QMetaType::LongLong)),
                      int(disabled), QDateTime::currentSecsSinceEpoch()});
}

Person PeopleStore::add(const QString &actor, const QString &login, const QString &name, Role role,
                        const QString &agentCode)
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
    writeRole(id, role, agent, false);
    const Person person = require(trimmed);
    AuditLog(m_connection).append(actor, QStringLiteral("person-added"), QStringLiteral("user"), id, describe(person));
    transaction.commit();
    return person;
}

Person PeopleStore::setRole(const QString &actor, const QString &login, Role role, const QString &agentCode)
{
    Transaction transaction(m_connection);
    const Person before = require(login);
    const QString code = agentCode.isEmpty() && role == Role::Agent ? before.agentCode : agentCode;
    if (role == Role::Agent && code.isEmpty()) {
        throw Error(QCoreApplication::translate("PeopleStore",
                                                "An agent needs the code of the agent they are (e.g. A005)."));
    }
    writeRole(before.id, role, agentId(role == Role::Agent ? code : QString()), before.disabled);
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
    writeRole(before.id, before.role, agentId(before.agentCode), disabled);
    const Person person = require(login);
    AuditLog(m_connection).append(actor, disabled ? QStringLiteral("person-disabled") : QStringLiteral("person-enabled"),
                                  QStringLiteral("user"), person.id, describe(person));
    transaction.commit();
    return person;
}

} // namespace qadesk
