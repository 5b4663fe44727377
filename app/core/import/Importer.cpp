#include "Importer.h"

#include "CsvInteractionParser.h"
#include "FileImport.h"
#include "FormatDetector.h"
#include "ImportErrors.h"
#include "JsonInteractionParser.h"
#include "PlainTextTranscriptParser.h"
#include "SrtParser.h"
#include "storage/Connection.h"
#include "storage/InteractionWriter.h"
#include "storage/RectificationStore.h"
#include "storage/Savepoint.h"
#include "WebVttParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <memory>
#include <new>
#include <optional>

namespace qadesk {

namespace {

std::unique_ptr<InteractionParser> makeParser(ImportFormat format, const ImportOptions &options)
{
    switch (format) {
    case ImportFormat::Auto:
    case ImportFormat::Json:
        return std::make_unique<JsonInteractionParser>(options, false);
    case ImportFormat::JsonLines:
        return std::make_unique<JsonInteractionParser>(options, true);
    case ImportFormat::CsvInteractions:
        return std::make_unique<CsvInteractionParser>(options);
    case ImportFormat::CsvTurns:
        return std::make_unique<CsvTurnsParser>(options);
    case ImportFormat::WebVtt:
        return std::make_unique<WebVttParser>(options);
    case ImportFormat::Srt:
        return std::make_unique<SrtParser>(options);
    case ImportFormat::Text:
        return std::make_unique<PlainTextTranscriptParser>(options);
    }
    return nullptr;
}

// Interactions first, then transcripts (which may attach to them), then CSVs of turns (which must).
int rank(ImportFormat format)
{
    switch (format) {
    case ImportFormat::WebVtt:
    case ImportFormat::Srt:
    case ImportFormat::Text:
        return 1;
    case ImportFormat::CsvTurns:
        return 2;
    default:
        return 0;
    }
}

bool isBlank(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    }
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// A failure no parser anticipated (out of memory, a database that went away…): reported as the file's error
// so that the batch goes on and the caller still gets its result document.
QString unexpectedFailure(const std::exception &error)
{
    if (dynamic_cast<const std::bad_alloc *>(&error)) {
        return QCoreApplication::translate("Import", "not enough memory to import this file");
    }
    if (const auto *known = dynamic_cast<const Error *>(&error)) {
        return known->message();
    }
    return QCoreApplication::translate("Import", "the import failed unexpectedly: %1")
        .arg(QString::fromLocal8Bit(error.what()));
}

} // namespace

Importer::Planned Importer::plan(const QString &file, const ImportOptions &options) const
{
    Planned planned;
    planned.given = file;
    const QFileInfo info(file);
    planned.path = info.absoluteFilePath();
    QFile input(planned.path);
    if (!info.exists()) {
        planned.openError = QCoreApplication::translate("Import", "the file does not exist");
    } else if (info.isDir()) {
        planned.openError = QCoreApplication::translate("Import", "this is a folder, not a file");
    } else if (m_connection.isDatabaseFile(planned.path)) {
        // Never opened: closing it again would drop SQLite's locks on the database this process holds open.
        planned.openError = QCoreApplication::translate("Import", "this is the QA Desk database itself (or one of its "
                                                                  "working files), not a file to import");
    } else if (!input.open(QIODevice::ReadOnly)) {
        planned.openError = QCoreApplication::translate("Import", "cannot read the file: %1").arg(input.errorString());
    } else if (options.format != ImportFormat::Auto) {
        planned.format = options.format;
    } else {
        // Detection must never stop a batch: whatever goes wrong here becomes this file's error.
        try {
            planned.format = FormatDetector::detect(planned.path, input.read(FormatDetector::kHeadSize));
        } catch (const RecordError &error) {
            planned.openError = error.message();
            planned.openLine = error.line();
            planned.openColumn = error.column();
        } catch (const std::exception &error) {
            planned.openError = unexpectedFailure(error);
        }
    }
    return planned;
}

ImportResult Importer::importFiles(const QStringList &files, const ImportOptions &options,
                                   const ImportProgressCallback &progress, const std::atomic_bool *cancel)
{
    ImportResult result;
    result.dryRun = options.dryRun;
    QList<Planned> planned;
    for (const QString &file : files) {
        planned.append(plan(file, options));
    }
    std::stable_sort(planned.begin(), planned.end(),
                     [](const Planned &a, const Planned &b) { return rank(a.format) < rank(b.format); });

    // A dry run keeps everything in one transaction that is never committed; each file is a savepoint in it,
    // so later files see earlier ones exactly as in a real import.
    std::optional<Transaction> dryRun;
    if (options.dryRun) {
        dryRun.emplace(m_connection);
    }
    for (int i = 0; i < planned.size(); ++i) {
        if (result.cancelled || (cancel && cancel->load())) {
            result.cancelled = true;
            FileImportResult skipped;
            skipped.file = planned.at(i).given;
            skipped.format = planned.at(i).format;
            skipped.cancelled = true;
            result.files.append(skipped);
            continue;
        }
        FileImportResult file;
        try {
            file = importFile(planned.at(i), i, int(planned.size()), options, progress, cancel);
        } catch (const std::exception &error) {
            // Whatever the file held was rolled back by the transaction (or savepoint) going out of scope.
            file = FileImportResult{};
            file.file = planned.at(i).given;
            file.format = planned.at(i).format;
            file.errors.append(ImportIssue{file.file, 0, 0, unexpectedFailure(error)});
        }
        result.cancelled = file.cancelled;
        result.files.append(std::move(file));
    }
    return result;
}

FileImportResult Importer::importFile(const Planned &planned, int index, int count, const ImportOptions &options,
                                      const ImportProgressCallback &progress, const std::atomic_bool *cancel)
{
    FileImportResult result;
    result.file = planned.given;
    result.format = planned.format;
    if (!planned.openError.isEmpty()) {
        result.errors.append(ImportIssue{result.file, planned.openLine, planned.openColumn, planned.openError});
        return result;
    }
    QFile file(planned.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(
            ImportIssue{result.file, 0, 0,
                        QCoreApplication::translate("Import", "cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    // Mapping avoids copying large files; reading is the fallback where mapping is not possible.
    QByteArray readBytes;
    QByteArrayView bytes;
    if (file.size() > 0) {
        if (uchar *mapped = file.map(0, file.size())) {
            bytes = QByteArrayView(reinterpret_cast<const char *>(mapped), file.size());
        } else {
            readBytes = file.readAll();
            bytes = readBytes;
        }
    }
    ImportSource source{planned.path, bytes, QFileInfo(planned.path).lastModified()};

    ImportProgress start;
    start.fileIndex = index;
    start.fileCount = count;
    start.file = planned.given;
    start.bytesTotal = bytes.size();

    std::optional<Transaction> transaction;
    std::optional<Savepoint> savepoint;
    try {
        if (options.dryRun) {
            savepoint.emplace(m_connection);
        } else {
            transaction.emplace(m_connection); // waits for another writer's turn to end
        }
    } catch (const BusyError &error) {
        result.busy = true;
        result.errors.append(ImportIssue{result.file, 0, 0, error.message()});
        return result;
    }
    InteractionWriter writer(m_connection);
    FileImport sink(writer, result, source, options, start, progress, cancel);
    sink.reportProgress(0);
    try {
        if (isBlank(bytes)) {
            throw RecordError(1, 1, QCoreApplication::translate("Import", "the file is empty"));
        }
        makeParser(planned.format, options)->parse(source, sink);
        if (result.errors.isEmpty()) {
            if (sink.records() == 0) {
                sink.warning(0, QCoreApplication::translate("Import", "the file holds no interactions"));
            }
            if (cancel && cancel->load()) {
                throw ImportCancelled();
            }
            if (!options.dryRun) {
                writer.finish();
                // Rectification items waiting for their agent's next interactions draw them as they arrive.
                RectificationStore(m_connection).drawPendingInTransaction(QStringLiteral("import"),
                                                                          QDateTime::currentSecsSinceEpoch());
            }
        }
    } catch (const RecordError &error) {
        sink.error(error.line(), error.column(), error.message());
    } catch (const ImportCancelled &) {
        result.cancelled = true;
    } catch (const BusyError &error) {
        result.busy = true;
        result.errors.append(ImportIssue{result.file, 0, 0, error.message()});
    } catch (const std::exception &error) {
        sink.error(0, 0, unexpectedFailure(error));
    }
    if (result.errors.isEmpty() && !result.cancelled) {
        try {
            if (savepoint) {
                savepoint->release();
            } else {
                transaction->commit();
            }
            result.accepted = true;
        } catch (const Error &error) {
            result.busy = dynamic_cast<const BusyError *>(&error) != nullptr;
            result.errors.append(ImportIssue{result.file, 0, 0, error.message()});
        }
    }
    if (!result.accepted) {
        // Rolled back when the transaction or savepoint goes out of scope: nothing of this file was kept.
        result.imported = 0;
        result.duplicates = 0;
        result.turns = 0;
    }
    sink.reportProgress(bytes.size());
    return result;
}

} // namespace qadesk
