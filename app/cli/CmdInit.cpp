#include "CliCommands.h"
#include "Error.h"
#include "storage/Connection.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

int init(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Creates or migrates the database. --tz chooses the organisation's time zone, in which every view, "
                       "export, report and CLI default counts local days, weeks and months (default: the system's; "
                       "change it later with 'config set timezone')."));
    parser.addHelpOption();
    const QCommandLineOption tz(QStringLiteral("tz"), QStringLiteral("IANA time zone of the organisation (default: the system's)."),
                                QStringLiteral("zone"));
    parser.addOption(tz);
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("init takes no arguments"));
    }
    QTimeZone zone;
    if (parser.isSet(tz)) {
        zone = OrganisationZone::parse(parser.value(tz));
        if (!zone.isValid()) {
            return usageError(
                QStringLiteral("--tz: unknown time zone '%1' (expected an IANA name such as Asia/Shanghai)").arg(parser.value(tz)));
        }
    }
    try {
        Connection connection(context.databasePath);
        const int version = Schema::migrate(connection);
        if (zone.isValid() && OrganisationZone::id(connection) != QString::fromUtf8(zone.id())) {
            OrganisationZone::change(connection, zone, QStringLiteral("qadesk-cli"));
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("schema_version"), version},
                                            {QStringLiteral("timezone"), OrganisationZone::id(connection)}}));
        return Success;
    } catch (const Error &error) {
        return failure(error);
    }
}

const CommandRegistration registration("init", "creates or migrates the database", init);

} // namespace
} // namespace qadesk::cli
