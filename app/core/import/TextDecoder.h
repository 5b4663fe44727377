#pragma once

#include <QByteArrayView>
#include <QString>

namespace qadesk {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "GB18030"
    QString warning;  // e.g. a GB18030 file with UTF-8 lines in it; empty when there is nothing to say
    int warningLine = 0;
};

// Turns the bytes of a text file into text. UTF-8 (with or without BOM) and UTF-16 with a BOM always;
// GB18030 — what spreadsheet programs in China save — when allowed and the bytes are not UTF-8. The choice is
// made per file on evidence: a file that is mostly well-formed UTF-8 with a few broken bytes is refused as
// damaged UTF-8 (never read as GB18030); a GB18030 file with UTF-8 lines gets a warning naming the first.
// Text that is neither, or that holds control characters (binary data), is refused with the line where it
// goes wrong.
class TextDecoder final
{
public:
    // Throws RecordError.
    static DecodedText decode(QByteArrayView bytes, bool allowGb18030);
    // The position of the first character that cannot be in a text file, or -1.
    static qsizetype firstControlCharacter(QStringView text);
};

} // namespace qadesk
