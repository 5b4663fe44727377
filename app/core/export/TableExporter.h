#pragma once

#include "ExportTable.h"
#include "Progress.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qadesk {

enum class ExportFormat { Csv, Xlsx };

// Writes an ExportTable as
//  - CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Chinese right), RFC 4180 quoting, CRLF
//    line ends; text that a spreadsheet would run as a formula (starting with = + - @) is prefixed with ';
//  - XLSX through libxlsxwriter: typed cells, a formatted header row that stays frozen, an autofilter.
// The file is replaced only when complete: a failure or cancellation leaves what was there before.
class TableExporter final
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    static void write(const ExportTable &table, const QString &path, ExportFormat format,
                      const ProgressCallback &progress = {});
    static void writeCsv(const ExportTable &table, const QString &path, const ProgressCallback &progress = {});
    static void writeXlsx(const ExportTable &table, const QString &path, const ProgressCallback &progress = {});

    // "csv", "xlsx"
    static std::optional<ExportFormat> formatFromName(const QString &name);
    // From the file name's suffix.
    static std::optional<ExportFormat> formatFromPath(const QString &path);
    // One CSV field, quoted when it must be.
    static QString csvField(const QString &text);
};

} // namespace qadesk
