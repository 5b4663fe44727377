#include "TableExporter.h"

#include "Error.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace qadesk {

namespace {

constexpr qint64 ProgressEvery = 500;
// Excel's limit for one cell.
constexpr qsizetype MaxCellText = 32767;

bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// Text a spreadsheet would evaluate as a formula (CSV injection); the leading ' keeps it text.
QString defused(const QString &text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front())) {
        return QLatin1Char('\'') + text;
    }
    return text;
}

QString csvText(const ExportColumn &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    switch (column.type) {
    case CellType::Integer:
        if (isNumeric(value)) {
            return QString::number(value.toLongLong());
        }
        break;
    case CellType::Number:
        if (isNumeric(value)) {
            return QString::number(value.toDouble(), 'f', column.decimals);
        }
        break;
    case CellType::Date:
        if (value.typeId() == QMetaType::QDate) {
            return value.toDate().toString(Qt::ISODate);
        }
        break;
    case CellType::DateTime:
        if (value.typeId() == QMetaType::QDateTime) {
            return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        break;
    case CellType::Boolean:
        if (value.typeId() == QMetaType::Bool) {
            return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        }
        break;
    case CellType::Text:
        break;
    }
    return defused(value.toString());
}

QByteArray utf8(const QString &text)
{
    return text.left(MaxCellText).toUtf8();
}

QString numberFormat(int decimals)
{
    return decimals <= 0 ? QStringLiteral("0") : QStringLiteral("0.") + QString(decimals, QLatin1Char('0'));
}

// Frees the workbook if writing stops early (an error or a cancellation).
struct WorkbookGuard
{
    lxw_workbook *workbook = nullptr;
    ~WorkbookGuard()
    {
        if (workbook) {
            workbook_close(workbook);
        }
    }
};

} // namespace

QString TableExporter::csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

std::optional<ExportFormat> TableExporter::formatFromName(const QString &name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        return ExportFormat::Csv;
    }
    if (name.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        return ExportFormat::Xlsx;
    }
    return std::nullopt;
}

std::optional<ExportFormat> TableExporter::formatFromPath(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

void TableExporter::write(const ExportTable &table, const QString &path, ExportFormat format,
                          const ProgressCallback &progress)
{
    if (format == ExportFormat::Csv) {
        writeCsv(table, path, progress);
    } else {
        writeXlsx(table, path, progress);
    }
}

void TableExporter::writeCsv(const ExportTable &table, const QString &path, const ProgressCallback &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    QByteArray out("\xEF\xBB\xBF");
    QStringList fields;
    for (const ExportColumn &column : table.columns) {
        fields << csvField(column.title);
    }
    out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        if (i % ProgressEvery == 0) {
            reportProgress(progress, i, total);
            file.write(out);
            out.clear();
        }
        const QVariantList &row = table.rows.at(i);
        fields.clear();
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            fields << csvField(csvText(table.columns.at(c), row.value(c)));
        }
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    file.write(out);
    reportProgress(progress, total, total);
    if (!file.commit()) {
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

void TableExporter::writeXlsx(const ExportTable &table, const QString &path, const ProgressCallback &progress)
{
    // libxlsxwriter writes a named file; it goes next to the target and replaces it only when complete.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temporary.open()) {
        throw Error(tr("Cannot write %1: %2").arg(path, temporary.errorString()));
    }
    temporary.close();
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows stream to disk: a 100,000-row export stays small in memory
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    WorkbookGuard guard{workbook_new_opt(temporaryName.constData(), &options)};
    if (!guard.workbook) {
        throw Error(tr("Cannot write %1.").arg(path));
    }
    lxw_workbook *workbook = guard.workbook;
    const QByteArray title = utf8(table.sheetName);
    const QByteArray author = QByteArrayLiteral("QA Desk");
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>(author.constData());
    workbook_set_properties(workbook, &properties);

    // Sheet names: at most 31 characters and none of []:*?/\ .
    QString sheetName = table.sheetName.left(31);
    sheetName.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    const QByteArray sheet = utf8(sheetName.isEmpty() ? QStringLiteral("Sheet1") : sheetName);
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheet.constData());

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_font_color(header, 0xFFFFFF);
    format_set_bg_color(header, 0x1F4E79);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_border_color(header, 0xB4BBC5);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *dateTimeFormat = workbook_add_format(workbook);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm");
    lxw_format *integerFormat = workbook_add_format(workbook);
    format_set_num_format(integerFormat, "0");
    QList<lxw_format *> columnFormats;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &column = table.columns.at(c);
        lxw_format *format = nullptr;
        switch (column.type) {
        case CellType::Number:
            format = workbook_add_format(workbook);
            format_set_num_format(format, numberFormat(column.decimals).toLatin1().constData());
            break;
        case CellType::Integer:
            format = integerFormat;
            break;
        case CellType::Date:
            format = dateFormat;
            break;
        case CellType::DateTime:
            format = dateTimeFormat;
            break;
        default:
            break;
        }
        columnFormats << format;
        worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), column.width, nullptr);
    }
    worksheet_set_row(worksheet, 0, 30, nullptr);
    worksheet_freeze_panes(worksheet, 1, 0);
    if (!table.columns.isEmpty()) {
        worksheet_autofilter(worksheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.columns.size() - 1));
    }
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        worksheet_write_string(worksheet, 0, lxw_col_t(c), utf8(table.columns.at(c).title).constData(), header);
    }

    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        if (i % ProgressEvery == 0) {
            reportProgress(progress, i, total);
        }
        const QVariantList &row = table.rows.at(i);
        const lxw_row_t r = lxw_row_t(i + 1);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QVariant value = row.value(c);
            if (value.isNull() || !value.isValid()) {
                continue;
            }
            const ExportColumn &column = table.columns.at(c);
            const lxw_col_t col = lxw_col_t(c);
            lxw_format *format = columnFormats.at(c);
            if ((column.type == CellType::Integer || column.type == CellType::Number) && isNumeric(value)) {
                worksheet_write_number(worksheet, r, col, value.toDouble(), format);
            } else if (column.type == CellType::Date && value.typeId() == QMetaType::QDate) {
                const QDate d = value.toDate();
                lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(worksheet, r, col, &when, format);
            } else if (column.type == CellType::DateTime && value.typeId() == QMetaType::QDateTime) {
                const QDateTime t = value.toDateTime();
                lxw_datetime when{t.date().year(), t.date().month(), t.date().day(), t.time().hour(),
                                  t.time().minute(), double(t.time().second())};
                worksheet_write_datetime(worksheet, r, col, &when, format);
            } else if (column.type == CellType::Boolean && value.typeId() == QMetaType::Bool) {
                worksheet_write_boolean(worksheet, r, col, value.toBool(), nullptr);
            } else {
                // Strings go in as they are: an XLSX string cell is never run as a formula.
                worksheet_write_string(worksheet, r, col, utf8(value.toString()).constData(), nullptr);
            }
        }
    }
    reportProgress(progress, total, total);
    const lxw_error result = workbook_close(guard.workbook);
    guard.workbook = nullptr;
    if (result != LXW_NO_ERROR) {
        throw Error(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result))));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary.fileName(), path)) {
        throw Error(tr("Cannot write %1: the finished file could not be moved into place.").arg(path));
    }
    temporary.setAutoRemove(false);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther);
}

} // namespace qadesk
