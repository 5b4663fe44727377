#include "CliCommands.h"
#include "Error.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

int init(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Creates or migrates the database."));
    parser.addHelpOption();
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("init takes no arguments"));
    }
    try {
        Connection connection(context.databasePath);
        const int version = Schema::migrate(connection);
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("schema_version"), version}}));
        return Success;
    } catch (const Error &error) {
        return failure(error);
    }
}

const CommandRegistration registration("init", "creates or migrates the database", init);

} // namespace
} // namespace qadesk::cli
