#include "PiiMasker.h"

#include <QDate>
#include <QVarLengthArray>

namespace qadesk {

namespace {

using Positions = QVarLengthArray<qsizetype, 32>;

// ASCII and full-width digits (１３８…, what Chinese input methods type in full-width mode).
int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= 0xFF10 && u <= 0xFF19) {
        return u - 0xFF10;
    }
    return -1;
}

bool isDigit(QChar c)
{
    return digitValue(c) >= 0;
}

// What people put between the digit groups of one number: spaces (also no-break, ideographic, figure and thin
// spaces), hyphens (ASCII, Unicode, full-width) and dots (138.1234.5678).
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'-':
    case u'.':
    case 0x00A0: // no-break space
    case 0x2007: // figure space
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space
    case 0x3000: // ideographic space
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0xFF0D: // full-width hyphen-minus
    case 0xFF0E: // full-width full stop
        return true;
    default:
        return false;
    }
}

bool isCheckLetter(QChar c)
{
    return c == QLatin1Char('X') || c == QLatin1Char('x') || c == QChar(0xFF38) || c == QChar(0xFF58);
}

int digitAt(const QString &text, const Positions &positions, qsizetype i)
{
    return digitValue(text.at(positions[i]));
}

// Replaces the digits at positions [keepFront, size - keepBack) with '*'; separators stay.
void maskRange(QString &text, const Positions &positions, qsizetype from, qsizetype to, qsizetype keepFront,
               qsizetype keepBack)
{
    for (qsizetype i = from + keepFront; i < to - keepBack; ++i) {
        text[positions[i]] = QLatin1Char('*');
    }
}

int numberAt(const QString &text, const Positions &p, qsizetype at, int count)
{
    int value = 0;
    for (int k = 0; k < count; ++k) {
        value = value * 10 + digitAt(text, p, at + k);
    }
    return value;
}

bool plausibleBirthDate(const QString &text, const Positions &p, qsizetype from)
{
    const int year = numberAt(text, p, from + 6, 4);
    return year >= 1900 && year <= 2100 &&
           QDate(year, numberAt(text, p, from + 10, 2), numberAt(text, p, from + 12, 2)).isValid();
}

// First-generation ID cards (15 digits, until 2004): the birth date is YYMMDD of the 1900s.
bool plausibleOldBirthDate(const QString &text, const Positions &p, qsizetype from)
{
    return QDate(1900 + numberAt(text, p, from + 6, 2), numberAt(text, p, from + 8, 2), numberAt(text, p, from + 10, 2))
        .isValid();
}

// Masks digits [from, to) of one run if they form a known kind of number. `idCheckLetter`: the run is
// followed directly by an X/x (the ID-card check character).
bool maskNumber(QString &text, const Positions &p, qsizetype from, qsizetype to, bool idCheckLetter)
{
    const qsizetype n = to - from;
    if (idCheckLetter && n == 17) {
        maskRange(text, p, from, to, 3, 3); // the X is the fourth kept character
        return true;
    }
    const auto mobileAt = [&](qsizetype at) { return digitAt(text, p, at) == 1 && digitAt(text, p, at + 1) >= 3; };
    if (n == 11 && mobileAt(from)) {
        maskRange(text, p, from, to, 3, 4);
        return true;
    }
    if (n == 13 && digitAt(text, p, from) == 8 && digitAt(text, p, from + 1) == 6 && mobileAt(from + 2)) {
        maskRange(text, p, from, to, 5, 4);
        return true;
    }
    if (n == 18 && plausibleBirthDate(text, p, from)) {
        maskRange(text, p, from, to, 3, 4);
        return true;
    }
    if (n == 15 && plausibleOldBirthDate(text, p, from)) {
        maskRange(text, p, from, to, 3, 3);
        return true;
    }
    if (n >= 16 && n <= 19) {
        maskRange(text, p, from, to, 4, 4);
        return true;
    }
    return false;
}

// A mobile number inside a longer run of digits ("订单0013812345678", digits run on without a separator):
// every 1[3-9]xxxxxxxxx found is masked.
bool maskEmbeddedMobiles(QString &text, const Positions &p)
{
    bool changed = false;
    for (qsizetype at = 0; at + 11 <= p.size();) {
        if (digitAt(text, p, at) == 1 && digitAt(text, p, at + 1) >= 3) {
            maskRange(text, p, at, at + 11, 3, 4);
            changed = true;
            at += 11;
        } else {
            ++at;
        }
    }
    return changed;
}

} // namespace

bool PiiMasker::mask(QString &text)
{
    bool changed = false;
    const qsizetype size = text.size();
    qsizetype i = 0;
    Positions positions;
    QVarLengthArray<qsizetype, 8> groupStarts;
    while (i < size) {
        if (!isDigit(text.at(i))) {
            ++i;
            continue;
        }
        // A run: digit groups joined by one or two separators ("138 1234 5678", "138.1234.5678",
        // "138  1234\u3000 5678", "6222-0212-…").
        positions.clear();
        groupStarts.clear();
        qsizetype j = i;
        for (;;) {
            groupStarts.append(positions.size());
            while (j < size && isDigit(text.at(j))) {
                positions.append(j++);
            }
            qsizetype gap = 0;
            while (gap < 2 && j + gap < size && isSeparator(text.at(j + gap))) {
                ++gap;
            }
            if (gap > 0 && j + gap < size && isDigit(text.at(j + gap))) {
                j += gap;
                continue;
            }
            break;
        }
        const bool checkLetter = j < size && isCheckLetter(text.at(j));
        if (positions.size() >= 11) {
            bool masked = maskNumber(text, positions, 0, positions.size(), checkLetter);
            if (!masked && groupStarts.size() > 1) {
                // The groups may be separate numbers ("共 2 件 13812345678").
                for (qsizetype g = 0; g < groupStarts.size(); ++g) {
                    const qsizetype from = groupStarts[g];
                    const qsizetype to = g + 1 < groupStarts.size() ? groupStarts[g + 1] : positions.size();
                    if (to - from >= 11) {
                        const bool last = g + 1 == groupStarts.size();
                        masked = maskNumber(text, positions, from, to, last && checkLetter) || masked;
                    }
                }
            }
            if (!masked) {
                masked = maskEmbeddedMobiles(text, positions);
            }
            changed = masked || changed;
        }
        i = j;
    }
    return changed;
}

QString PiiMasker::masked(QString text)
{
    mask(text);
    return text;
}

QString PiiMasker::maskedPhone(QString phone)
{
    // A field that is a phone number keeps its first 3 and last 4 digits and nothing else, whatever its form:
    // +86 and 0086 prefixes, extensions and long forms included.
    Positions positions;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        if (isDigit(phone.at(i))) {
            positions.append(i);
        }
    }
    if (positions.size() > 7) {
        maskRange(phone, positions, 0, positions.size(), 3, 4);
    }
    return phone;
}

} // namespace qadesk
