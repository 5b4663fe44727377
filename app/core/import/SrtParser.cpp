#include "SrtParser.h"

#include "ImportErrors.h"
#include "TextDecoder.h"
#include "TranscriptBuilder.h"
#include "TranscriptLines.h"

#include <QCoreApplication>

namespace qadesk {

namespace {

bool isCueNumber(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty()) {
        return false;
    }
    for (const QChar c : line) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

} // namespace

void SrtParser::parse(const ImportSource &source, RecordSink &sink)
{
    const DecodedText decoded = TextDecoder::decode(source.bytes, true);
    if (!decoded.warning.isEmpty()) {
        sink.warning(decoded.warningLine, decoded.warning);
    }
    const QList<QStringView> lines = splitLines(decoded.text);
    TranscriptBuilder builder(source, m_options, sink);
    qsizetype i = 0;
    // Metadata lines may come before the first cue.
    for (; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        if (isBlank(line)) {
            continue;
        }
        if (isCueNumber(line) || line.contains(QLatin1String("-->")) || !builder.headerLine(line, int(i) + 1)) {
            break;
        }
    }
    while (i < lines.size() && sink.wantsMore()) {
        if (isBlank(lines.at(i))) {
            ++i;
            continue;
        }
        if (isCueNumber(lines.at(i))) {
            ++i;
            if (i >= lines.size()) {
                // Named at the number's own line: the file has no line after it.
                sink.error(int(i), 1,
                           QCoreApplication::translate("Import", "the file ends after the subtitle number '%1' "
                                                                 "(expected a time line 'hh:mm:ss,mmm --> "
                                                                 "hh:mm:ss,mmm' after it)")
                               .arg(excerpt(lines.at(i - 1).trimmed())));
                break;
            }
        }
        const int timingLine = int(i) + 1;
        const QStringView line = lines.at(i);
        const qsizetype arrow = line.indexOf(QLatin1String("-->"));
        const auto start = arrow >= 0 ? TranscriptBuilder::clockTime(line.first(arrow)) : std::nullopt;
        QStringView afterArrow = arrow >= 0 ? line.sliced(arrow + 3).trimmed() : QStringView();
        const qsizetype space = afterArrow.indexOf(QLatin1Char(' '));
        const auto end = TranscriptBuilder::clockTime(space >= 0 ? afterArrow.first(space) : afterArrow);
        if (!start || !end) {
            sink.error(timingLine, 1,
                       QCoreApplication::translate(
                           "Import", "expected a subtitle time line 'hh:mm:ss,mmm --> hh:mm:ss,mmm', found '%1'")
                           .arg(excerpt(line)));
            while (i < lines.size() && !isBlank(lines.at(i))) {
                ++i;
            }
            continue;
        }
        ++i;
        if (*end < *start) {
            sink.error(timingLine, 1, QCoreApplication::translate("Import", "the subtitle ends before it starts"));
        }
        bool first = true;
        for (; i < lines.size() && !isBlank(lines.at(i)); ++i) {
            builder.cueLine(lines.at(i), start, end, first, int(i) + 1);
            first = false;
        }
        sink.progress(qint64(double(i) / double(lines.size()) * double(source.bytes.size())));
    }
    builder.finish(QCoreApplication::translate(
        "Import", "no subtitles with a known speaker found (expected text like '客服: …' in the cues)"));
}

} // namespace qadesk
