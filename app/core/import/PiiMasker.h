#pragma once

#include <QString>

namespace qadesk {

// The one masking engine for personal numbers in stored text (DESIGN §4.2): mainland mobile numbers
// (138****5678, also with +86, inside a longer digit run, or with separators: spaces of any kind, hyphens, dots,
// up to two between groups), PRC resident ID-card numbers (18 characters, the last may be X; and the old
// 15-digit form) and bank-card numbers (16–19 digits). ASCII and full-width digits alike. A few leading and
// trailing digits stay so that people can still tell numbers apart.
class PiiMasker final
{
public:
    // Returns true when something was masked.
    static bool mask(QString &text);
    static QString masked(QString text);
    // A field that holds a phone number (customer_phone): only its first 3 and last 4 digits stay, whatever the
    // form (+86 138-1234-5678, extensions, foreign numbers); 7 digits or fewer are left as they are.
    static QString maskedPhone(QString phone);
};

} // namespace qadesk
