#pragma once

#include "import/ImportTypes.h"
#include "import/InteractionParser.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace qadesk::fuzz {

// The options every import fuzz target parses with: the defaults a user gets (masking on, 50 errors a file).
ImportOptions fuzzImportOptions();

// Feeds the bytes of one file to `parser` as the Importer does (format detection on the head, blank files
// refused before any parser sees them) and checks everything that comes out against the import's promises
// (DESIGN §4.2): records hold valid, masked values; errors and warnings name a place inside the file and quote
// little of it; progress stays within the file; nothing but a RecordError is thrown.
void fuzzImport(InteractionParser &parser, QByteArrayView bytes, const QString &path);

inline QByteArrayView bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace qadesk::fuzz
