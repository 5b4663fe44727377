// WebVTT captions with voice tags, labels, NOTE metadata, STYLE and REGION blocks.
#include "import/WebVttParser.h"
#include "ImportFuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace qadesk;
    WebVttParser parser(fuzz::fuzzImportOptions());
    fuzz::fuzzImport(parser, fuzz::bytesOf(data, size), QStringLiteral("/fuzz/input.vtt"));
    return 0;
}
