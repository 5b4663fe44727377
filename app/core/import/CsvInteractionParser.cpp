#include "CsvInteractionParser.h"

#include "CsvReader.h"
#include "FieldRules.h"
#include "ImportErrors.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace qadesk {

namespace {

// Reads the header row; throws when the file has none.
QList<CsvReader::Field> readHeader(CsvReader &reader)
{
    QList<CsvReader::Field> header;
    while (reader.next(header)) {
        if (!CsvReader::isBlank(header)) {
            return header;
        }
    }
    throw RecordError(
        1, 1, QCoreApplication::translate("Import", "the file is empty (expected a header row naming the columns)"));
}

QString turnsKey(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
    if (key == QLatin1String("role") || key == QStringView(u"说话人") || key == QStringView(u"角色")) {
        return QStringLiteral("speaker");
    }
    if (key == QLatin1String("content") || key == QStringView(u"内容") || key == QStringView(u"文本")) {
        return QStringLiteral("text");
    }
    if (key == QStringView(u"外部编号") || key == QStringView(u"通话编号") || key == QStringView(u"会话编号")) {
        return QStringLiteral("external_id");
    }
    if (key == QLatin1String("id")) {
        return QStringLiteral("external_id");
    }
    static const char *const known[] = {"external_id", "speaker", "text", "start_ms", "end_ms", "seq"};
    for (const char *candidate : known) {
        if (key == QLatin1String(candidate)) {
            return key;
        }
    }
    return QString();
}

// Checks the column count of a record against the header; trailing empty cells are tolerated.
bool checkWidth(const QList<CsvReader::Field> &fields, qsizetype width, int line, RecordSink &sink)
{
    if (fields.size() == width) {
        return true;
    }
    if (fields.size() > width && std::all_of(fields.begin() + width, fields.end(),
                                             [](const CsvReader::Field &f) { return f.text.trimmed().isEmpty(); })) {
        return true;
    }
    sink.error(line, 0,
               QCoreApplication::translate("Import", "expected %1 fields as in the header, found %2")
                   .arg(width)
                   .arg(fields.size()));
    return false;
}

qint64 bytePosition(const CsvReader &reader, qsizetype textSize, qsizetype byteSize)
{
    return textSize > 0 ? qint64(double(reader.position()) / double(textSize) * double(byteSize)) : 0;
}

} // namespace

QStringList csvHeaderKeys(const QStringList &names)
{
    QStringList keys;
    for (const QString &name : names) {
        const QString flat = RecordNormalizer::columnKey(name);
        keys << (flat.isEmpty() ? turnsKey(name) : flat);
    }
    return keys;
}

void CsvInteractionParser::parse(const ImportSource &source, RecordSink &sink)
{
    const DecodedText decoded = TextDecoder::decode(source.bytes, true);
    if (!decoded.warning.isEmpty()) {
        sink.warning(decoded.warningLine, decoded.warning);
    }
    CsvReader reader(decoded.text);
    const QList<CsvReader::Field> header = readHeader(reader);
    const int headerLine = reader.recordLine();
    QStringList keys;
    for (const CsvReader::Field &column : header) {
        const QString key = RecordNormalizer::columnKey(column.text);
        if (!key.isEmpty() && keys.contains(key)) {
            throw RecordError(column.line, column.column,
                              QCoreApplication::translate("Import", "the column '%1' appears twice").arg(excerpt(key)));
        }
        if (key.isEmpty() && !column.text.trimmed().isEmpty()) {
            sink.warning(headerLine,
                         QCoreApplication::translate("Import", "column '%1' is not a field of an interaction; ignored")
                             .arg(excerpt(column.text.trimmed())));
        }
        keys << key;
    }
    QStringList missing;
    for (const char *required : {"external_id", "started_at", "agent_id"}) {
        if (!keys.contains(QLatin1String(required))) {
            missing << QString::fromLatin1(required);
        }
    }
    if (!missing.isEmpty()) {
        throw RecordError(
            headerLine, 1,
            QCoreApplication::translate(
                "Import", "the header lacks the column(s) %1 (required: external_id, started_at, agent_id)")
                .arg(missing.join(QStringLiteral(", "))));
    }
    QList<CsvReader::Field> fields;
    while (sink.wantsMore() && reader.next(fields)) {
        const int line = reader.recordLine();
        sink.progress(bytePosition(reader, decoded.text.size(), source.bytes.size()));
        if (CsvReader::isBlank(fields) || !checkWidth(fields, keys.size(), line, sink)) {
            continue;
        }
        ImportRecord record;
        record.line = line;
        // Every problem of the row in one pass: each bad cell, then what is missing (unless its cell was bad).
        QSet<QString> failed;
        for (qsizetype i = 0; i < keys.size() && i < fields.size(); ++i) {
            if (keys.at(i).isEmpty()) {
                continue;
            }
            try {
                RecordNormalizer::setFlat(record.interaction, keys.at(i), fields.at(i).text);
            } catch (const FieldError &error) {
                sink.error(fields.at(i).line, fields.at(i).column,
                           QStringLiteral("%1: %2").arg(keys.at(i), error.message()));
                failed.insert(keys.at(i));
            }
        }
        if (!failed.isEmpty()) {
            for (const auto &[key, message] : RecordNormalizer::missingRequired(record.interaction, true)) {
                if (!failed.contains(key)) {
                    sink.error(line, 0, message);
                }
            }
            continue;
        }
        try {
            m_normalizer.finish(record.interaction, true);
        } catch (const FieldError &error) {
            sink.error(line, 0, error.message());
            continue;
        }
        sink.record(record);
    }
}

