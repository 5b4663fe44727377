#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace qadesk {

// An RFC 4180 reader over decoded text: quoted fields may hold separators, line breaks and doubled quotes.
// Every field knows the physical line and column where it starts, so errors point at the right place even
// after multi-line fields. The separator is a comma, or a tab or semicolon when the header line uses those.
class CsvReader final
{
public:
    struct Field
    {
        QString text;
        int line = 0;
        int column = 0;
    };

    // Limits per record (documented in the README): beyond them next() throws RecordError at the record's start.
    static constexpr int kMaxFields = 10000;
    static constexpr qsizetype kMaxRecordChars = 32 * 1024 * 1024;

    explicit CsvReader(QStringView text);

    // Reads the next record into `fields`; false at the end of the text. An unterminated quoted field throws
    // RecordError at the line where it opens.
    bool next(QList<Field> &fields);
    int recordLine() const { return m_recordLine; }
    qsizetype position() const { return m_pos; }
    QChar separator() const { return m_separator; }
    // A record that is a blank line.
    static bool isBlank(const QList<Field> &fields);

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    int m_recordLine = 0;
    QChar m_separator = QLatin1Char(',');
};

} // namespace qadesk
