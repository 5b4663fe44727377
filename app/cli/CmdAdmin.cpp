#include "CliCommands.h"
#include "Error.h"
#include "storage/Connection.h"
#include "storage/PeopleStore.h"
#include "storage/Schema.h"
#include "storage/TeamLogins.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace qadesk::cli {
namespace {

QJsonObject toJson(const Person &p)
{
    QJsonObject o{{QStringLiteral("login"), p.login},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("role"), roleKey(p.role)},
                  {QStringLiteral("disabled"), p.disabled}};
    o.insert(QStringLiteral("agent"), p.agentCode.isEmpty() ? QJsonValue() : QJsonValue(p.agentCode));
    o.insert(QStringLiteral("team"), p.team.isEmpty() ? QJsonValue() : QJsonValue(p.team));
    return o;
}

QString roleList()
{
    QStringList keys;
    for (const Role role : allRoles()) {
        keys << roleKey(role);
    }
    return keys.join(QLatin1Char('|'));
}

// Who made the change, for the audit log: --as, else the PostgreSQL login (team mode), else the operating-system user.
QString actorOf(const QCommandLineParser &parser, const QCommandLineOption &as, Connection &connection)
{
    if (parser.isSet(as)) {
        return parser.value(as);
    }
    if (const QString login = TeamLogins(connection).currentLogin(); !login.isEmpty()) {
        return login;
    }
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
}

// admin user add LOGIN --name NAME --role ROLE [--agent CODE] [--team TEAM] | role LOGIN ROLE [--agent CODE] [--team TEAM]
//           | disable LOGIN | enable LOGIN | list
int admin(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("admin user add LOGIN --role ROLE [--name NAME] [--agent CODE] [--team TEAM]\n"
                       "admin user role LOGIN ROLE [--agent CODE] [--team TEAM]\n"
                       "admin user disable LOGIN | admin user enable LOGIN | admin user list\n"
                       "People and their roles (%1). Prints the person (list: all of them); every change is in the "
                       "audit log.\n"
                       "On PostgreSQL (team mode) each person is also a login role, member of the group of their role: "
                       "add creates it, role changes its group, disable makes it NOLOGIN, enable LOGIN again; "
                       "--password-stdin (add, role, enable) reads its password from the first line of stdin.")
            .arg(roleList()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("user"), QStringLiteral("What to manage: user."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, role, disable, enable or list."));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Display name (add)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("Role (add): %1.").arg(roleList()),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption agentOption(QStringLiteral("agent"),
                                         QStringLiteral("For an agent: the agent code they are (e.g. A005)."),
                                         QStringLiteral("CODE"));
    const QCommandLineOption asOption(QStringLiteral("as"),
                                      QStringLiteral("Who makes the change, for the audit log (default: cli:$USER)."),
                                      QStringLiteral("LOGIN"));
    const QCommandLineOption teamOption(QStringLiteral("team"), QStringLiteral("For a team lead: the team they lead."),
                                        QStringLiteral("TEAM"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        QStringLiteral(
            "PostgreSQL: read the login's password from the first line of stdin (never on the command line)."));
    parser.addOptions({nameOption, roleOption, agentOption, teamOption, asOption, passwordOption});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2 || args.at(0) != QLatin1String("user")) {
        return usageError(QStringLiteral("usage: admin user add|role|disable|enable|list ..."));
    }
    const QString action = args.at(1);
    const auto needs = [&](int count, const QString &usage) {
        return args.size() == count ? QString() : QStringLiteral("usage: admin user ") + usage;
    };
    QString usage;
    if (action == QLatin1String("add")) {
        usage = needs(3, QStringLiteral("add LOGIN --role ROLE [--name NAME] [--agent CODE] [--team TEAM]"));
        if (usage.isEmpty() && !parser.isSet(roleOption)) {
            usage = QStringLiteral("admin user add needs --role %1").arg(roleList());
        }
    } else if (action == QLatin1String("role")) {
        usage = needs(4, QStringLiteral("role LOGIN ROLE [--agent CODE] [--team TEAM]"));
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        usage = needs(3, action + QStringLiteral(" LOGIN"));
    } else if (action == QLatin1String("list")) {
        usage = needs(2, QStringLiteral("list"));
    } else {
        usage = QStringLiteral("admin user: unknown action \"%1\" (add, role, disable, enable, list)").arg(action);
    }
    if (!usage.isEmpty()) {
        return usageError(usage);
    }
    std::optional<Role> role;
    if (action == QLatin1String("add") || action == QLatin1String("role")) {
        const QString key = action == QLatin1String("add") ? parser.value(roleOption) : args.at(3);
        role = roleFromKey(key);
        if (!role) {
            return usageError(QStringLiteral("unknown role \"%1\": one of %2").arg(key.left(40), roleList()));
        }
    }
    std::optional<QString> password;
    if (parser.isSet(passwordOption)) {
        if (action != QLatin1String("add") && action != QLatin1String("role") && action != QLatin1String("enable")) {
            return usageError(QStringLiteral("--password-stdin goes with add, role or enable"));
        }
        QTextStream in(stdin);
        password = in.readLine();
        if (password->isEmpty()) {
            return usageError(QStringLiteral("--password-stdin: the first line of stdin is empty"));
        }
    }
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        PeopleStore people(connection);
        TeamLogins logins(connection);
        const QString actor = actorOf(parser, asOption, connection);
        if (password && !logins.available()) {
            std::fprintf(stderr, "note: an SQLite database has no logins; the password was not used\n");
        }
        if (action == QLatin1String("list")) {
            QJsonArray all;
            for (const Person &p : people.list()) {
                all.append(toJson(p));
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("users"), all}}));
            return Success;
        }
        // Team mode must be set up before anyone is added: a refusal then leaves the people tables as they were.
        logins.ensureReady();
        Person person;
        if (action == QLatin1String("add")) {
            person = people.add(actor, args.at(2), parser.value(nameOption), *role, parser.value(agentOption),
                                parser.value(teamOption));
        } else if (action == QLatin1String("role")) {
            person = people.setRole(actor, args.at(2), *role, parser.value(agentOption), parser.value(teamOption));
        } else {
            person = people.setDisabled(actor, args.at(2), action == QLatin1String("disable"));
        }
        // Team mode: the login role follows the person (the people tables first: a refused change leaves it alone).
        logins.manage(person.login, person.role, !person.disabled, password);
        QJsonObject out = toJson(person);
        if (logins.available()) {
            out.insert(QStringLiteral("login_role"),
                       person.disabled ? QStringLiteral("nologin") : QStringLiteral("login"));
        }
        printJson(QJsonDocument(out));
        return Success;
    } catch (const std::exception &error) {
        return failure(error);
    }
}

const CommandRegistration registration("admin", "admin user add|role|disable|enable|list: people and roles", admin);

} // namespace
} // namespace qadesk::cli
