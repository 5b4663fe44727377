#include "CliCommands.h"
#include "Translations.h"
#include "Error.h"
#include "KpiFilterOptions.h"
#include "domain/Rubric.h"
#include "export/ExportTables.h"
#include "export/TableExporter.h"
#include "storage/Connection.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

int exportTable(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exports evaluations or a KPI table to CSV (UTF-8 with BOM) or XLSX. The KPI filter options "
                       "select the interactions, as for `kpi`; --bucket applies to --what kpi."));
    parser.addHelpOption();
    const QCommandLineOption what(QStringLiteral("what"), QStringLiteral("evaluations or kpi."), QStringLiteral("what"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("csv or xlsx (default: from the --out file's suffix)."),
                                    QStringLiteral("format"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of dimension and grade names: zh or en (default: the "
                                                 "system's)."),
                                  QStringLiteral("zh|en"));
    parser.addOptions({what, format, out, lang});
    const KpiFilterOptions filterOptions;
    filterOptions.addTo(parser);
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("export takes no positional arguments (got '%1')")
                              .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    }
    const QString table = parser.value(what);
    if (table != QLatin1String("evaluations") && table != QLatin1String("kpi")) {
        return usageError(QStringLiteral("export needs --what evaluations or --what kpi"));
    }
    if (!parser.isSet(out) || parser.value(out).isEmpty()) {
        return usageError(QStringLiteral("export needs --out FILE"));
    }
    const QString path = QFileInfo(parser.value(out)).absoluteFilePath();
    const std::optional<ExportFormat> fileFormat = parser.isSet(format)
                                                       ? TableExporter::formatFromName(parser.value(format))
                                                       : TableExporter::formatFromPath(path);
    if (!fileFormat) {
        return usageError(parser.isSet(format)
                              ? QStringLiteral("--format expects csv or xlsx, got '%1'").arg(parser.value(format))
                              : QStringLiteral("export needs --format csv|xlsx (the --out suffix does not say)"));
    }
    if (table == QLatin1String("evaluations") && filterOptions.bucketSet(parser)) {
        return usageError(QStringLiteral("--bucket applies to --what kpi only"));
    }
    bool chinese = prefersChinese();
    if (parser.isSet(lang)) {
        if (parser.value(lang) != QLatin1String("zh") && parser.value(lang) != QLatin1String("en")) {
            return usageError(QStringLiteral("--lang expects zh or en, got '%1'").arg(parser.value(lang)));
        }
        chinese = parser.value(lang) == QLatin1String("zh");
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
        qint64 rows = 0;
        const DocumentLanguage language(chinese); // column titles and labels in --lang
        if (table == QLatin1String("kpi")) {
            const ExportTable data = ExportTables::kpis(connection, *filter);
            TableExporter::write(data, path, *fileFormat);
            rows = data.rows.size();
        } else {
            rows = ExportTables::writeEvaluations(connection, *filter, chinese, path, *fileFormat);
        }
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("files"), QJsonArray{path}},
            {QStringLiteral("what"), table},
            {QStringLiteral("format"), *fileFormat == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx")},
            {QStringLiteral("rows"), rows},
        }));
        return Success;
    } catch (const Error &e) {
        return failure(e);
    }
}

const CommandRegistration registration("export", "evaluations or KPI tables to CSV or XLSX", exportTable);

} // namespace
} // namespace qadesk::cli
