#include "CliCommands.h"

#include "AppIdentity.h"
#include "Error.h"
#include "storage/Connection.h"
#include "team/PasswordVault.h"
#include "team/PgCredentials.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <map>

namespace qadesk::cli {

namespace {

struct Entry
{
    QString summary;
    Command command;
};

std::map<QString, Entry> &registry()
{
    static std::map<QString, Entry> commands;
    return commands;
}

// A PostgreSQL URL without a password: libpq's own sources first (PGPASSWORD, a password file: PGPASSFILE or
// ~/.pgpass), else the password the app remembered in the keychain for this user and database (docs/team-mode.md).
void useKeychainPassword(const QString &location)
{
    if (!PgCredentials::isPostgres(location) || PgCredentials::urlHasPassword(location) ||
        qEnvironmentVariableIsSet("PGPASSWORD")) {
        return;
    }
    const QString passFile = qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE")
                                                                     : QDir::homePath() + QStringLiteral("/.pgpass");
    if (QFileInfo::exists(passFile)) {
        return;
    }
    QString user = PgCredentials::urlUser(location);
    if (user.isEmpty()) {
        user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    }
    const std::unique_ptr<PasswordVault> vault = PasswordVault::keychain();
    const std::optional<QString> password =
        PasswordVault::readNow(*vault, PasswordVault::account(PgCredentials::keyOf(location), user));
    if (password) {
        PgCredentials::set(location, user, *password);
    }
}

void printUsage(QTextStream &out)
{
    out << "usage: qadesk-cli [--db PATH] COMMAND [OPTIONS]\n\ncommands:\n";
    for (const auto &[name, entry] : registry()) {
        out << "  " << name.leftJustified(10) << entry.summary << '\n';
    }
    out << "\nRun 'qadesk-cli COMMAND --help' for a command's options. The database defaults to $QADESK_DB or "
        << defaultDatabasePath() << ".\n";
}

} // namespace

CommandRegistration::CommandRegistration(const char *name, const char *summary, Command command)
{
    registry()[QString::fromUtf8(name)] = Entry{QString::fromUtf8(summary), std::move(command)};
}

void printJson(const QJsonDocument &document)
{
    const QByteArray json = document.toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "qadesk-cli: " << message << '\n';
    return UsageError;
}

int rejected(const QString &message)
{
    QTextStream(stderr) << "qadesk-cli: " << message << '\n';
    return Rejected;
}

int failure(const std::exception &error)
{
    QTextStream(stderr) << "qadesk-cli: " << QString::fromUtf8(error.what()) << '\n';
    return dynamic_cast<const BusyError *>(&error) ? Busy : Rejected;
}

int run(const QStringList &arguments)
{
    QString dbOption;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                return usageError(QStringLiteral("--db needs a path"));
            }
            dbOption = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            dbOption = arg.mid(5);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            QTextStream out(stdout);
            printUsage(out);
            return Success;
        } else if (arg == QLatin1String("--version")) {
            QTextStream(stdout) << "qadesk-cli " << QADESK_VERSION << '\n';
            return Success;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        QTextStream err(stderr);
        printUsage(err);
        return UsageError;
    }
    const QString &name = arguments.at(i);
    const auto found = registry().find(name);
    if (found == registry().end()) {
        return usageError(QStringLiteral("unknown command '%1' (try --help)").arg(name));
    }
    Context context;
    context.databasePath = resolveDatabasePath(dbOption);
    if (const QString warning = Connection::exposureWarning(context.databasePath); !warning.isEmpty()) {
        QTextStream(stderr) << "qadesk-cli: warning: " << warning << '\n'; // a diagnostic: stdout stays JSON
    }
    useKeychainPassword(context.databasePath);
    context.arguments << (arguments.value(0) + QLatin1Char(' ') + name) << arguments.mid(i + 1);
    return found->second.command(context);
}

} // namespace qadesk::cli
