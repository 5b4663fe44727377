#include "JsonInteractionParser.h"

#include "FieldRules.h"
#include "JsonFieldReader.h"
#include "TextPosition.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace qadesk {

namespace {

using Kind = JsonReader::Kind;
using Node = JsonReader::Node;

bool is(QByteArrayView key, const char *name)
{
    return key == QByteArrayView(name, qsizetype(std::strlen(name)));
}

const QString &speakerName(QByteArrayView raw)
{
    static const QString agent = QStringLiteral("agent");
    static const QString customer = QStringLiteral("customer");
    static const QString system = QStringLiteral("system");
    static const QString none;
    if (raw == "agent") {
        return agent;
    }
    if (raw == "customer") {
        return customer;
    }
    if (raw == "system") {
        return system;
    }
    return none;
}

// A member named twice in one object is refused: the last one would silently win, and two "turns" would add up.
// `where` names the object in the message ("agent", "turns[3]"; empty for the record itself).
void checkUniqueNames(JsonReader &reader, const Node &object, const JsonFieldReader &fields, const QString &where)
{
    constexpr qsizetype kLinearScan = 32; // objects hold a handful of members; a hash only beyond that
    QVarLengthArray<QByteArrayView, kLinearScan> seen;
    QSet<QByteArrayView> many;
    QList<QByteArray> decoded; // escaped names, decoded; the views point into these
    for (int child = object.firstChild; child >= 0; child = reader.node(child).nextSibling) {
        const Node &member = reader.node(child);
        QByteArrayView name = reader.key(member);
        if (member.keyEscaped) {
            decoded.append(name.toByteArray());
            name = decoded.last();
        }
        bool twice = false;
        if (seen.size() < kLinearScan) {
            twice = std::find(seen.cbegin(), seen.cend(), name) != seen.cend();
            seen.append(name);
            if (seen.size() == kLinearScan) {
                many = QSet<QByteArrayView>(seen.cbegin(), seen.cend());
            }
        } else {
            twice = many.contains(name);
            many.insert(name);
        }
        if (twice) {
            const QString field = excerpt(QString::fromUtf8(name));
            fields.fail(member, where.isEmpty() ? field : where + QLatin1Char('.') + field,
                        QCoreApplication::translate("Import", "the field appears twice in one object; give it once"));
        }
    }
}

} // namespace

JsonInteractionParser::JsonInteractionParser(const ImportOptions &options, bool linesOnly)
    : m_normalizer(options.maskPersonalData), m_linesOnly(linesOnly)
{
}

void JsonInteractionParser::parse(const ImportSource &source, RecordSink &sink)
{
    const QByteArrayView data = source.bytes;
    const qsizetype from = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (m_linesOnly) {
        parseLines(data, from, sink);
        return;
    }
    const qsizetype bad = firstInvalidUtf8(data);
    if (bad >= 0) {
        const TextPosition at = TextPosition::of(data, bad);
        throw RecordError(at.line, at.column,
                          QCoreApplication::translate("Import", "invalid UTF-8 (byte 0x%1); JSON must be UTF-8")
                              .arg(static_cast<unsigned char>(data[bad]), 2, 16, QLatin1Char('0')));
    }
    // A first record that fits on its line, followed by more, means JSON Lines.
    JsonReader probe(data, from);
    probe.skipWhitespace();
    if (!probe.atEnd() && probe.peek() == '{') {
        const int startLine = probe.line();
        bool oneLine = false;
        try {
            probe.parseValue();
            oneLine = probe.line() == startLine;
        } catch (const RecordError &) {
            // Reported below by whichever reading applies; a broken first line of JSON Lines still counts.
            const qsizetype lineEnd = data.indexOf('\n', probe.position());
            oneLine = probe.line() == startLine && lineEnd >= 0 &&
                      QByteArrayView(data.sliced(lineEnd)).trimmed().startsWith('{');
        }
        probe.skipWhitespace();
        if (oneLine && !probe.atEnd() && probe.line() > startLine) {
            parseLines(data, from, sink);
            return;
        }
    }
    parseDocument(data, from, sink);
}

