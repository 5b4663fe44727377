#include "CliCommands.h"
#include "storage/PeopleStore.h"
#include "Error.h"
#include "kpi/KpiTargetService.h"
#include "storage/Connection.h"
#include "storage/KpiTargetStore.h"
#include "storage/Schema.h"
#include "storage/TeamLogins.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

QJsonObject toJson(const KpiTargets &targets)
{
    QJsonArray rows;
    for (const QString &key : KpiTargets::keys()) {
        const std::optional<double> target = targets.target(key);
        rows.append(QJsonObject{{QStringLiteral("kpi"), key},
                                {QStringLiteral("target"), target ? QJsonValue(*target) : QJsonValue()},
                                {QStringLiteral("amber_margin"), targets.margin(key)},
                                {QStringLiteral("default"), !targets.isSet(key)}});
    }
    return QJsonObject{{QStringLiteral("targets"), rows}};
}

// targets list | targets set KPI VALUE|none [--margin M] --as LOGIN | targets reset [KPI] --as LOGIN
int targets(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("targets list\n"
                       "targets set KPI VALUE|none [--margin M] --as LOGIN\n"
                       "targets reset [KPI] --as LOGIN\n"
                       "The organisation's KPI targets, which every dashboard, report and export compares with. "
                       "KPI is one of: %1. A target of 'none' shows no target; reset puts a KPI (or all) back on its "
                       "default. Only a QA manager or an administrator changes them (on PostgreSQL the database "
                       "refuses anyone else as well); every change is in the audit log.")
            .arg(KpiTargets::keys().join(QStringLiteral(", "))));
    parser.addHelpOption();
    const QCommandLineOption margin(QStringLiteral("margin"),
                                    QStringLiteral("How far on the wrong side of the target is still amber, in the "
                                                   "KPI's unit."),
                                    QStringLiteral("M"));
    const QCommandLineOption as(QStringLiteral("as"),
                                QStringLiteral("Who changes them (set, reset; on PostgreSQL the login by default)."),
                                QStringLiteral("LOGIN"));
    parser.addOptions({margin, as});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, set or reset"));
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString usage = QStringLiteral("usage: targets list | targets set KPI VALUE|none [--margin M] --as LOGIN | "
                                         "targets reset [KPI] --as LOGIN");
    if ((action == QLatin1String("list") && args.size() != 1) || (action == QLatin1String("set") && args.size() != 3)
        || (action == QLatin1String("reset") && args.size() > 2)
        || !QStringList{QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("reset")}.contains(action)) {
        return usageError(usage);
    }
    const QString key = args.value(1);
    if (!key.isEmpty() && !KpiTargets::isKey(key)) {
        return usageError(QStringLiteral("targets: unknown KPI '%1' (expected one of: %2)")
                              .arg(key, KpiTargets::keys().join(QStringLiteral(", "))));
    }
    std::optional<double> value;
    if (action == QLatin1String("set") && args[2] != QLatin1String("none")) {
        bool ok = false;
        value = args[2].toDouble(&ok);
        if (!ok) {
            return usageError(QStringLiteral("targets set: '%1' is not a number (or 'none')").arg(args[2]));
        }
    }
    std::optional<double> newMargin;
    if (parser.isSet(margin)) {
        bool ok = false;
        newMargin = parser.value(margin).toDouble(&ok);
        if (!ok || *newMargin < 0) {
            return usageError(QStringLiteral("targets: --margin expects a number ≥ 0, got '%1'").arg(parser.value(margin)));
        }
    }
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        if (action == QLatin1String("list")) {
            printJson(QJsonDocument(toJson(KpiTargetStore(connection).load())));
            return Success;
        }
        QString login = parser.value(as);
        if (login.isEmpty()) {
            login = TeamLogins(connection).currentLogin();
        }
        if (login.isEmpty()) {
            return usageError(QStringLiteral("targets %1: --as LOGIN is required (who changes the targets)").arg(action));
        }
        KpiTargetService service(connection, PeopleStore(connection).requireActive(login));
        KpiTargets targets = key.isEmpty() ? KpiTargets() : service.current(); // reset without a KPI: all defaults
        if (action == QLatin1String("set")) {
            targets.setTarget(key, value);
            if (newMargin) {
                targets.setMargin(key, *newMargin);
            }
        } else {
            targets.reset(key);
        }
        service.set(targets);
        printJson(QJsonDocument(toJson(service.current())));
        return Success;
    } catch (const Error &error) {
        return failure(error);
    }
}

const CommandRegistration registration("targets", "targets list|set|reset: the organisation's KPI targets", targets);

} // namespace
} // namespace qadesk::cli
