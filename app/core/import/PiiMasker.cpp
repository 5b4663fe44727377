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

// A line break inside one text (a caption cue of two lines, a wrapped chat message): a number may be split by it.
bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029);
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

// The province (or region) an ID-card number starts with: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82.
bool plausibleProvince(const QString &text, const Positions &p, qsizetype from)
{
    const int code = numberAt(text, p, from, 2);
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71 ||
           code == 81 || code == 82;
}

// The check digit every bank card number ends with (Luhn).
bool luhnValid(const QString &text, const Positions &p, qsizetype from, qsizetype to)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = to - 1; i >= from; --i) {
        int d = digitAt(text, p, i);
        if (twice && (d *= 2) > 9) {
            d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// How much a run must look like a personal number before it is masked.
enum class Evidence
{
    Form,     // digits on one line: the number of digits and a plausible birth date decide
    SplitForm // digits joined across a line break, which also joins unrelated numbers (a list, one a line): ID
              // numbers must also start with a province code and bank-card numbers pass the Luhn check and start
              // like a card (3–6), so that dates and order numbers on consecutive lines stay
};

// Masks digits [from, to) of one run if they form a known kind of number. `idCheckLetter`: the run is
// followed directly by an X/x (the ID-card check character).
bool maskNumber(QString &text, const Positions &p, qsizetype from, qsizetype to, bool idCheckLetter,
                Evidence evidence = Evidence::Form)
{
    const qsizetype n = to - from;
    const bool split = evidence == Evidence::SplitForm;
    if (idCheckLetter && n == 17 &&
        (!split || (plausibleProvince(text, p, from) && plausibleBirthDate(text, p, from)))) {
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
    if (n == 18 && plausibleBirthDate(text, p, from) && (!split || plausibleProvince(text, p, from))) {
        maskRange(text, p, from, to, 3, 4);
        return true;
    }
    if (n == 15 && plausibleOldBirthDate(text, p, from) && (!split || plausibleProvince(text, p, from))) {
        maskRange(text, p, from, to, 3, 3);
        return true;
    }
    if (n >= 16 && n <= 19 &&
        (!split || (digitAt(text, p, from) >= 3 && digitAt(text, p, from) <= 6 && luhnValid(text, p, from, to)))) {
        maskRange(text, p, from, to, 4, 4);
        return true;
    }
    return false;
}

// A mobile number inside a longer run of digits ("订单0013812345678", digits run on without a separator):
// every 1[3-9]xxxxxxxxx found in positions [from, to) is masked.
bool maskEmbeddedMobiles(QString &text, const Positions &p, qsizetype from, qsizetype to)
{
    bool changed = false;
    for (qsizetype at = from; at + 11 <= to;) {
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

// Masks the digits [from, to) of one line of a run, whose digit groups start at `groups`: the whole line as one
// number, else each group that is one, else the mobile numbers running on inside it.
bool maskLine(QString &text, const Positions &p, qsizetype from, qsizetype to, const Positions &groups,
              bool checkLetter)
{
    if (to - from < 11) {
        return false;
    }
    bool masked = maskNumber(text, p, from, to, checkLetter);
    if (!masked && groups.size() > 1) {
        // The groups may be separate numbers ("共 2 件 13812345678").
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const qsizetype groupEnd = g + 1 < groups.size() ? groups[g + 1] : to;
            if (groupEnd - groups[g] >= 11) {
                const bool last = g + 1 == groups.size();
                masked = maskNumber(text, p, groups[g], groupEnd, last && checkLetter) || masked;
            }
        }
    }
    if (!masked) {
        masked = maskEmbeddedMobiles(text, p, from, to);
    }
    return masked;
}

bool untouched(const QString &text, const Positions &p, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!isDigit(text.at(p[i]))) {
            return false;
        }
    }
    return true;
}

// The end of the separators after a digit group at `at` when another group follows them: at most two separators
// and at most one line break (LF, CR LF, CR, U+2028/9); `lineBreak` tells whether there was one. `at` when the run
// ends here.
qsizetype gapEnd(const QString &text, qsizetype at, bool &lineBreak)
{
    lineBreak = false;
    int separators = 0;
    qsizetype k = at;
    while (k < text.size()) {
        const QChar c = text.at(k);
        if (isLineBreak(c) && !lineBreak) {
            lineBreak = true;
            k += c == QLatin1Char('\r') && k + 1 < text.size() && text.at(k + 1) == QLatin1Char('\n') ? 2 : 1;
        } else if (isSeparator(c) && separators < 2) {
            ++separators;
            ++k;
        } else {
            break;
        }
    }
    return k > at && k < text.size() && isDigit(text.at(k)) ? k : at;
}

} // namespace

bool PiiMasker::mask(QString &text)
{
    bool changed = false;
    const qsizetype size = text.size();
    qsizetype i = 0;
    Positions positions;
    Positions groupStarts;
    Positions lineStarts; // the groups (indexes into groupStarts) that begin a new line
    while (i < size) {
        if (!isDigit(text.at(i))) {
            ++i;
            continue;
        }
        // A run: digit groups joined by one or two separators ("138 1234 5678", "138.1234.5678",
        // "138  1234\u3000 5678", "6222-0212-…"), and across one line break ("138 1234\n5678").
        positions.clear();
        groupStarts.clear();
        lineStarts.clear();
        lineStarts.append(0);
        qsizetype j = i;
        for (;;) {
            groupStarts.append(positions.size());
            while (j < size && isDigit(text.at(j))) {
                positions.append(j++);
            }
            bool lineBreak = false;
            const qsizetype next = gapEnd(text, j, lineBreak);
            if (next == j) {
                break;
            }
            if (lineBreak) {
                lineStarts.append(groupStarts.size());
            }
            j = next;
        }
        const bool checkLetter = j < size && isCheckLetter(text.at(j));
        const qsizetype total = positions.size();
        // The digits of line l, as a range of positions and the groups in it.
        const auto lineFrom = [&](qsizetype l) { return groupStarts[lineStarts[l]]; };
        const auto lineTo = [&](qsizetype l) { return l + 1 < lineStarts.size() ? lineFrom(l + 1) : total; };
        const auto lineGroups = [&](qsizetype l) {
            const qsizetype end = l + 1 < lineStarts.size() ? lineStarts[l + 1] : groupStarts.size();
            Positions groups;
            for (qsizetype g = lineStarts[l]; g < end; ++g) {
                groups.append(groupStarts[g]);
            }
            return groups;
        };
        if (lineStarts.size() == 1) {
            changed = maskLine(text, positions, 0, total, groupStarts, checkLetter) || changed;
        } else if (total >= 11 && maskNumber(text, positions, 0, total, checkLetter, Evidence::SplitForm)) {
            changed = true; // one number split across lines
        } else {
            // Each line on its own, then a number that ends one line and begins the next ("电话 138\n1234 5678 共 2
            // 件" has digits before and after it).
            for (qsizetype l = 0; l < lineStarts.size(); ++l) {
                const bool last = l + 1 == lineStarts.size();
                changed =
                    maskLine(text, positions, lineFrom(l), lineTo(l), lineGroups(l), last && checkLetter) || changed;
            }
            for (qsizetype l = 0; l + 1 < lineStarts.size(); ++l) {
                const Positions before = lineGroups(l);
                const Positions after = lineGroups(l + 1);
                bool found = false;
                for (qsizetype b = before.size() - 1; b >= 0 && !found; --b) {
                    for (qsizetype a = 1; a <= after.size() && !found; ++a) {
                        const qsizetype from = before[b];
                        const qsizetype to = a < after.size() ? after[a] : lineTo(l + 1);
                        if (to - from > 19) {
                            break;
                        }
                        const bool letter = to == total && checkLetter;
                        found = to - from >= 11 && untouched(text, positions, from, to) &&
                                maskNumber(text, positions, from, to, letter, Evidence::SplitForm);
                    }
                }
                changed = found || changed;
            }
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
