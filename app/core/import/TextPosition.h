#pragma once

#include <QByteArrayView>

namespace qadesk {

// Where a byte offset of a UTF-8 buffer is, as a person counts: 1-based line and column (in characters).
struct TextPosition
{
    int line = 1;
    int column = 1;

    static TextPosition of(QByteArrayView data, qsizetype offset);
    // Column only, when the caller already knows the line: scans back to the start of the line.
    static int columnOf(QByteArrayView data, qsizetype offset);
};

// The offset of the first byte that is not part of well-formed UTF-8 (no overlongs, no surrogates,
// nothing above U+10FFFF), or -1 when the whole buffer is valid.
qsizetype firstInvalidUtf8(QByteArrayView data);
// The length of the well-formed UTF-8 sequence at `offset` (1 for ASCII), or 0 when none starts there.
int utf8SequenceLength(QByteArrayView data, qsizetype offset);

} // namespace qadesk
