#pragma once

#include "domain/Person.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace qadesk {

class Connection;

// Team mode on PostgreSQL (resources/sql/014_team_mode.sql, docs/team-mode.md): each person is a login role,
// member of the group of their role, and row-level security decides what they see. This class manages those
// login roles; on SQLite every call does nothing (a file has no roles).
class TeamLogins final
{
public:
    explicit TeamLogins(Connection &connection) : m_connection(connection) {}

    // Whether the database is PostgreSQL at the team-mode schema version.
    bool available();
    // Whether the five group roles exist (the owner ran qadesk_team_setup, which needs CREATEROLE).
    bool ready();
    // Creates the groups and grants when missing and this login may create roles (the schema owner); throws a
    // translated error saying what to do otherwise.
    void ensureReady();
    // The login of this connection (current_user); empty on SQLite.
    QString currentLogin();
    // Whether this connection is an active person's login (row-level security applies to it), not the owner.
    bool isPerson();
    // Whether this connection reads everything (the owner, SQLite, a QA manager or admin): the others see only
    // some rows, e.g. of the audit log, whose chain then looks broken to them.
    bool readsEverything();

    // Creates the login role when missing (password: a SCRAM verifier made here, or none: then the person
    // cannot log in with a password until one is set), makes it a member of the role's group only, and allows or
    // refuses logging in. Runs qadesk_manage_login (the owner or an admin).
    void manage(const QString &login, Role role, bool canLogIn, const std::optional<QString> &password);

    // The SCRAM-SHA-256 verifier PostgreSQL stores for a password ("SCRAM-SHA-256$4096:salt$stored:server", RFC
    // 5802/7677, as libpq's PQencryptPasswordConn makes it): the server never receives the password itself.
    // A given salt (16 bytes) makes it reproducible for tests; empty draws one at random.
    static QString scramVerifier(const QString &password, const QByteArray &salt = {}, int iterations = 4096);

private:
    Connection &m_connection;
};

} // namespace qadesk
