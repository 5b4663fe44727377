#include "CliCommands.h"
#include "Error.h"
#include "KpiFilterOptions.h"
#include "kpi/KpiJson.h"
#include "kpi/KpiService.h"
#include "storage/Connection.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"

#include <QCommandLineParser>

namespace qadesk::cli {
namespace {

int kpi(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Service KPIs of DESIGN §3 per bucket, as JSON."));
    parser.addHelpOption();
    const KpiFilterOptions filterOptions;
    filterOptions.addTo(parser);
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("kpi takes no positional arguments: %1").arg(parser.positionalArguments().join(QLatin1Char(' '))));
    }
    QString error;
    std::optional<KpiFilter> filter = filterOptions.read(parser, error);
    if (!filter) {
        return usageError(error);
    }
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        if (!filterOptions.zoneSet(parser)) {
            filter->zone = OrganisationZone::zone(connection);
        }
        KpiService service(connection);
        printJson(QJsonDocument(kpiResultToJson(service.compute(*filter))));
        return Success;
    } catch (const Error &e) {
        return failure(e);
    }
}

const CommandRegistration registration("kpi", "service KPIs per bucket (DESIGN §3)", kpi);

} // namespace
} // namespace qadesk::cli
