// Rubric files (qadesk.rubric.v1): an admin may load any file as a rubric.
#include "Error.h"
#include "FuzzCheck.h"
#include "scoring/RubricLoader.h"

#include <cstddef>
#include <cstdint>

namespace {

// A message quotes bits of the file, never the file.
constexpr qsizetype kMaxMessageChars = 2000;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace qadesk;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Rubric rubric;
    try {
        rubric = RubricLoader::fromJson(json, QStringLiteral("fuzz.json"));
    } catch (const Error &error) {
        FUZZ_CHECK(!error.message().isEmpty(), QString());
        FUZZ_CHECK(error.message().size() <= kMaxMessageChars, QStringLiteral("a message of %1 characters: %2")
                                                                   .arg(error.message().size())
                                                                   .arg(error.message().left(300)));
        return 0;
    }
    // What the loader returns keeps the rules, and what it writes it reads back unchanged.
    try {
        RubricLoader::validate(rubric, QStringLiteral("loaded"));
    } catch (const Error &error) {
        fuzz::invariantBroken("a loaded rubric is valid", error.message(), __FILE__, __LINE__);
    }
    try {
        const Rubric again = RubricLoader::fromJson(RubricLoader::toJson(rubric), QStringLiteral("written"));
        FUZZ_CHECK(again == rubric, QString::fromUtf8(RubricLoader::toJson(rubric)));
    } catch (const Error &error) {
        fuzz::invariantBroken("a written rubric loads again", error.message(), __FILE__, __LINE__);
    }
    for (const RubricDimension &dimension : rubric.dimensions) {
        for (int score = 1; score <= 5; ++score) {
            FUZZ_CHECK(dimension.level(score) != nullptr, dimension.key);
        }
    }
    // Every score gets a grade.
    for (const double score : {-1e300, -1.0, 0.0, 59.999999999, 60.0, 100.0, 1e300}) {
        FUZZ_CHECK(rubric.gradeFor(score) != nullptr, QString::number(score));
    }
    return 0;
}
