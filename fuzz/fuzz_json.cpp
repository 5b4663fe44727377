// qadesk.interaction.v1 as JSON (one object, an array, concatenated objects) and as JSON Lines.
#include "import/JsonInteractionParser.h"
#include "ImportFuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace qadesk;
    const ImportOptions options = fuzz::fuzzImportOptions();
    JsonInteractionParser document(options, false); // --format json or auto: the layout is recognised
    fuzz::fuzzImport(document, fuzz::bytesOf(data, size), QStringLiteral("/fuzz/input.json"));
    JsonInteractionParser lines(options, true); // --format jsonl
    fuzz::fuzzImport(lines, fuzz::bytesOf(data, size), QStringLiteral("/fuzz/input.jsonl"));
    return 0;
}
