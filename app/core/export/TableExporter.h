#pragma once

#include "ExportTable.h"
#include "Progress.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace qadesk {

enum class ExportFormat { Csv, Xlsx };

// Writes a table row by row, so that exports of any size keep memory flat:
//  - CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Chinese right), RFC 4180 quoting, CRLF
//    line ends; text that a spreadsheet would run as a formula (starting with = + - @) is prefixed with ';
//  - XLSX through libxlsxwriter (constant-memory mode): typed cells, a formatted header row that stays
//    frozen, an autofilter.
// The target file is replaced only by commit(): a failure or cancellation leaves what was there before.
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    // Throws qadesk::Error when the file cannot be written.
    static std::unique_ptr<TableWriter> open(const QString &path, ExportFormat format, const QString &sheetName,
                                             const QList<ExportColumn> &columns);

    virtual void addRow(const QVariantList &row) = 0;
    virtual void commit() = 0;
    qint64 rowCount() const { return m_rows; }

protected:
    qint64 m_rows = 0;
};

// Whole-table conveniences over TableWriter, and the format names.
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
    // How often (in rows) long writers report progress.
    static constexpr qint64 ProgressEvery = 500;
};

} // namespace qadesk
