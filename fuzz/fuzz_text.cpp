// Plain-text transcripts: header lines, then one turn a line, with or without times.
#include "import/PlainTextTranscriptParser.h"
#include "ImportFuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace qadesk;
    PlainTextTranscriptParser parser(fuzz::fuzzImportOptions());
    fuzz::fuzzImport(parser, fuzz::bytesOf(data, size), QStringLiteral("/fuzz/input.txt"));
    return 0;
}
