#include "CsvReader.h"

#include "ImportErrors.h"

#include <QCoreApplication>

namespace qadesk {

namespace {

QChar detectSeparator(QStringView text)
{
    // Count candidates on the header line, outside quotes.
    int commas = 0;
    int tabs = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == QLatin1Char('\n')) {
                break;
            }
            commas += c == QLatin1Char(',');
            tabs += c == QLatin1Char('\t');
            semicolons += c == QLatin1Char(';');
        }
    }
    if (tabs > commas && tabs >= semicolons) {
        return QLatin1Char('\t');
    }
    if (semicolons > commas) {
        return QLatin1Char(';');
    }
    return QLatin1Char(',');
}

} // namespace

CsvReader::CsvReader(QStringView text) : m_text(text), m_separator(detectSeparator(text)) {}

bool CsvReader::isBlank(const QList<Field> &fields)
{
    return fields.size() == 1 && fields.first().text.trimmed().isEmpty();
}

bool CsvReader::next(QList<Field> &fields)
{
    fields.clear();
    if (m_pos >= m_text.size()) {
        return false;
    }
    m_recordLine = m_line;
    const qsizetype size = m_text.size();
    const qsizetype recordStart = m_pos;
    const int recordColumn = int(m_pos - m_lineStart) + 1;
    // Memory per record is bounded: a row of millions of empty cells, or one endless quoted field, is refused
    // at the limit instead of being held (README, import limits).
    const auto tooLong = [&] {
        return RecordError(m_recordLine, recordColumn,
                           QCoreApplication::translate("Import", "the record is longer than %1 characters, the "
                                                                 "limit for one CSV record")
                               .arg(kMaxRecordChars));
    };
    for (;;) {
        if (fields.size() >= kMaxFields) {
            throw RecordError(m_recordLine, recordColumn,
                              QCoreApplication::translate("Import", "the record has more than %1 fields, the limit "
                                                                    "for one CSV record")
                                  .arg(kMaxFields));
        }
        Field field;
        field.line = m_line;
        field.column = int(m_pos - m_lineStart) + 1;
        if (m_pos < size && m_text[m_pos] == QLatin1Char('"')) {
            ++m_pos;
            for (;;) {
                if (m_pos >= size) {
                    throw RecordError(
                        field.line, field.column,
                        QCoreApplication::translate("Import", "a quoted field is not closed (missing '\"')"));
                }
                const QChar c = m_text[m_pos];
                if (c == QLatin1Char('"')) {
                    if (m_pos + 1 < size && m_text[m_pos + 1] == QLatin1Char('"')) {
                        field.text += QLatin1Char('"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == QLatin1Char('\n')) {
                    ++m_line;
                    m_lineStart = m_pos + 1;
                }
                if (m_pos - recordStart > kMaxRecordChars) {
                    throw tooLong();
                }
                field.text += c; // kept as given, CR LF included
                ++m_pos;
            }
            // Spreadsheets sometimes pad after the closing quote.
            while (m_pos < size && m_text[m_pos] == QLatin1Char(' ')) {
                ++m_pos;
            }
            if (m_pos < size && m_text[m_pos] != m_separator && m_text[m_pos] != QLatin1Char('\n') &&
                m_text[m_pos] != QLatin1Char('\r')) {
                throw RecordError(
                    m_line, int(m_pos - m_lineStart) + 1,
                    QCoreApplication::translate("Import", "unexpected text after a closing quote "
                                                          "(expected '%1' or the end of the line)")
                        .arg(m_separator == QLatin1Char('\t') ? QStringLiteral("\\t") : QString(m_separator)));
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size) {
                const QChar c = m_text[m_pos];
                if (c == m_separator || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                    break;
                }
                ++m_pos;
            }
            field.text = m_text.sliced(start, m_pos - start).toString();
        }
        if (m_pos - recordStart > kMaxRecordChars) {
            throw tooLong();
        }
        fields.append(std::move(field));
        if (m_pos >= size) {
            return true;
        }
        const QChar c = m_text[m_pos];
        if (c == m_separator) {
            ++m_pos;
            continue;
        }
        // End of record: LF, CRLF or a lone CR.
        if (c == QLatin1Char('\r')) {
            ++m_pos;
        }
        if (m_pos < size && m_text[m_pos] == QLatin1Char('\n')) {
            ++m_pos;
        }
        ++m_line;
        m_lineStart = m_pos;
        return true;
    }
}

} // namespace qadesk
