#include "CliCommands.h"
#include "Translations.h"
#include "Error.h"
#include "KpiFilterOptions.h"
#include "report/AgentMonthlyReport.h"
#include "report/AgentMonthlyReportRenderer.h"
#include "report/EvaluationSheet.h"
#include "report/EvaluationSheetRenderer.h"
#include "kpi/KpiCatalog.h"
#include "settings/AppSettings.h"
#include "storage/Connection.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

// --evaluation may repeat and may hold a comma-separated list; every id must be a positive integer.
std::optional<QList<qint64>> parseIds(const QStringList &values, QString &error)
{
    QList<qint64> ids;
    for (const QString &value : values) {
        for (const QString &token : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = token.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                error = QStringLiteral("--evaluation expects evaluation ids (numbers), got '%1'").arg(token.trimmed());
                return std::nullopt;
            }
            ids << id;
        }
    }
    return ids;
}

std::optional<bool> parseLanguage(const QCommandLineParser &parser, const QCommandLineOption &option, QString &error)
{
    if (!parser.isSet(option)) {
        return prefersChinese();
    }
    const QString lang = parser.value(option);
    if (lang == QLatin1String("zh") || lang == QLatin1String("zh_CN")) {
        return true;
    }
    if (lang == QLatin1String("en")) {
        return false;
    }
    error = QStringLiteral("--lang expects zh or en, got '%1'").arg(lang);
    return std::nullopt;
}

int report(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes PDF reports: evaluation sheets (one per page) or an agent's monthly report."));
    parser.addHelpOption();
    const QCommandLineOption evaluation(QStringLiteral("evaluation"),
                                        QStringLiteral("Evaluation id; repeat it or give a comma-separated list for "
                                                       "one PDF with one sheet per page."),
                                        QStringLiteral("ID"));
    const QCommandLineOption agent(QStringLiteral("agent"), QStringLiteral("Agent id (as imported) for a monthly report."),
                                   QStringLiteral("ID"));
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("The report month, YYYY-MM."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of rubric texts: zh or en (default: the system's)."),
                                  QStringLiteral("zh|en"));
    const QCommandLineOption tz(QStringLiteral("tz"),
                                QStringLiteral("IANA time zone of dates and the month (default: the organisation's)."),
                                QStringLiteral("zone"));
    parser.addOptions({evaluation, agent, month, out, lang, tz});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("report takes no positional arguments (got '%1')")
                              .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    }
    if (!parser.isSet(out) || parser.value(out).isEmpty()) {
        return usageError(QStringLiteral("report needs --out FILE.pdf"));
    }
    if (parser.isSet(evaluation) == parser.isSet(agent)) {
        return usageError(QStringLiteral("report needs either --evaluation ID or --agent ID --month YYYY-MM"));
    }
    QString error;
    const std::optional<bool> chinese = parseLanguage(parser, lang, error);
    if (!chinese) {
        return usageError(error);
    }
    ReportOptions options;
    options.chinese = *chinese;
    if (parser.isSet(tz)) {
        options.zone = parseZone(parser.value(tz), error);
        if (!options.zone.isValid()) {
            return usageError(error);
        }
    }
    const QString path = QFileInfo(parser.value(out)).absoluteFilePath();

    std::optional<QList<qint64>> ids;
    QDate first;
    if (parser.isSet(evaluation)) {
        if (parser.isSet(month)) {
            return usageError(QStringLiteral("--month goes with --agent, not --evaluation"));
        }
        ids = parseIds(parser.values(evaluation), error);
        if (!ids) {
            return usageError(error);
        }
        if (ids->isEmpty()) {
            return usageError(QStringLiteral("--evaluation needs at least one id"));
        }
    } else {
        if (!parser.isSet(month)) {
            return usageError(QStringLiteral("--agent needs --month YYYY-MM"));
        }
        first = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid() || parser.value(month).size() != 7) {
            return usageError(QStringLiteral("--month expects YYYY-MM, got '%1'").arg(parser.value(month)));
        }
    }

    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        if (!parser.isSet(tz)) {
            options.zone = OrganisationZone::zone(connection);
        }
        QJsonObject result;
        const DocumentLanguage language(options.chinese);
        if (ids) {
            const QList<EvaluationSheet> sheets = EvaluationSheetLoader(connection).load(*ids);
            const int pages = EvaluationSheetRenderer(options).writePdf(sheets, path);
            result.insert(QStringLiteral("evaluations"), sheets.size());
            result.insert(QStringLiteral("pages"), pages);
        } else {
            const AgentMonthlyReport data =
                AgentMonthlyReportBuilder(connection).build(parser.value(agent), first, options.zone);
            const int pages = AgentMonthlyReportRenderer(options).writePdf(data, path);
            result.insert(QStringLiteral("agent"), data.agent.code);
            result.insert(QStringLiteral("month"), data.month.toString(QStringLiteral("yyyy-MM")));
            result.insert(QStringLiteral("interactions"), data.agentKpi.interactions);
            result.insert(QStringLiteral("evaluations"), data.evaluations.size());
            result.insert(QStringLiteral("pages"), pages);
        }
        result.insert(QStringLiteral("files"), QJsonArray{path});
        printJson(QJsonDocument(result));
        return Success;
    } catch (const Error &e) {
        return failure(e);
    }
}

const CommandRegistration registration("report", "PDF evaluation sheets and agent monthly reports", report);

} // namespace
} // namespace qadesk::cli
