// CSV of interactions and CSV of turns, UTF-8 (with or without BOM), UTF-16 with BOM or GB18030.
#include "import/CsvInteractionParser.h"
#include "ImportFuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace qadesk;
    const ImportOptions options = fuzz::fuzzImportOptions();
    CsvInteractionParser interactions(options);
    fuzz::fuzzImport(interactions, fuzz::bytesOf(data, size), QStringLiteral("/fuzz/input.csv"));
    CsvTurnsParser turns(options);
    fuzz::fuzzImport(turns, fuzz::bytesOf(data, size), QStringLiteral("/fuzz/input.csv"));
    return 0;
}
