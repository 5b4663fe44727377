#include "TranscriptBuilder.h"

#include "FieldRules.h"
#include "ImportErrors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qadesk {

namespace {

constexpr qsizetype kMaxLabelLength = 32;

bool looksLikeLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 16 || label.front().isDigit()) {
        return false;
    }
    static const QString stops = QStringLiteral("，。,.!?！？、；;\"“”'‘’/\\=+*&%$#@|~`");
    for (const QChar c : label) {
        if (stops.contains(c) || c == QLatin1Char('\t')) {
            return false;
        }
    }
    return label.count(QLatin1Char(' ')) <= 2;
}

} // namespace

TranscriptBuilder::TranscriptBuilder(const ImportSource &source, const ImportOptions &options, RecordSink &sink)
    : m_source(source), m_sink(sink), m_normalizer(options.maskPersonalData)
{
    m_record.kind = ImportRecord::Kind::Transcript;
    m_record.interaction.externalId = QFileInfo(source.path).completeBaseName();
}

bool TranscriptBuilder::headerLine(QStringView line, int lineNumber)
{
    line = line.trimmed();
    if (line.startsWith(QLatin1Char('#'))) {
        line = line.sliced(1).trimmed();
    }
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    const qsizetype wide = line.indexOf(QChar(0xFF1A));
    const qsizetype at = colon < 0 ? wide : (wide < 0 ? colon : qMin(colon, wide));
    if (at <= 0) {
        return false;
    }
    const QString key = RecordNormalizer::flatKey(line.first(at));
    // Header keys are ASCII field names; speaker labels (客服, agent, user …) never are.
    if (key.isEmpty()) {
        return false;
    }
    try {
        RecordNormalizer::setFlat(m_record.interaction, key, line.sliced(at + 1));
    } catch (const FieldError &error) {
        m_sink.error(lineNumber, at + 2, QStringLiteral("%1: %2").arg(key, error.message()));
        m_failed = true;
    }
    return true;
}

TranscriptBuilder::Label TranscriptBuilder::splitLabel(QStringView line)
{
    Label result;
    line = line.trimmed();
    if (line.startsWith(QLatin1String("<v")) && line.size() > 2 &&
        (line[2] == QLatin1Char(' ') || line[2] == QLatin1Char('.') || line[2] == QLatin1Char('\t'))) {
        const qsizetype close = line.indexOf(QLatin1Char('>'));
        if (close > 0) {
            QStringView annotation = line.first(close).sliced(2);
            const qsizetype space = annotation.indexOf(QLatin1Char(' '));
            annotation = space >= 0 ? annotation.sliced(space + 1).trimmed() : QStringView();
            result.label = annotation.toString();
            result.rest = line.sliced(close + 1);
            result.voiceTag = true;
            const auto known = FieldRules::knownSpeaker(annotation);
            result.state = known ? LabelState::Known : LabelState::Unknown;
            result.speaker = known.value_or(QString());
            return result;
        }
    }
    // [客服] text, 【客户】text
    if (line.startsWith(QLatin1Char('[')) || line.startsWith(QChar(0x3010))) {
        const qsizetype close = line.indexOf(line.startsWith(QLatin1Char('[')) ? QLatin1Char(']') : QChar(0x3011));
        if (close > 1 && close <= kMaxLabelLength) {
            if (const auto known = FieldRules::knownSpeaker(line.sliced(1, close - 1))) {
                result.state = LabelState::Known;
                result.speaker = *known;
                result.label = line.sliced(1, close - 1).toString();
                QStringView rest = line.sliced(close + 1).trimmed();
                if (rest.startsWith(QLatin1Char(':')) || rest.startsWith(QChar(0xFF1A))) {
                    rest = rest.sliced(1);
                }
                result.rest = rest.trimmed();
                return result;
            }
        }
    }
    qsizetype at = -1;
    for (qsizetype i = 0; i < line.size() && i <= kMaxLabelLength; ++i) {
        if (line[i] == QChar(0xFF1A)) {
            at = i;
            break;
        }
        // A colon between digits is part of a time (客服(09:15:02)：…), not the end of the label.
        if (line[i] == QLatin1Char(':') &&
            !(i > 0 && line[i - 1].isDigit() && i + 1 < line.size() && line[i + 1].isDigit())) {
            at = i;
            break;
        }
    }
    if (at <= 0) {
        return result;
    }
    const QStringView label = line.first(at).trimmed();
    const QStringView rest = line.sliced(at + 1);
    if (rest.startsWith(QLatin1String("//"))) {
        return result; // a URL, not a label
    }
    result.label = label.toString();
    result.rest = rest.trimmed();
    if (const auto known = FieldRules::knownSpeaker(label)) {
        result.state = LabelState::Known;
        result.speaker = *known;
    } else if (looksLikeLabel(label)) {
        result.state = LabelState::Unknown;
    }
    return result;
}

void TranscriptBuilder::addTurn(const QString &speaker, std::optional<qint64> startMs, std::optional<qint64> endMs,
                                QString text, int lineNumber)
{
    Turn turn;
    turn.seq = int(m_record.interaction.turns.size());
    turn.speaker = speaker;
    turn.startMs = startMs;
    turn.endMs = endMs;
    turn.text = std::move(text);
    if (m_firstLine == 0) {
        m_firstLine = lineNumber;
    }
    m_lastSpeaker = speaker;
    m_record.interaction.turns.append(std::move(turn));
}

