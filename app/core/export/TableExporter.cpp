#include "TableExporter.h"

#include "Error.h"
#include "FilePermissions.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <optional>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace qadesk {

namespace {

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

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("TableExporter", "Cannot write %1: %2").arg(path, why);
}

class CsvTableWriter final : public TableWriter
{
public:
    CsvTableWriter(const QString &path, const QList<ExportColumn> &columns)
        : m_file(path)
        , m_columns(columns)
    {
        const bool existed = QFileInfo::exists(path);
        if (!m_file.open(QIODevice::WriteOnly)) {
            throw Error(cannotWrite(path, m_file.errorString()));
        }
        if (!existed) {
            m_file.setPermissions(FilePermissions::kPrivateFile); // QSaveFile would follow the umask
        }
        m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
        QStringList fields;
        for (const ExportColumn &column : columns) {
            fields << TableExporter::csvField(column.title);
        }
        m_buffer += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }

    void addRow(const QVariantList &row) override
    {
        QStringList fields;
        fields.reserve(m_columns.size());
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            fields << TableExporter::csvField(csvText(m_columns.at(c), row.value(c)));
        }
        m_buffer += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (m_buffer.size() > (1 << 20)) {
            flush();
        }
        ++m_rows;
    }

    void commit() override
    {
        flush();
        if (!m_file.commit()) {
            throw Error(cannotWrite(m_file.fileName(), m_file.errorString()));
        }
    }

private:
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size()) {
            throw Error(cannotWrite(m_file.fileName(), m_file.errorString()));
        }
        m_buffer.clear();
    }

    QSaveFile m_file;
    QList<ExportColumn> m_columns;
    QByteArray m_buffer;
};

class XlsxTableWriter final : public TableWriter
{
public:
    XlsxTableWriter(const QString &path, const QString &sheetName, const QList<ExportColumn> &columns);
    ~XlsxTableWriter() override
    {
        if (m_workbook) {
            workbook_close(m_workbook); // writing stopped early: the temporary file goes with m_temporary
        }
        if (m_unnamed >= 0) {
            ::close(m_unnamed); // an unnamed file vanishes with its last descriptor, also after kill -9
        }
    }
    void addRow(const QVariantList &row) override;
    void commit() override;

private:
    QString m_path;
    QTemporaryFile m_temporary; // only where the folder's file system has no unnamed files
    int m_unnamed = -1;         // an O_TMPFILE descriptor: nothing named exists until the file is complete
    QByteArray m_temporaryName;
    QByteArray m_tmpdir;
    QByteArray m_title;
    QByteArray m_author;
    QList<ExportColumn> m_columns;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_worksheet = nullptr;
    QList<lxw_format *> m_formats;
};

XlsxTableWriter::XlsxTableWriter(const QString &path, const QString &sheetName, const QList<ExportColumn> &columns)
    : m_path(path)
    , m_columns(columns)
{
    // libxlsxwriter writes a named file; it goes next to the target and replaces it only when complete.
    // Preferably as an unnamed file in the target's folder (Linux O_TMPFILE), reached by its /proc path: a
    // killed export then leaves nothing behind; elsewhere a hidden ".NAME.XXXXXX.part" file.
    const QFileInfo target(path);
    m_unnamed = ::open(QFile::encodeName(target.absolutePath()).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (m_unnamed >= 0) {
        m_temporaryName = QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(m_unnamed);
    } else {
        m_temporary.setFileTemplate(
            target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
        if (!m_temporary.open()) {
            throw Error(cannotWrite(path, m_temporary.errorString()));
        }
        m_temporary.close();
        m_temporaryName = QFile::encodeName(m_temporary.fileName());
    }
    m_tmpdir = QFile::encodeName(QDir::tempPath());

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows stream to disk: a 100,000-row export stays small in memory
    options.tmpdir = m_tmpdir.data();
    m_workbook = workbook_new_opt(m_temporaryName.constData(), &options);
    if (!m_workbook) {
        throw Error(cannotWrite(path, QCoreApplication::translate("TableExporter", "the workbook could not be created")));
    }
    m_title = utf8(sheetName);
    m_author = QByteArrayLiteral("QA Desk");
    lxw_doc_properties properties{};
    properties.title = m_title.data();
    properties.author = m_author.data();
    workbook_set_properties(m_workbook, &properties);

    // Sheet names: at most 31 characters and none of []:*?/\ .
    QString name = sheetName.left(31);
    name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    const QByteArray sheet = utf8(name.isEmpty() ? QStringLiteral("Sheet1") : name);
    m_worksheet = workbook_add_worksheet(m_workbook, sheet.constData());

    lxw_format *header = workbook_add_format(m_workbook);
    format_set_bold(header);
    format_set_font_color(header, 0xFFFFFF);
    format_set_bg_color(header, 0x1F4E79);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_border_color(header, 0xB4BBC5);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *dateTimeFormat = workbook_add_format(m_workbook);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm");
    lxw_format *integerFormat = workbook_add_format(m_workbook);
    format_set_num_format(integerFormat, "0");
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const ExportColumn &column = columns.at(c);
        lxw_format *format = nullptr;
        switch (column.type) {
        case CellType::Number:
            format = workbook_add_format(m_workbook);
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
        m_formats << format;
        worksheet_set_column(m_worksheet, lxw_col_t(c), lxw_col_t(c), column.width, nullptr);
    }
    worksheet_set_row(m_worksheet, 0, 30, nullptr);
    worksheet_freeze_panes(m_worksheet, 1, 0);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        worksheet_write_string(m_worksheet, 0, lxw_col_t(c), utf8(columns.at(c).title).constData(), header);
    }
}

void XlsxTableWriter::addRow(const QVariantList &row)
{
    const lxw_row_t r = lxw_row_t(m_rows + 1);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const QVariant value = row.value(c);
        if (value.isNull() || !value.isValid()) {
            continue;
        }
        const ExportColumn &column = m_columns.at(c);
        const lxw_col_t col = lxw_col_t(c);
        lxw_format *format = m_formats.at(c);
        if ((column.type == CellType::Integer || column.type == CellType::Number) && isNumeric(value)) {
            worksheet_write_number(m_worksheet, r, col, value.toDouble(), format);
        } else if (column.type == CellType::Date && value.typeId() == QMetaType::QDate) {
            const QDate d = value.toDate();
            lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
            worksheet_write_datetime(m_worksheet, r, col, &when, format);
        } else if (column.type == CellType::DateTime && value.typeId() == QMetaType::QDateTime) {
            const QDateTime t = value.toDateTime();
            lxw_datetime when{t.date().year(), t.date().month(), t.date().day(), t.time().hour(), t.time().minute(),
                              double(t.time().second())};
            worksheet_write_datetime(m_worksheet, r, col, &when, format);
        } else if (column.type == CellType::Boolean && value.typeId() == QMetaType::Bool) {
            worksheet_write_boolean(m_worksheet, r, col, value.toBool(), nullptr);
        } else {
            // Strings go in as they are: an XLSX string cell is never run as a formula.
            worksheet_write_string(m_worksheet, r, col, utf8(value.toString()).constData(), nullptr);
        }
    }
    ++m_rows;
}

