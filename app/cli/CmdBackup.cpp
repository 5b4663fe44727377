#include "CliCommands.h"
#include "Error.h"
#include "storage/Connection.h"
#include "storage/DatabaseBackup.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

// backup --out FILE / restore --from FILE: the file option's value, or a usage error.
std::optional<QString> fileOption(const Context &context, const QString &name, const QString &description,
                                  int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption option(name, QStringLiteral("The file."), QStringLiteral("FILE"));
    parser.addOption(option);
    if (!parser.parse(context.arguments)) {
        *exitCode = usageError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.isSet(option) || parser.value(option).isEmpty() || !parser.positionalArguments().isEmpty()) {
        *exitCode = usageError(QStringLiteral("needs --%1 FILE and nothing else").arg(name));
        return std::nullopt;
    }
    return parser.value(option);
}

int backup(const Context &context)
{
    int code = UsageError;
    const auto out = fileOption(context, QStringLiteral("out"),
                                QStringLiteral("Writes a consistent copy of the database (SQLite online backup; other "
                                               "programs may go on reading and writing meanwhile)."),
                                &code);
    if (!out) {
        return code;
    }
    try {
        if (!QFileInfo::exists(context.databasePath) && !context.databasePath.contains(QLatin1String("://"))) {
            return rejected(QStringLiteral("the database %1 does not exist").arg(context.databasePath));
        }
        Connection connection(context.databasePath);
        DatabaseBackup::backup(connection, *out);
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("backup"), QFileInfo(*out).absoluteFilePath()},
                                            {QStringLiteral("schema_version"), Schema::currentVersion(connection)}}));
        return Success;
    } catch (const Error &error) {
        return failure(error);
    }
}

int restore(const Context &context)
{
    int code = UsageError;
    const auto from = fileOption(context, QStringLiteral("from"),
                                 QStringLiteral("Replaces the database's content with a backup made by 'backup', after "
                                                "checking it; all or nothing. Close QA Desk windows on the database "
                                                "first."),
                                 &code);
    if (!from) {
        return code;
    }
    try {
        Connection connection(context.databasePath);
        DatabaseBackup::restore(connection, *from);
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("restored"), QFileInfo(context.databasePath).absoluteFilePath()},
                                            {QStringLiteral("from"), QFileInfo(*from).absoluteFilePath()},
                                            {QStringLiteral("schema_version"), Schema::currentVersion(connection)}}));
        return Success;
    } catch (const Error &error) {
        return failure(error);
    }
}

const CommandRegistration backupRegistration("backup", "writes a consistent copy of a live database", backup);
const CommandRegistration restoreRegistration("restore", "replaces the database with a checked backup", restore);

} // namespace
} // namespace qadesk::cli
