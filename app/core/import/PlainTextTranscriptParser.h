#pragma once

#include "ImportTypes.h"
#include "InteractionParser.h"

namespace qadesk {

// A plain-text transcript, one turn a line: `[hh:mm:ss] 客服: text` or `客服：text` (times are optional). Lines
// without a speaker continue the previous turn. Metadata may open the file as `key: value` lines.
class PlainTextTranscriptParser final : public InteractionParser
{
public:
    explicit PlainTextTranscriptParser(const ImportOptions &options) : m_options(options) {}
    void parse(const ImportSource &source, RecordSink &sink) override;

private:
    ImportOptions m_options;
};

} // namespace qadesk