void XlsxTableWriter::commit()
{
    if (!m_columns.isEmpty()) {
        worksheet_autofilter(m_worksheet, 0, 0, lxw_row_t(m_rows), lxw_col_t(m_columns.size() - 1));
    }
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (result != LXW_NO_ERROR) {
        throw Error(cannotWrite(m_path, QString::fromUtf8(lxw_strerror(result))));
    }
    // The temporary file is owner-only; a file being replaced passes its permissions on.
    const QFileInfo previous(m_path);
    const QFileDevice::Permissions keep = previous.exists() ? previous.permissions() : FilePermissions::kPrivateFile;
    const QByteArray target = QFile::encodeName(QFileInfo(m_path).absoluteFilePath());
    QByteArray finished = QFile::encodeName(m_temporary.fileName());
    if (m_unnamed >= 0) {
        // Named only now, complete, under a hidden name, then renamed over the target in one step.
        finished = target + ".part-" + QByteArray::number(qint64(::getpid()));
        ::unlink(finished.constData());
        if (::linkat(AT_FDCWD, m_temporaryName.constData(), AT_FDCWD, finished.constData(), AT_SYMLINK_FOLLOW) != 0) {
            throw Error(cannotWrite(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    if (std::rename(finished.constData(), target.constData()) != 0) {
        ::unlink(finished.constData());
        throw Error(cannotWrite(m_path, QCoreApplication::translate("TableExporter",
                                                                    "the finished file could not be moved into place")));
    }
    m_temporary.setAutoRemove(false);
    QFile::setPermissions(m_path, keep);
}

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

std::unique_ptr<TableWriter> TableWriter::open(const QString &path, ExportFormat format, const QString &sheetName,
                                               const QList<ExportColumn> &columns)
{
    if (format == ExportFormat::Csv) {
        return std::make_unique<CsvTableWriter>(path, columns);
    }
    return std::make_unique<XlsxTableWriter>(path, sheetName, columns);
}

void TableExporter::write(const ExportTable &table, const QString &path, ExportFormat format,
                          const ProgressCallback &progress)
{
    const std::unique_ptr<TableWriter> writer = TableWriter::open(path, format, table.sheetName, table.columns);
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        if (i % ProgressEvery == 0) {
            reportProgress(progress, i, total);
        }
        writer->addRow(table.rows.at(i));
    }
    reportProgress(progress, total, total);
    writer->commit();
}

void TableExporter::writeCsv(const ExportTable &table, const QString &path, const ProgressCallback &progress)
{
    write(table, path, ExportFormat::Csv, progress);
}

void TableExporter::writeXlsx(const ExportTable &table, const QString &path, const ProgressCallback &progress)
{
    write(table, path, ExportFormat::Xlsx, progress);
}

} // namespace qadesk
