#include "PiiMasker.h"

#include <QDate>
#include <QVarLengthArray>

namespace qadesk {

namespace {

using Positions = QVarLengthArray<qsizetype, 32>;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int digitAt(const QString &text, const Positions &positions, qsizetype i)
{
    return text.at(positions[i]).unicode() - u'0';
}

// Replaces the digits at positions [keepFront, size - keepBack) with '*'; separators stay.
void maskRange(QString &text, const Positions &positions, qsizetype from, qsizetype to, qsizetype keepFront,
               qsizetype keepBack)
{
    for (qsizetype i = from + keepFront; i < to - keepBack; ++i) {
        text[positions[i]] = QLatin1Char('*');
    }
}

bool plausibleBirthDate(const QString &text, const Positions &p, qsizetype from)
{
    auto number = [&](qsizetype at, int count) {
        int value = 0;
        for (int k = 0; k < count; ++k) {
            value = value * 10 + digitAt(text, p, from + at + k);
        }
        return value;
    };
    const int year = number(6, 4);
    return year >= 1900 && year <= 2100 && QDate(year, number(10, 2), number(12, 2)).isValid();
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
    if (n >= 16 && n <= 19) {
        maskRange(text, p, from, to, 4, 4);
        return true;
    }
    return false;
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
        if (!isAsciiDigit(text.at(i))) {
            ++i;
            continue;
        }
        // A run: digit groups joined by single spaces or hyphens ("138 1234 5678", "6222-0212-…").
        positions.clear();
        groupStarts.clear();
        qsizetype j = i;
        for (;;) {
            groupStarts.append(positions.size());
            while (j < size && isAsciiDigit(text.at(j))) {
                positions.append(j++);
            }
            if (j + 1 < size && (text.at(j) == QLatin1Char(' ') || text.at(j) == QLatin1Char('-')) &&
                isAsciiDigit(text.at(j + 1))) {
                ++j;
                continue;
            }
            break;
        }
        const bool checkLetter = j < size && (text.at(j) == QLatin1Char('X') || text.at(j) == QLatin1Char('x'));
        if (positions.size() >= 11) {
            if (maskNumber(text, positions, 0, positions.size(), checkLetter)) {
                changed = true;
            } else if (groupStarts.size() > 1) {
                // The groups may be separate numbers ("共 2 件 13812345678").
                for (qsizetype g = 0; g < groupStarts.size(); ++g) {
                    const qsizetype from = groupStarts[g];
                    const qsizetype to = g + 1 < groupStarts.size() ? groupStarts[g + 1] : positions.size();
                    if (to - from >= 11) {
                        const bool last = g + 1 == groupStarts.size();
                        changed = maskNumber(text, positions, from, to, last && checkLetter) || changed;
                    }
                }
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
    if (mask(phone)) {
        return phone;
    }
    Positions positions;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        if (isAsciiDigit(phone.at(i))) {
            positions.append(i);
        }
    }
    if (positions.size() >= 7) {
        maskRange(phone, positions, 0, positions.size(), 3, 4);
    }
    return phone;
}

} // namespace qadesk
