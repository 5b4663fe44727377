#pragma once

#include <QString>

namespace qadesk::fuzz {

// Reports a broken invariant and aborts: libFuzzer then keeps the input as a crash, and a replay fails.
[[noreturn]] void invariantBroken(const char *invariant, const QString &detail, const char *file, int line);

} // namespace qadesk::fuzz

// Asserts what the code under test promises, in release builds too. `detail` is evaluated only on failure.
#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            ::qadesk::fuzz::invariantBroken(#condition, (detail), __FILE__, __LINE__);                                 \
        }                                                                                                              \
    } while (false)