void JsonInteractionParser::parseLines(QByteArrayView data, qsizetype from, RecordSink &sink)
{
    int lineNumber = 0;
    qsizetype start = from;
    while (start < data.size() && sink.wantsMore()) {
        ++lineNumber;
        const void *newline = std::memchr(data.data() + start, '\n', size_t(data.size() - start));
        const qsizetype end = newline ? static_cast<const char *>(newline) - data.data() : data.size();
        const QByteArrayView line = data.sliced(start, end - start);
        const qsizetype lineStart = start;
        start = end + 1;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const qsizetype bad = firstInvalidUtf8(line);
        if (bad >= 0) {
            sink.error(lineNumber, TextPosition::columnOf(line, bad),
                       QCoreApplication::translate("Import", "invalid UTF-8 (byte 0x%1); JSON must be UTF-8")
                           .arg(static_cast<unsigned char>(line[bad]), 2, 16, QLatin1Char('0')));
            continue;
        }
        // The reader sees the file up to the end of this line only.
        JsonReader reader(data.first(end), lineStart, lineNumber);
        try {
            readRecord(reader, sink);
            reader.skipWhitespace();
            if (!reader.atEnd()) {
                reader.fail(QCoreApplication::translate(
                    "Import", "unexpected text after the record (JSON Lines holds one object a line)"));
            }
        } catch (const JsonTruncated &error) {
            sink.error(error.line(), error.column(),
                       QCoreApplication::translate("Import", "the line ends before the record is complete: %1")
                           .arg(error.message()));
        } catch (const RecordError &error) {
            sink.error(error.line(), error.column(), error.message());
        }
        sink.progress(end);
    }
}

void JsonInteractionParser::parseDocument(QByteArrayView data, qsizetype from, RecordSink &sink)
{
    JsonReader reader(data, from);
    reader.skipWhitespace();
    if (reader.atEnd()) {
        throw RecordError(1, 1,
                          QCoreApplication::translate(
                              "Import", "the file is empty (expected a JSON object, an array of them, or JSON Lines)"));
    }
    const char first = reader.peek();
    if (first != '{' && first != '[') {
        reader.fail(QCoreApplication::translate(
            "Import", "expected a JSON object, an array of interaction objects, or JSON Lines"));
    }
    int recordLine = reader.line();
    try {
        if (first == '[') {
            reader.skip();
            reader.skipWhitespace();
            if (!reader.atEnd() && reader.peek() == ']') {
                reader.skip();
            } else {
                for (;;) {
                    reader.skipWhitespace();
                    recordLine = reader.line();
                    readRecord(reader, sink);
                    recordLine = 0;
                    if (!sink.wantsMore()) {
                        return;
                    }
                    reader.skipWhitespace();
                    if (reader.atEnd()) {
                        reader.truncated(
                            QCoreApplication::translate("Import", "the array of interactions is not closed with ']'"));
                    }
                    if (reader.peek() == ',') {
                        reader.skip();
                        continue;
                    }
                    if (reader.peek() == ']') {
                        reader.skip();
                        break;
                    }
                    reader.fail(QCoreApplication::translate("Import", "expected ',' or ']' after an interaction"));
                }
            }
        } else {
            // One object, or several in a row (concatenated JSON).
            while (!reader.atEnd() && sink.wantsMore()) {
                recordLine = reader.line();
                readRecord(reader, sink);
                recordLine = 0;
                reader.skipWhitespace();
                if (!reader.atEnd() && reader.peek() != '{') {
                    reader.fail(QCoreApplication::translate("Import", "unexpected text after the interaction object"));
                }
            }
            return;
        }
        reader.skipWhitespace();
        if (!reader.atEnd()) {
            reader.fail(QCoreApplication::translate("Import", "unexpected text after the closing ']'"));
        }
    } catch (const JsonTruncated &error) {
        if (recordLine > 0 && recordLine != error.line()) {
            throw RecordError(recordLine, 0,
                              QCoreApplication::translate(
                                  "Import", "the file ends before the record that starts on this line is complete "
                                            "(truncated? %1 at line %2)")
                                  .arg(error.message())
                                  .arg(error.line()));
        }
        throw RecordError(error.line(), error.column(),
                          QCoreApplication::translate("Import", "the file is truncated: %1").arg(error.message()));
    }
}

