#pragma once

#include "ImportTypes.h"
#include "ImportErrors.h"
#include "InteractionParser.h"
#include "JsonReader.h"
#include "RecordNormalizer.h"

#include <QSet>

namespace qadesk {

// qadesk.interaction.v1 (DESIGN §4.2): one JSON object, a JSON array of them, or JSON Lines. Errors are
// reported at the line of the broken record or field. In JSON Lines a broken line does not hide the others.
class JsonInteractionParser final : public InteractionParser
{
public:
    // `linesOnly`: the file is JSON Lines (--format jsonl); otherwise the layout is recognised.
    JsonInteractionParser(const ImportOptions &options, bool linesOnly);
    void parse(const ImportSource &source, RecordSink &sink) override;

private:
    void parseLines(QByteArrayView data, qsizetype from, RecordSink &sink);
    void parseDocument(QByteArrayView data, qsizetype from, RecordSink &sink);
    void readRecord(JsonReader &reader, RecordSink &sink);
    // Reads every field it can; the problems of the record (each field's, each turn's, what is missing) are added
    // to `errors`, so that one pass reports them all.
    Interaction toInteraction(JsonReader &reader, int root, RecordSink &sink, QList<RecordError> &errors);
    void readTurns(JsonReader &reader, int array, Interaction &in, RecordSink &sink, QList<RecordError> &errors);
    void warnUnknown(JsonReader &reader, const JsonReader::Node &member, const char *where, RecordSink &sink);

    RecordNormalizer m_normalizer;
    bool m_linesOnly = false;
    QSet<QByteArray> m_warnedKeys;
};

} // namespace qadesk
