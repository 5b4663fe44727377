#pragma once

#include "ImportTypes.h"
#include "InteractionParser.h"

namespace qadesk {

// SubRip (.srt) captions: numbered cues with `hh:mm:ss,mmm --> hh:mm:ss,mmm` times; speakers from `客服:` labels or
// voice tags. Metadata may precede the first cue as `key: value` lines. UTF-8 or GB18030.
class SrtParser final : public InteractionParser
{
public:
    explicit SrtParser(const ImportOptions &options) : m_options(options) {}
    void parse(const ImportSource &source, RecordSink &sink) override;

private:
    ImportOptions m_options;
};

} // namespace qadesk