void JsonInteractionParser::readRecord(JsonReader &reader, RecordSink &sink)
{
    const int root = reader.parseValue();
    const Node &node = reader.node(root);
    ImportRecord record;
    record.line = node.line;
    try {
        QList<RecordError> errors;
        record.interaction = toInteraction(reader, root, sink, errors);
        if (!errors.isEmpty()) {
            for (const RecordError &error : std::as_const(errors)) {
                sink.error(error.line(), error.column(), error.message());
            }
            sink.progress(reader.position());
            return;
        }
        m_normalizer.finish(record.interaction, true);
    } catch (const FieldError &error) {
        sink.error(node.line, reader.column(node), error.message());
        sink.progress(reader.position());
        return;
    } catch (const JsonTruncated &) {
        throw;
    } catch (const RecordError &error) {
        sink.error(error.line(), error.column(), error.message());
        sink.progress(reader.position());
        return;
    }
    sink.record(record);
    sink.progress(reader.position());
}

void JsonInteractionParser::warnUnknown(JsonReader &reader, const Node &member, const char *where, RecordSink &sink)
{
    const QByteArray key = QByteArray(where) + '.' + reader.key(member).toByteArray();
    if (!m_warnedKeys.contains(key)) {
        m_warnedKeys.insert(key);
        sink.warning(member.line, QCoreApplication::translate("Import", "unknown field '%1' ignored (first seen here)")
                                      .arg(excerpt(QString::fromUtf8(key.mid(key.indexOf('.') + 1)))));
    }
}