void CsvTurnsParser::parse(const ImportSource &source, RecordSink &sink)
{
    const DecodedText decoded = TextDecoder::decode(source.bytes, true);
    if (!decoded.warning.isEmpty()) {
        sink.warning(decoded.warningLine, decoded.warning);
    }
    CsvReader reader(decoded.text);
    const QList<CsvReader::Field> header = readHeader(reader);
    const int headerLine = reader.recordLine();
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = turnsKey(header.at(i).text);
        if (key.isEmpty()) {
            if (!header.at(i).text.trimmed().isEmpty()) {
                sink.warning(headerLine,
                             QCoreApplication::translate("Import", "column '%1' is not a field of a turn; ignored")
                                 .arg(excerpt(header.at(i).text.trimmed())));
            }
            continue;
        }
        if (column.contains(key)) {
            throw RecordError(header.at(i).line, header.at(i).column,
                              QCoreApplication::translate("Import", "the column '%1' appears twice").arg(excerpt(key)));
        }
        column.insert(key, i);
    }
    QStringList missing;
    for (const char *required : {"external_id", "speaker", "text"}) {
        if (!column.contains(QLatin1String(required))) {
            missing << QString::fromLatin1(required);
        }
    }
    if (!missing.isEmpty()) {
        throw RecordError(headerLine, 1,
                          QCoreApplication::translate(
                              "Import", "the header lacks the column(s) %1 (required: external_id, speaker, text)")
                              .arg(missing.join(QStringLiteral(", "))));
    }
    struct Group
    {
        ImportRecord record;
        QList<qint64> order; // seq per turn, or the row number
    };
    QList<Group> groups;
    QHash<QString, qsizetype> groupOf;
    const auto cell = [&](const QList<CsvReader::Field> &fields, const char *key) -> const CsvReader::Field * {
        const qsizetype at = column.value(QLatin1String(key), -1);
        return at >= 0 && at < fields.size() ? &fields.at(at) : nullptr;
    };
    QList<CsvReader::Field> fields;
    qint64 row = 0;
    while (sink.wantsMore() && reader.next(fields)) {
        const int line = reader.recordLine();
        sink.progress(bytePosition(reader, decoded.text.size(), source.bytes.size()));
        if (CsvReader::isBlank(fields) || !checkWidth(fields, header.size(), line, sink)) {
            continue;
        }
        ++row;
        const CsvReader::Field *current = nullptr;
        const char *currentKey = "external_id";
        try {
            current = cell(fields, "external_id");
            const QString externalId = current->text.trimmed();
            if (externalId.isEmpty()) {
                throw FieldError(QCoreApplication::translate("Import", "external_id is required"));
            }
            Turn turn;
            current = cell(fields, currentKey = "speaker");
            turn.speaker = FieldRules::speaker(current->text);
            current = cell(fields, currentKey = "text");
            turn.text = current->text;
            qint64 order = row;
            if ((current = cell(fields, currentKey = "start_ms")) && !current->text.trimmed().isEmpty()) {
                turn.startMs = FieldRules::milliseconds(current->text);
            }
            if ((current = cell(fields, currentKey = "end_ms")) && !current->text.trimmed().isEmpty()) {
                turn.endMs = FieldRules::milliseconds(current->text);
            }
            if ((current = cell(fields, currentKey = "seq")) && !current->text.trimmed().isEmpty()) {
                order = FieldRules::integer(current->text, 0, 1000000000);
            }
            current = nullptr;
            FieldRules::checkTurnTimes(turn);
            qsizetype index = groupOf.value(externalId, -1);
            if (index < 0) {
                index = groups.size();
                groupOf.insert(externalId, index);
                Group group;
                group.record.kind = ImportRecord::Kind::Turns;
                group.record.line = line;
                group.record.interaction.externalId = externalId;
                groups.append(std::move(group));
            }
            groups[index].record.interaction.turns.append(std::move(turn));
            groups[index].order.append(order);
        } catch (const FieldError &error) {
            if (current) {
                sink.error(current->line, current->column,
                           QStringLiteral("%1: %2").arg(QLatin1String(currentKey), error.message()));
            } else {
                sink.error(line, 0, error.message());
            }
        }
    }
    for (Group &group : groups) {
        if (!sink.wantsMore()) {
            break;
        }
        QList<Turn> &turns = group.record.interaction.turns;
        QList<qsizetype> permutation(turns.size());
        std::iota(permutation.begin(), permutation.end(), 0);
        std::stable_sort(permutation.begin(), permutation.end(),
                         [&](qsizetype a, qsizetype b) { return group.order.at(a) < group.order.at(b); });
        QList<Turn> sorted;
        sorted.reserve(turns.size());
        for (const qsizetype i : permutation) {
            sorted.append(std::move(turns[i]));
        }
        turns = std::move(sorted);
        for (qsizetype i = 0; i < turns.size(); ++i) {
            turns[i].seq = int(i);
        }
        try {
            m_normalizer.finish(group.record.interaction, false);
        } catch (const FieldError &error) {
            sink.error(group.record.line, 0, error.message());
            continue;
        }
        sink.record(group.record);
    }
}

} // namespace qadesk
