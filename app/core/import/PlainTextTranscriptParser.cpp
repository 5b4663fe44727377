#include "PlainTextTranscriptParser.h"

#include "FieldRules.h"
#include "ImportErrors.h"
#include "TextDecoder.h"
#include "TranscriptBuilder.h"
#include "TranscriptLines.h"

#include <QCoreApplication>

namespace qadesk {

namespace {

struct TimedLine
{
    bool timed = false;
    bool badTime = false;
    bool wallClock = false; // a time of day (with a date): counted from the first one in the file
    std::optional<qint64> startMs;
    QStringView rest;
};

// "[00:01:05] 客服: …", "[01:05.5] …", "00:01:05 客服: …", or a time of day "[2024-03-05 09:15:02] 客服: …".
TimedLine splitTime(QStringView line)
{
    TimedLine result;
    result.rest = line.trimmed();
    if (result.rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = result.rest.indexOf(QLatin1Char(']'));
        if (close > 1) {
            const QStringView inside = result.rest.sliced(1, close - 1).trimmed();
            if (inside.contains(QLatin1Char(':')) && !inside.isEmpty() && inside.front().isDigit()) {
                result.timed = true;
                result.startMs = TranscriptBuilder::clockTime(inside);
                if (!result.startMs && inside.size() > 8) {
                    result.startMs = FieldRules::wallClockMilliseconds(inside);
                    result.wallClock = result.startMs.has_value();
                }
                result.badTime = !result.startMs;
                result.rest = result.rest.sliced(close + 1).trimmed();
            }
        }
        return result;
    }
    const qsizetype space = result.rest.indexOf(QLatin1Char(' '));
    if (space > 0 && result.rest.first(space).count(QLatin1Char(':')) == 2 && result.rest.front().isDigit()) {
        if (const auto ms = TranscriptBuilder::clockTime(result.rest.first(space))) {
            result.timed = true;
            result.startMs = ms;
            result.rest = result.rest.sliced(space + 1).trimmed();
        }
    }
    return result;
}

} // namespace

void PlainTextTranscriptParser::parse(const ImportSource &source, RecordSink &sink)
{
    const DecodedText decoded = TextDecoder::decode(source.bytes, true);
    if (!decoded.warning.isEmpty()) {
        sink.warning(decoded.warningLine, decoded.warning);
    }
    const QList<QStringView> lines = splitLines(decoded.text);
    TranscriptBuilder builder(source, m_options, sink);
    bool inHeader = true;
    for (qsizetype i = 0; i < lines.size() && sink.wantsMore(); ++i) {
        const QStringView line = lines.at(i);
        const int lineNumber = int(i) + 1;
        if (isBlank(line)) {
            continue;
        }
        if (inHeader) {
            if (builder.headerLine(line, lineNumber)) {
                continue;
            }
            if (line.trimmed().startsWith(QLatin1Char('#'))) {
                continue; // a comment in the header
            }
            inHeader = false;
        }
        const TimedLine timed = splitTime(line);
        if (timed.badTime) {
            sink.error(lineNumber, 2,
                       QCoreApplication::translate("Import", "impossible time '%1' (expected [hh:mm:ss] or [mm:ss])")
                           .arg(excerpt(line.trimmed().sliced(1, line.trimmed().indexOf(QLatin1Char(']')) - 1))));
            continue;
        }
        const auto startMs = timed.wallClock ? builder.sinceFirstClock(*timed.startMs) : timed.startMs;
        builder.textLine(timed.rest, startMs, timed.timed, lineNumber);
        if ((i & 1023) == 0) {
            sink.progress(qint64(double(i) / double(lines.size()) * double(source.bytes.size())));
        }
    }
    builder.finish(QCoreApplication::translate(
        "Import", "no turns found: no line names a known speaker (expected lines like '客服：text' or "
                  "'[00:00:03] 客户: text')"));
}

} // namespace qadesk