Interaction JsonInteractionParser::toInteraction(JsonReader &reader, int root, RecordSink &sink,
                                                 QList<RecordError> &errors)
{
    const JsonFieldReader fields(reader);
    const Node &record = reader.node(root);
    if (record.kind != Kind::Object) {
        throw RecordError(record.line, reader.column(record),
                          QCoreApplication::translate("Import", "expected an interaction object {…}, found %1")
                              .arg(kindName(record.kind)));
    }
    checkUniqueNames(reader, record, fields, QString());
    Interaction in;
    bool externalIdFailed = false, startedAtFailed = false, agentFailed = false;
    for (int child = record.firstChild; child >= 0; child = reader.node(child).nextSibling) {
        const Node &value = reader.node(child);
        const QByteArrayView key = reader.key(value);
        try {
            if (is(key, "external_id")) {
                in.externalId = fields.text(value, QStringLiteral("external_id"), true);
            } else if (is(key, "channel")) {
                in.channel = fields.check(value, QStringLiteral("channel"), [&] {
                    return FieldRules::channel(fields.text(value, QStringLiteral("channel")));
                });
            } else if (is(key, "started_at")) {
                if (value.kind != Kind::Null) {
                    if (value.kind != Kind::String) {
                        fields.wrongType(
                            value, QStringLiteral("started_at"),
                            QCoreApplication::translate(
                                "Import", "ISO 8601 text with a UTC offset, e.g. \"2024-03-05T09:15:02+08:00\""));
                    }
                    const Instant instant = fields.check(value, QStringLiteral("started_at"),
                                                         [&] { return FieldRules::timestamp(reader.text(value)); });
                    in.startedAt = instant.at;
                    in.utcOffsetS = instant.offsetSeconds;
                }
            } else if (is(key, "agent")) {
                if (value.kind == Kind::String || value.kind == Kind::Number) {
                    in.agentCode = fields.text(value, QStringLiteral("agent"), true);
                } else if (value.kind != Kind::Null) {
                    fields.requireObject(value, QStringLiteral("agent"));
                    checkUniqueNames(reader, value, fields, QStringLiteral("agent"));
                    for (int a = value.firstChild; a >= 0; a = reader.node(a).nextSibling) {
                        const Node &field = reader.node(a);
                        const QByteArrayView name = reader.key(field);
                        if (is(name, "id")) {
                            in.agentCode = fields.text(field, QStringLiteral("agent.id"), true);
                        } else if (is(name, "name")) {
                            in.agentName = fields.text(field, QStringLiteral("agent.name"));
                        } else if (is(name, "team")) {
                            in.teamName = fields.text(field, QStringLiteral("agent.team"));
                        } else {
                            warnUnknown(reader, field, "agent", sink);
                        }
                    }
                }
            } else if (is(key, "agent_id")) {
                in.agentCode = fields.text(value, QStringLiteral("agent_id"), true);
            } else if (is(key, "agent_name")) {
                in.agentName = fields.text(value, QStringLiteral("agent_name"));
            } else if (is(key, "team")) {
                in.teamName = fields.text(value, QStringLiteral("team"));
            } else if (is(key, "customer")) {
                if (value.kind != Kind::Null) {
                    fields.requireObject(value, QStringLiteral("customer"));
                    checkUniqueNames(reader, value, fields, QStringLiteral("customer"));
                    for (int c = value.firstChild; c >= 0; c = reader.node(c).nextSibling) {
                        const Node &field = reader.node(c);
                        const QByteArrayView name = reader.key(field);
                        if (is(name, "id")) {
                            in.customerId = fields.text(field, QStringLiteral("customer.id"), true);
                        } else if (is(name, "phone")) {
                            in.customerPhone = fields.text(field, QStringLiteral("customer.phone"), true);
                        } else {
                            warnUnknown(reader, field, "customer", sink);
                        }
                    }
                }
            } else if (is(key, "customer_id")) {
                in.customerId = fields.text(value, QStringLiteral("customer_id"), true);
            } else if (is(key, "customer_phone")) {
                in.customerPhone = fields.text(value, QStringLiteral("customer_phone"), true);
            } else if (is(key, "category")) {
                in.category = fields.check(value, QStringLiteral("category"), [&] {
                    return FieldRules::category(fields.text(value, QStringLiteral("category")));
                });
            } else if (is(key, "handle_s")) {
                in.handleS = fields.seconds(value, QStringLiteral("handle_s"));
            } else if (is(key, "first_response_s")) {
                in.firstResponseS = fields.seconds(value, QStringLiteral("first_response_s"));
            } else if (is(key, "resolved_first_contact")) {
                in.resolvedFirstContact = fields.boolean(value, QStringLiteral("resolved_first_contact"));
            } else if (is(key, "complaint")) {
                in.complaint = fields.boolean(value, QStringLiteral("complaint")).value_or(false);
            } else if (is(key, "survey")) {
                if (value.kind != Kind::Null) {
                    fields.requireObject(value, QStringLiteral("survey"));
                    checkUniqueNames(reader, value, fields, QStringLiteral("survey"));
                    for (int s = value.firstChild; s >= 0; s = reader.node(s).nextSibling) {
                        const Node &field = reader.node(s);
                        const QByteArrayView name = reader.key(field);
                        if (is(name, "csat")) {
                            in.csat = fields.integer(field, QStringLiteral("survey.csat"), 1, 5);
                        } else if (is(name, "nps")) {
                            in.nps = fields.integer(field, QStringLiteral("survey.nps"), 0, 10);
                        } else if (is(name, "ces")) {
                            in.ces = fields.integer(field, QStringLiteral("survey.ces"), 1, 7);
                        } else {
                            warnUnknown(reader, field, "survey", sink);
                        }
                    }
                }
            } else if (is(key, "csat")) {
                in.csat = fields.integer(value, QStringLiteral("csat"), 1, 5);
            } else if (is(key, "nps")) {
                in.nps = fields.integer(value, QStringLiteral("nps"), 0, 10);
            } else if (is(key, "ces")) {
                in.ces = fields.integer(value, QStringLiteral("ces"), 1, 7);
            } else if (is(key, "recording")) {
                in.recording = fields.text(value, QStringLiteral("recording"));
            } else if (is(key, "turns")) {
                if (value.kind != Kind::Null) {
                    if (value.kind != Kind::Array) {
                        fields.wrongType(value, QStringLiteral("turns"),
                                         QCoreApplication::translate("Import", "an array of turns"));
                    }
                    readTurns(reader, child, in, sink, errors);
                }
            } else {
                warnUnknown(reader, value, "", sink);
            }
        } catch (const JsonTruncated &) {
            throw;
        } catch (const RecordError &error) {
            // On to the next field: every problem of the record is reported in one pass.
            errors.append(error);
            externalIdFailed = externalIdFailed || is(key, "external_id");
            startedAtFailed = startedAtFailed || is(key, "started_at");
            agentFailed = agentFailed || is(key, "agent") || is(key, "agent_id");
        }
    }
    // What is missing, unless the field was there and already reported as wrong.
    const auto missing = [&](const QString &what) {
        errors.append(RecordError(record.line, reader.column(record), what));
    };
    if (!externalIdFailed && in.externalId.trimmed().isEmpty()) {
        missing(QCoreApplication::translate("Import", "external_id is required"));
    }
    if (!startedAtFailed && !in.startedAt.isValid()) {
        missing(QCoreApplication::translate(
            "Import", "started_at is required (ISO 8601 with a UTC offset, e.g. \"2024-03-05T09:15:02+08:00\")"));
    }
    if (!agentFailed && in.agentCode.trimmed().isEmpty()) {
        missing(QCoreApplication::translate("Import", "agent.id is required"));
    }
    return in;
}

