#pragma once

#include <QByteArray>
#include <QString>

namespace qadesk {

// Builds, in memory, a copy of one face of an OpenType CJK font (such as Noto Sans CJK SC out of
// NotoSansCJK-Regular.ttc) that a PDF can be searched and copied from.
//
// Why: Qt 6.4's PDF writer derives each embedded glyph's Unicode value from the lowest code point that maps
// to it, and HarfBuzz may substitute glyphs through GSUB before that. Noto Sans CJK maps many ideographs to
// the same glyph as a Kangxi or supplementary radical (力 and ⼒, 车 and ⻋, 户 and ⼾), so 225 of the 6,763
// GB2312 characters came out of the PDF as radicals or variants: "客户" extracted as "客⼾". The copy keeps
// the outlines and metrics but
//  - maps each glyph from one character only: radicals (U+2E80–U+2FDF), controls, and any code point whose
//    glyph a CJK Unified Ideograph also maps to are dropped (such rare text falls back to another font, as
//    for a missing glyph);
//  - has no GSUB table, so the glyph drawn is the glyph the character maps to (horizontal Simplified
//    Chinese needs no substitution);
//  - is named `family`, so that it never stands in for the installed font anywhere else.
class CjkFaceBuilder final
{
public:
    // `fontFile` holds an OpenType font or collection; the face whose family (name ID 16, else 1) is
    // `sourceFamily` and whose subfamily is `style` ("Regular", "Bold") is used. Returns an empty array when
    // the file has no such face or is not a font this code understands.
    static QByteArray build(const QByteArray &fontFile, const QString &sourceFamily, const QString &style,
                            const QString &family);
};

} // namespace qadesk
