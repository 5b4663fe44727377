#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qadesk {

// The input formats of DESIGN §4.2. Auto means: decide by content and extension.
enum class ImportFormat
{
    Auto,
    Json,
    JsonLines,
    CsvInteractions,
    CsvTurns,
    WebVtt,
    Srt,
    Text
};

// The names used by `qadesk-cli import --format` and in results: auto, json, jsonl, csv-interactions, …
QString formatName(ImportFormat format);
std::optional<ImportFormat> formatFromName(const QString &name);
QStringList formatNames();

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    bool dryRun = false;          // validate everything, write nothing
    bool maskPersonalData = true; // phone, ID-card and bank-card numbers in turn text and customer fields
    QString recordingsRoot;       // recordings may also lie under this folder (besides the imported file's)
    int maxErrorsPerFile = 50;    // a rejected file reports at most this many errors
    int progressIntervalMs = 100; // how often the progress callback is called at most
};

// One error or warning, where it is: line and column are 1-based; 0 when the problem concerns the whole file.
struct ImportIssue
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
};

struct FileImportResult
{
    QString file;
    ImportFormat format = ImportFormat::Auto;
    bool accepted = false;  // committed (or, in a dry run, would have been)
    bool cancelled = false; // stopped by the user; rolled back
    bool busy = false;      // the database stayed locked by another writer: nothing kept, the file is not at fault
    int imported = 0;       // interactions created, or transcripts attached to an existing interaction
    int duplicates = 0;     // records whose external_id was already there (or already had a transcript)
    qint64 turns = 0;       // turns written
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;
};

struct ImportResult
{
    QList<FileImportResult> files;
    bool cancelled = false;
    bool dryRun = false;

    int imported() const;
    int duplicates() const;
    bool anyBusy() const;
    qint64 turns() const;
    int rejectedFiles() const;
    bool allAccepted() const; // every file imported (none rejected, nothing cancelled)
    QList<ImportIssue> errors() const;
    QList<ImportIssue> warnings() const;
};

struct ImportProgress
{
    int fileIndex = 0; // 0-based
    int fileCount = 0;
    QString file;
    qint64 bytesDone = 0; // within the current file
    qint64 bytesTotal = 0;
    qint64 records = 0; // records read so far in the current file
};

using ImportProgressCallback = std::function<void(const ImportProgress &)>;

} // namespace qadesk
