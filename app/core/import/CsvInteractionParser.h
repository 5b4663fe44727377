#pragma once

#include "ImportTypes.h"
#include "InteractionParser.h"
#include "RecordNormalizer.h"

namespace qadesk {

class CsvReader;

// A CSV of interactions: one row each, columns named as the flat keys of DESIGN §4.2 (external_id, channel,
// started_at, agent_id, agent_name, team, category, handle_s, first_response_s, resolved_first_contact,
// complaint, csat, nps, ces, recording, customer_id, customer_phone). UTF-8 (with or without BOM) or GB18030.
class CsvInteractionParser final : public InteractionParser
{
public:
    explicit CsvInteractionParser(const ImportOptions &options) : m_normalizer(options.maskPersonalData) {}
    void parse(const ImportSource &source, RecordSink &sink) override;

private:
    RecordNormalizer m_normalizer;
};

// A CSV of turns: external_id, speaker, text, and optionally start_ms, end_ms and seq. Rows are grouped by
// external_id (in file order, or by seq when given) and attached to interactions that already exist.
class CsvTurnsParser final : public InteractionParser
{
public:
    explicit CsvTurnsParser(const ImportOptions &options) : m_normalizer(options.maskPersonalData) {}
    void parse(const ImportSource &source, RecordSink &sink) override;

private:
    RecordNormalizer m_normalizer;
};

// The column names of a CSV header, normalised ("Agent.ID " → "agent_id"), for format detection too.
QStringList csvHeaderKeys(const QStringList &names);

} // namespace qadesk