void TranscriptBuilder::skipBeforeFirstTurn(const Label &label, int lineNumber)
{
    // Exports often open with a title or with details such as 通话时间：…; nothing is lost by skipping them,
    // and the warning says so.
    // Quoted short: a voice tag's label runs to its '>', however far that is.
    const QString quoted = excerpt(label.label);
    if (label.state == LabelState::Unknown && !m_unknownLabels.contains(quoted) && m_unknownLabels.size() < 5) {
        m_unknownLabels << quoted;
    }
    m_sink.warning(lineNumber, QCoreApplication::translate(
                                   "Import", "no known speaker on this line before the first turn; skipped"));
}

void TranscriptBuilder::cueLine(QStringView line, std::optional<qint64> startMs, std::optional<qint64> endMs,
                                bool firstOfCue, int lineNumber)
{
    const Label label = splitLabel(line);
    if (label.state == LabelState::Known) {
        addTurn(label.speaker, startMs, endMs, plainCueText(label.rest), lineNumber);
        return;
    }
    // A voice tag names its speaker explicitly: an unknown one is an error.
    if (label.state == LabelState::Unknown && label.voiceTag) {
        m_sink.error(lineNumber, 1, FieldRules::unknownSpeakerMessage(label.label));
        m_failed = true;
        return;
    }
    if (m_lastSpeaker.isEmpty()) {
        skipBeforeFirstTurn(label, lineNumber);
        return;
    }
    if (label.state == LabelState::Unknown) {
        m_sink.warning(lineNumber,
                       QCoreApplication::translate(
                           "Import", "'%1' is not a known speaker; the line is taken as text of the previous speaker")
                           .arg(excerpt(label.label)));
    }
    const QString text = plainCueText(line);
    if (firstOfCue) {
        addTurn(m_lastSpeaker, startMs, endMs, text, lineNumber);
    } else {
        m_record.interaction.turns.last().text += QLatin1Char('\n') + text;
    }
}

std::optional<qint64> TranscriptBuilder::sinceFirstClock(qint64 wallClockMs)
{
    if (!m_firstClock) {
        m_firstClock = wallClockMs;
    }
    qint64 ms = wallClockMs - *m_firstClock;
    if (ms < 0 && ms > -86400000) {
        ms += 86400000; // past midnight, times without a date
    }
    return ms >= 0 ? std::optional<qint64>(ms) : std::nullopt;
}

void TranscriptBuilder::textLine(QStringView line, std::optional<qint64> startMs, bool timed, int lineNumber)
{
    const Label label = splitLabel(line);
    if (label.state == LabelState::Known) {
        // Chat exports put the time in the label: 客服(09:15:02)：…, 客户 2024-03-05 09:15:07：…
        if (!startMs) {
            if (const auto clock = FieldRules::wallClockMilliseconds(label.label)) {
                startMs = sinceFirstClock(*clock);
            }
        }
        addTurn(label.speaker, startMs, std::nullopt, label.rest.toString(), lineNumber);
        return;
    }
    // A timed line is a turn: its speaker must be known.
    if (label.state == LabelState::Unknown && timed) {
        m_sink.error(lineNumber, 1, FieldRules::unknownSpeakerMessage(label.label));
        m_failed = true;
        return;
    }
    if (m_lastSpeaker.isEmpty()) {
        skipBeforeFirstTurn(label, lineNumber);
        return;
    }
    if (label.state == LabelState::Unknown) {
        m_sink.warning(lineNumber,
                       QCoreApplication::translate(
                           "Import", "'%1' is not a known speaker; the line is taken as text of the previous speaker")
                           .arg(excerpt(label.label)));
    }
    if (timed) {
        addTurn(m_lastSpeaker, startMs, std::nullopt, line.trimmed().toString(), lineNumber);
        return;
    }
    m_record.interaction.turns.last().text += QLatin1Char('\n') + line.trimmed().toString();
}

void TranscriptBuilder::finish(const QString &emptyMessage)
{
    if (m_failed || m_sink.hasErrors()) {
        return;
    }
    if (!hasTurns()) {
        QString message = emptyMessage;
        if (!m_unknownLabels.isEmpty()) {
            message += QCoreApplication::translate("Import", "; speakers seen that are not known: %1")
                           .arg(m_unknownLabels.join(QStringLiteral(", ")));
        }
        m_sink.error(1, 0, message);
        return;
    }
    m_record.line = m_firstLine;
    try {
        m_normalizer.finish(m_record.interaction, false);
    } catch (const FieldError &error) {
        m_sink.error(1, 0, error.message());
        return;
    }
    m_sink.record(m_record);
}

std::optional<qint64> TranscriptBuilder::clockTime(QStringView text)
{
    return FieldRules::clockMilliseconds(text);
}

QString TranscriptBuilder::plainCueText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('<')) {
            const qsizetype close = text.indexOf(QLatin1Char('>'), i + 1);
            if (close > i + 1) {
                const QChar first = text[i + 1];
                if (first.isLetter() || first == QLatin1Char('/') || first.isDigit()) {
                    i = close;
                    continue;
                }
            }
        } else if (c == QLatin1Char('{') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\\')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
            if (close > 0) {
                i = close;
                continue;
            }
        } else if (c == QLatin1Char('&')) {
            static const std::pair<const char *, char16_t> entities[] = {
                {"&amp;", u'&'},      {"&lt;", u'<'},       {"&gt;", u'>'},   {"&nbsp;", u'\u00A0'},
                {"&lrm;", u'\u200E'}, {"&rlm;", u'\u200F'}, {"&quot;", u'"'}, {"&apos;", u'\''},
            };
            bool replaced = false;
            for (const auto &[name, value] : entities) {
                const QLatin1String entity(name);
                if (text.sliced(i).startsWith(entity)) {
                    out += QChar(value);
                    i += entity.size() - 1;
                    replaced = true;
                    break;
                }
            }
            if (replaced) {
                continue;
            }
        }
        out += c;
    }
    return out.trimmed();
}

} // namespace qadesk
