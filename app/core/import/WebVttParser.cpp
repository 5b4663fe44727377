#include "WebVttParser.h"

#include "ImportErrors.h"
#include "TextDecoder.h"
#include "TranscriptBuilder.h"
#include "TranscriptLines.h"

#include <QCoreApplication>

namespace qadesk {

namespace {

bool startsBlock(QStringView line, QLatin1String keyword)
{
    return line.startsWith(keyword) && (line.size() == keyword.size() || line[keyword.size()] == QLatin1Char(' ') ||
                                        line[keyword.size()] == QLatin1Char('\t'));
}

} // namespace

void WebVttParser::parse(const ImportSource &source, RecordSink &sink)
{
    const DecodedText decoded = TextDecoder::decode(source.bytes, true);
    if (!decoded.warning.isEmpty()) {
        sink.warning(decoded.warningLine, decoded.warning);
    }
    const QList<QStringView> lines = splitLines(decoded.text);
    if (lines.isEmpty() || !startsBlock(lines.first(), QLatin1String("WEBVTT"))) {
        throw RecordError(
            1, 1, QCoreApplication::translate("Import", "expected 'WEBVTT' on the first line of a WebVTT file"));
    }
    TranscriptBuilder builder(source, m_options, sink);
    qsizetype i = 1;
    for (; i < lines.size() && !isBlank(lines.at(i)); ++i) {
        builder.headerLine(lines.at(i), int(i) + 1);
    }
    while (i < lines.size() && sink.wantsMore()) {
        if (isBlank(lines.at(i))) {
            ++i;
            continue;
        }
        QStringView line = lines.at(i);
        if (startsBlock(line, QLatin1String("NOTE"))) {
            builder.headerLine(line.sliced(4), int(i) + 1);
            for (++i; i < lines.size() && !isBlank(lines.at(i)); ++i) {
                builder.headerLine(lines.at(i), int(i) + 1);
            }
            continue;
        }
        if (startsBlock(line, QLatin1String("STYLE")) || startsBlock(line, QLatin1String("REGION"))) {
            while (i < lines.size() && !isBlank(lines.at(i))) {
                ++i;
            }
            continue;
        }
        if (!line.contains(QLatin1String("-->"))) {
            ++i; // a cue identifier
            if (i >= lines.size() || isBlank(lines.at(i))) {
                sink.error(int(i), 1,
                           QCoreApplication::translate(
                               "Import", "expected a cue timing line 'hh:mm:ss.ttt --> hh:mm:ss.ttt' after '%1'")
                               .arg(excerpt(line)));
                continue;
            }
            line = lines.at(i);
        }
        const int timingLine = int(i) + 1;
        const qsizetype arrow = line.indexOf(QLatin1String("-->"));
        const auto start = arrow >= 0 ? TranscriptBuilder::clockTime(line.first(arrow)) : std::nullopt;
        QStringView afterArrow = arrow >= 0 ? line.sliced(arrow + 3).trimmed() : QStringView();
        const qsizetype space = afterArrow.indexOf(QLatin1Char(' '));
        const auto end = TranscriptBuilder::clockTime(space >= 0 ? afterArrow.first(space) : afterArrow);
        ++i;
        if (!start || !end) {
            sink.error(timingLine, 1,
                       QCoreApplication::translate(
                           "Import", "expected a cue timing line 'hh:mm:ss.ttt --> hh:mm:ss.ttt', found '%1'")
                           .arg(excerpt(line)));
            while (i < lines.size() && !isBlank(lines.at(i))) {
                ++i;
            }
            continue;
        }
        if (*end < *start) {
            sink.error(timingLine, 1, QCoreApplication::translate("Import", "the cue ends before it starts"));
        }
        bool first = true;
        for (; i < lines.size() && !isBlank(lines.at(i)); ++i) {
            builder.cueLine(lines.at(i), start, end, first, int(i) + 1);
            first = false;
        }
        sink.progress(qint64(double(i) / double(lines.size()) * double(source.bytes.size())));
    }
    builder.finish(QCoreApplication::translate(
        "Import", "no cues with a known speaker found (expected cues with <v 客服> voice tags or '客服: ' labels)"));
}

} // namespace qadesk
