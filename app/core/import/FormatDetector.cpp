#include "FormatDetector.h"

#include "CsvInteractionParser.h"
#include "CsvReader.h"
#include "ImportErrors.h"
#include "TranscriptBuilder.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace qadesk {

namespace {

QByteArrayView skipBomAndSpace(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        head = head.sliced(3);
    }
    qsizetype i = 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
        ++i;
    }
    return head.sliced(i);
}

QString headText(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder(head.sliced(2));
    }
    // Only the first lines matter here; a cut multi-byte character at the end is harmless.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(head);
    if (utf8.hasError()) {
        QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
        if (gb.isValid()) {
            text = gb(head);
        }
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

bool looksLikeSrt(const QString &text)
{
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    qsizetype i = 0;
    while (i < lines.size() && lines.at(i).trimmed().isEmpty()) {
        ++i;
    }
    if (i + 1 >= lines.size()) {
        return false;
    }
    bool number = false;
    const qint64 index = lines.at(i).trimmed().toLongLong(&number);
    Q_UNUSED(index)
    const QStringView timing = lines.at(i + 1).trimmed();
    const qsizetype arrow = timing.indexOf(QLatin1String("-->"));
    return number && arrow > 0 && TranscriptBuilder::clockTime(timing.first(arrow));
}

std::optional<ImportFormat> csvKind(const QString &text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    CsvReader reader(firstLine);
    QList<CsvReader::Field> fields;
    try {
        if (!reader.next(fields) || fields.size() < 2) {
            return std::nullopt;
        }
    } catch (const RecordError &) {
        // A first line that is not well-formed CSV (e.g. a transcript line holding `,"`) is not a CSV header;
        // detection only looks, it never rejects.
        return std::nullopt;
    }
    QStringList names;
    for (const CsvReader::Field &field : fields) {
        names << field.text;
    }
    const QStringList keys = csvHeaderKeys(names);
    if (!keys.contains(QLatin1String("external_id"))) {
        return std::nullopt;
    }
    if (keys.contains(QLatin1String("speaker")) && keys.contains(QLatin1String("text"))) {
        return ImportFormat::CsvTurns;
    }
    return ImportFormat::CsvInteractions;
}

} // namespace

ImportFormat FormatDetector::detect(const QString &path, QByteArrayView head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QByteArrayView start = skipBomAndSpace(head);
    if (start.startsWith("WEBVTT")) {
        return ImportFormat::WebVtt;
    }
    if (start.startsWith("{") || (start.startsWith("[") && skipBomAndSpace(start.sliced(1)).size() > 0 &&
                                  QByteArrayView("{]").contains(skipBomAndSpace(start.sliced(1)).front()))) {
        return suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ? ImportFormat::JsonLines
                                                                                     : ImportFormat::Json;
    }
    if (start.isEmpty() && (suffix == QLatin1String("json"))) {
        return ImportFormat::Json;
    }
    const QString text = headText(head);
    if (looksLikeSrt(text)) {
        return ImportFormat::Srt;
    }
    if (const auto csv = csvKind(text)) {
        return *csv;
    }
    if (suffix == QLatin1String("json")) {
        return ImportFormat::Json;
    }
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")) {
        return ImportFormat::JsonLines;
    }
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        return ImportFormat::CsvInteractions; // its parser explains what the header lacks
    }
    if (suffix == QLatin1String("vtt")) {
        return ImportFormat::WebVtt;
    }
    if (suffix == QLatin1String("srt")) {
        return ImportFormat::Srt;
    }
    return ImportFormat::Text;
}

} // namespace qadesk
