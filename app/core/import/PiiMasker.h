#pragma once

#include <QString>

namespace qadesk {

// Masks personal numbers before they are stored (DESIGN §4.2): mainland mobile numbers (138****5678, also with
// +86 or separators), PRC resident ID-card numbers (18 characters, the last may be X) and bank-card numbers
// (16–19 digits). A few leading and trailing digits stay so that people can still tell numbers apart.
class PiiMasker final
{
public:
    // Returns true when something was masked.
    static bool mask(QString &text);
    static QString masked(QString text);
    // A field that holds a phone number: masked as above, and any other number of 7 or more digits keeps only
    // its first 3 and last 4 digits (landlines, foreign numbers).
    static QString maskedPhone(QString phone);
};

} // namespace qadesk
