// SRT subtitles, optionally after header lines with the interaction's fields.
#include "import/SrtParser.h"
#include "ImportFuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace qadesk;
    SrtParser parser(fuzz::fuzzImportOptions());
    fuzz::fuzzImport(parser, fuzz::bytesOf(data, size), QStringLiteral("/fuzz/input.srt"));
    return 0;
}
