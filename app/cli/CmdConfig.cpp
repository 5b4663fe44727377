#include "CliCommands.h"
#include "Error.h"
#include "storage/Connection.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <cstdio>

namespace qadesk::cli {
namespace {

// qadesk-cli config get timezone | config set timezone ZONE
int config(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads or changes a database-wide setting.\n\n"
                       "  config get timezone         the organisation's time zone (IANA name)\n"
                       "  config set timezone ZONE    changes it: every view, export, report and CLI default then "
                       "counts local days, weeks and months in ZONE; the stored local days (sampling periods) are "
                       "renumbered, with progress on stderr. KPI rollups are kept in UTC and need no rebuild."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("get or set"));
    parser.addPositionalArgument(QStringLiteral("key"), QStringLiteral("timezone"));
    parser.addPositionalArgument(QStringLiteral("value"), QStringLiteral("the new value (set only)"));
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2 || (args[0] != QLatin1String("get") && args[0] != QLatin1String("set"))) {
        return usageError(QStringLiteral("usage: config get timezone | config set timezone ZONE"));
    }
    if (args[1] != QLatin1String("timezone")) {
        return usageError(QStringLiteral("config: unknown key '%1' (known: timezone)").arg(args[1]));
    }
    const bool set = args[0] == QLatin1String("set");
    if ((set && args.size() != 3) || (!set && args.size() != 2)) {
        return usageError(QStringLiteral("usage: config get timezone | config set timezone ZONE"));
    }
    QTimeZone zone;
    if (set) {
        zone = OrganisationZone::parse(args[2]);
        if (!zone.isValid()) {
            return usageError(
                QStringLiteral("config set timezone: unknown time zone '%1' (expected an IANA name such as Asia/Shanghai)")
                    .arg(args[2]));
        }
    }
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        QJsonObject result;
        if (set) {
            const QString previous = OrganisationZone::id(connection);
            OrganisationZone::change(connection, zone, QStringLiteral("qadesk-cli"), [](qint64 done, qint64 total) {
                std::fprintf(stderr, "renumbering local days: %lld/%lld\n", (long long)done, (long long)total);
                return true;
            });
            result.insert(QStringLiteral("previous"), previous);
        }
        result.insert(QStringLiteral("timezone"), OrganisationZone::id(connection));
        printJson(QJsonDocument(result));
        return Success;
    } catch (const Error &error) {
        return failure(error);
    }
}

const CommandRegistration registration("config", "config get|set timezone: the organisation's time zone", config);

} // namespace
} // namespace qadesk::cli
