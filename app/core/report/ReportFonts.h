#pragma once

#include <QFont>
#include <QStringList>

namespace qadesk {

// The faces every printed page uses: a Latin face for letters and figures, then a Simplified Chinese face
// for the rest. Qt embeds both in the PDFs it writes.
//
// The Chinese face is Noto Sans CJK SC rebuilt by CjkFaceBuilder so that the PDF's text can be searched and
// copied (see there); without the Noto files it is Droid Sans Fallback or another installed Chinese font.
// The Latin face comes first because Noto Sans CJK's figures also go through a substitution that Qt 6.4's
// PDF writer cannot map back to digits.
class ReportFonts final
{
public:
    // The families in fallback order. Throws qadesk::Error when no Chinese face is installed: the pages
    // would print empty boxes (tofu) for every Chinese character.
    static QStringList families();
    static QString chineseFamily();
    static QFont font(double pointSize, bool bold = false);
};

} // namespace qadesk
