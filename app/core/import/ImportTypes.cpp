#include "ImportTypes.h"

#include <algorithm>

#include <array>
#include <utility>

namespace qadesk {

namespace {

constexpr std::array<std::pair<ImportFormat, const char *>, 8> kNames{{
    {ImportFormat::Auto, "auto"},
    {ImportFormat::Json, "json"},
    {ImportFormat::JsonLines, "jsonl"},
    {ImportFormat::CsvInteractions, "csv-interactions"},
    {ImportFormat::CsvTurns, "csv-turns"},
    {ImportFormat::WebVtt, "vtt"},
    {ImportFormat::Srt, "srt"},
    {ImportFormat::Text, "txt"},
}};

} // namespace

QString formatName(ImportFormat format)
{
    for (const auto &[value, name] : kNames) {
        if (value == format) {
            return QString::fromLatin1(name);
        }
    }
    return QString();
}

std::optional<ImportFormat> formatFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

QStringList formatNames()
{
    QStringList names;
    for (const auto &entry : kNames) {
        names << QString::fromLatin1(entry.second);
    }
    return names;
}

int ImportResult::imported() const
{
    int n = 0;
    for (const FileImportResult &file : files) {
        n += file.accepted ? file.imported : 0;
    }
    return n;
}

int ImportResult::duplicates() const
{
    int n = 0;
    for (const FileImportResult &file : files) {
        n += file.accepted ? file.duplicates : 0;
    }
    return n;
}

qint64 ImportResult::turns() const
{
    qint64 n = 0;
    for (const FileImportResult &file : files) {
        n += file.accepted ? file.turns : 0;
    }
    return n;
}

int ImportResult::rejectedFiles() const
{
    int n = 0;
    for (const FileImportResult &file : files) {
        n += (!file.accepted && !file.cancelled) ? 1 : 0;
    }
    return n;
}

bool ImportResult::allAccepted() const
{
    if (cancelled) {
        return false;
    }
    for (const FileImportResult &file : files) {
        if (!file.accepted) {
            return false;
        }
    }
    return true;
}

QList<ImportIssue> ImportResult::errors() const
{
    QList<ImportIssue> all;
    for (const FileImportResult &file : files) {
        all << file.errors;
    }
    return all;
}

QList<ImportIssue> ImportResult::warnings() const
{
    QList<ImportIssue> all;
    for (const FileImportResult &file : files) {
        all << file.warnings;
    }
    return all;
}

bool ImportResult::anyBusy() const
{
    return std::any_of(files.begin(), files.end(), [](const FileImportResult &file) { return file.busy; });
}

} // namespace qadesk
