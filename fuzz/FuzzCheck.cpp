#include "FuzzCheck.h"

#include <cstdio>
#include <cstdlib>

namespace qadesk::fuzz {

void invariantBroken(const char *invariant, const QString &detail, const char *file, int line)
{
    std::fprintf(stderr, "==fuzz== invariant broken at %s:%d: %s\n==fuzz== %s\n", file, line, invariant,
                 qUtf8Printable(detail.left(2000)));
    std::fflush(stderr);
    std::abort();
}

} // namespace qadesk::fuzz
