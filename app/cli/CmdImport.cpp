#include "CliCommands.h"
#include "Error.h"
#include "import/Importer.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace qadesk::cli {
namespace {

QJsonArray issuesJson(const QList<ImportIssue> &issues)
{
    QJsonArray array;
    for (const ImportIssue &issue : issues) {
        array.append(QJsonObject{
            {QStringLiteral("file"), issue.file},
            {QStringLiteral("line"), issue.line},
            {QStringLiteral("column"), issue.column},
            {QStringLiteral("message"), issue.message},
        });
    }
    return array;
}

// Compiler-style lines on stderr: file:line:column: error: message.
void printDiagnostics(const QList<ImportIssue> &issues, const char *kind)
{
    QTextStream err(stderr);
    for (const ImportIssue &issue : issues) {
        err << issue.file;
        if (issue.line > 0) {
            err << ':' << issue.line;
            if (issue.column > 0) {
                err << ':' << issue.column;
            }
        }
        err << ": " << kind << ": " << issue.message << '\n';
    }
}

int import(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports interactions and transcripts (DESIGN §4.2). Each file is imported whole or not at all."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Input format: %1 (default auto: by content and extension).")
                                              .arg(formatNames().join(QStringLiteral(", "))),
                                          QStringLiteral("format"), QStringLiteral("auto"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QStringLiteral("Check the files; import nothing."));
    const QCommandLineOption noMaskOption(QStringLiteral("no-mask"),
                                          QStringLiteral("Store phone, ID-card and bank-card numbers unmasked."));
    const QCommandLineOption recordingsRootOption(
        QStringLiteral("recordings-root"),
        QStringLiteral("A folder where recordings may also lie (by default only the imported file's folder)."),
        QStringLiteral("dir"));
    parser.addOptions({formatOption, dryRunOption, noMaskOption, recordingsRootOption});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Files to import."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usageError(QStringLiteral("import needs at least one FILE"));
    }
    ImportOptions options;
    const auto format = formatFromName(parser.value(formatOption));
    if (!format) {
        return usageError(QStringLiteral("unknown --format '%1' (one of %2)")
                              .arg(parser.value(formatOption), formatNames().join(QStringLiteral(", "))));
    }
    options.format = *format;
    options.dryRun = parser.isSet(dryRunOption);
    options.maskPersonalData = !parser.isSet(noMaskOption);
    options.recordingsRoot = parser.value(recordingsRootOption);

    ImportResult result;
    QList<ImportIssue> errors;
    bool busyDatabase = false;
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        result = Importer(connection).importFiles(files, options);
        errors = result.errors();
    } catch (const std::exception &error) {
        // The contract holds on every failure: the document still comes out, the error names the database.
        const auto *known = dynamic_cast<const Error *>(&error);
        errors = {
            ImportIssue{context.databasePath, 0, 0, known ? known->message() : QString::fromLocal8Bit(error.what())}};
        result = ImportResult{};
        busyDatabase = dynamic_cast<const BusyError *>(&error) != nullptr;
    }
    const QList<ImportIssue> warnings = result.warnings();
    printDiagnostics(errors, "error");
    printDiagnostics(warnings, "warning");
    printJson(QJsonDocument(QJsonObject{
        {QStringLiteral("imported"), result.imported()},
        {QStringLiteral("duplicates"), result.duplicates()},
        {QStringLiteral("errors"), issuesJson(errors)},
        {QStringLiteral("warnings"), issuesJson(warnings)},
    }));
    if (errors.isEmpty() && result.allAccepted()) {
        return Success;
    }
    return busyDatabase || result.anyBusy() ? Busy : Rejected;
}

const CommandRegistration registration("import", "imports interaction files (JSON, JSONL, CSV, WebVTT, SRT, text)",
                                       import);

} // namespace
} // namespace qadesk::cli
