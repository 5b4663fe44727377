#pragma once

#include "ImportTypes.h"
#include "InteractionParser.h"

namespace qadesk {

// WebVTT captions: the turns of one interaction. Speakers come from `<v 客服>` voice tags or `客服:` labels;
// metadata from `NOTE key: value` blocks or header lines (external_id, agent_id, started_at, …).
class WebVttParser final : public InteractionParser
{
public:
    explicit WebVttParser(const ImportOptions &options) : m_options(options) {}
    void parse(const ImportSource &source, RecordSink &sink) override;

private:
    ImportOptions m_options;
};

} // namespace qadesk