// More problems than this in one record are not listed (the file's own cap is larger).
constexpr qsizetype kMaxErrorsPerRecord = 20;

void JsonInteractionParser::readTurns(JsonReader &reader, int array, Interaction &in, RecordSink &sink,
                                      QList<RecordError> &errors)
{
    const JsonFieldReader fields(reader);
    int index = 0;
    for (int t = reader.node(array).firstChild; t >= 0; t = reader.node(t).nextSibling, ++index) {
        const Node &turnNode = reader.node(t);
        const QString path = QStringLiteral("turns[%1]").arg(index);
        try {
            fields.requireObject(turnNode, path);
            checkUniqueNames(reader, turnNode, fields, path);
            Turn turn;
            turn.seq = index;
            bool hasSpeaker = false;
            bool hasText = false;
            for (int f = turnNode.firstChild; f >= 0; f = reader.node(f).nextSibling) {
                const Node &field = reader.node(f);
                const QByteArrayView name = reader.key(field);
                if (is(name, "speaker") || is(name, "role")) {
                    if (field.kind != Kind::String) {
                        fields.wrongType(field, path + QStringLiteral(".speaker"),
                                         QCoreApplication::translate("Import", "text"));
                    }
                    const QString &known = field.escaped ? speakerName({}) : speakerName(reader.raw(field));
                    if (!known.isEmpty()) {
                        turn.speaker = known;
                    } else {
                        turn.speaker = fields.check(field, path + QStringLiteral(".speaker"),
                                                    [&] { return FieldRules::speaker(reader.text(field)); });
                    }
                    hasSpeaker = true;
                } else if (is(name, "text") || is(name, "content")) {
                    if (field.kind != Kind::String) {
                        fields.wrongType(field, path + QStringLiteral(".text"),
                                         QCoreApplication::translate("Import", "text"));
                    }
                    turn.text = reader.text(field);
                    hasText = true;
                } else if (is(name, "start_ms")) {
                    turn.startMs = fields.milliseconds(field, path + QStringLiteral(".start_ms"));
                } else if (is(name, "end_ms")) {
                    turn.endMs = fields.milliseconds(field, path + QStringLiteral(".end_ms"));
                } else {
                    warnUnknown(reader, field, "turns", sink);
                }
            }
            if (!hasSpeaker) {
                fields.fail(turnNode, path, QCoreApplication::translate("Import", "speaker is required"));
            }
            if (!hasText) {
                fields.fail(turnNode, path, QCoreApplication::translate("Import", "text is required"));
            }
            fields.check(turnNode, path, [&] {
                FieldRules::checkTurnTimes(turn);
                return 0;
            });
            in.turns.append(std::move(turn));
        } catch (const JsonTruncated &) {
            throw;
        } catch (const RecordError &error) {
            if (errors.size() >= kMaxErrorsPerRecord) {
                break; // a record of thousands of bad turns: the first ones say enough
            }
            errors.append(error); // and on to the next turn
        }
    }
}

} // namespace qadesk
