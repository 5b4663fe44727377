#include "CliCommands.h"
#include "Error.h"
#include "kpi/KpiJson.h"
#include "kpi/KpiService.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

#include <QCommandLineParser>

namespace qadesk::cli {
namespace {

const QStringList kChannels{QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email"),
                            QStringLiteral("other")};
const QStringList kCategories{QStringLiteral("consultation"), QStringLiteral("complaint"),
                              QStringLiteral("after_sales"), QStringLiteral("suggestion"), QStringLiteral("other")};

std::optional<QDate> parseDate(const QString &text, bool &ok)
{
    ok = true;
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    ok = date.isValid() && text.size() == 10;
    return date;
}

int kpi(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Service KPIs of DESIGN §3 per bucket, as JSON."));
    parser.addHelpOption();
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD (inclusive)."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD (inclusive)."), QStringLiteral("date"));
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Team name."), QStringLiteral("name"));
    const QCommandLineOption agent(QStringLiteral("agent"), QStringLiteral("Agent id (as imported)."), QStringLiteral("id"));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("phone, chat, email or other."), QStringLiteral("channel"));
    const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("consultation, complaint, after_sales, suggestion or other."), QStringLiteral("category"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), QStringLiteral("day, week, month or none (default none)."), QStringLiteral("bucket"), QStringLiteral("none"));
    const QCommandLineOption tz(QStringLiteral("tz"), QStringLiteral("IANA time zone of dates and buckets (default: the system's)."), QStringLiteral("zone"));
    parser.addOptions({from, to, team, agent, channel, category, bucket, tz});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("kpi takes no positional arguments: %1").arg(parser.positionalArguments().join(QLatin1Char(' '))));
    }
    KpiFilter filter;
    bool ok = true;
    filter.from = parseDate(parser.value(from), ok);
    if (!ok) {
        return usageError(QStringLiteral("--from expects a date YYYY-MM-DD, got '%1'").arg(parser.value(from)));
    }
    filter.to = parseDate(parser.value(to), ok);
    if (!ok) {
        return usageError(QStringLiteral("--to expects a date YYYY-MM-DD, got '%1'").arg(parser.value(to)));
    }
    if (filter.from && filter.to && *filter.to < *filter.from) {
        return usageError(QStringLiteral("--to is before --from"));
    }
    const auto bucketKind = kpiBucketFromString(parser.value(bucket));
    if (!bucketKind) {
        return usageError(QStringLiteral("--bucket expects day, week, month or none, got '%1'").arg(parser.value(bucket)));
    }
    filter.bucket = *bucketKind;
    if (parser.isSet(tz)) {
        filter.zone = QTimeZone(parser.value(tz).toUtf8());
        if (!filter.zone.isValid()) {
            return usageError(QStringLiteral("--tz: unknown time zone '%1' (expected an IANA name such as Asia/Shanghai)").arg(parser.value(tz)));
        }
    }
    filter.channel = parser.value(channel);
    if (!filter.channel.isEmpty() && !kChannels.contains(filter.channel)) {
        return usageError(QStringLiteral("--channel expects one of %1, got '%2'").arg(kChannels.join(QStringLiteral(", ")), filter.channel));
    }
    filter.category = parser.value(category);
    if (!filter.category.isEmpty() && !kCategories.contains(filter.category)) {
        return usageError(QStringLiteral("--category expects one of %1, got '%2'").arg(kCategories.join(QStringLiteral(", ")), filter.category));
    }
    filter.team = parser.value(team);
    filter.agent = parser.value(agent);
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        KpiService service(connection);
        printJson(QJsonDocument(kpiResultToJson(service.compute(filter))));
        return Success;
    } catch (const Error &error) {
        return rejected(error.message());
    }
}

const CommandRegistration registration("kpi", "service KPIs per bucket (DESIGN §3)", kpi);

} // namespace
} // namespace qadesk::cli
