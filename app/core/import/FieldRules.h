#pragma once

#include "domain/Interaction.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace qadesk {

struct Instant
{
    QDateTime at; // carries the source's offset
    int offsetSeconds = 0;
};

// The value rules of DESIGN §4.2, shared by every input format. Each converter returns the stored form
// or throws FieldError with what was expected; the caller adds the place.
class FieldRules final
{
public:
    static QString channel(QStringView text);  // phone, chat, email, other (and 电话, 在线, 邮件, 其他 …)
    static QString category(QStringView text); // consultation, complaint, after_sales, suggestion, other
    static QString speaker(QStringView text);  // agent, customer, system, or one of their aliases
    // The speaker a label names (客服 → agent, 用户 → customer, …), or nothing when it is not a speaker.
    static std::optional<QString> knownSpeaker(QStringView label);
    static QString unknownSpeakerMessage(QStringView label);
    static bool boolean(QStringView text); // true/false, 1/0, yes/no, 是/否
    // ISO 8601 date and time WITH a UTC offset; offset-less or impossible values are errors.
    static Instant timestamp(QStringView text);
    // The largest whole number every consumer (SQLite, PostgreSQL, JSON readers) holds exactly: 2^53 − 1.
    static constexpr qint64 kMaxExactInteger = 9007199254740991;
    enum class Whole
    {
        Ok,
        NotANumber,
        NotWhole,
        TooLarge // magnitude above kMaxExactInteger
    };
    // The whole number a decimal literal ("1500", "1500.0", "1.5e3", "-2") stands for, read from its digits so
    // that nothing is rounded on the way.
    static Whole wholeNumber(QStringView text, qint64 &value);
    static int integer(QStringView text, int min, int max); // the literal as written (JSON numbers too)
    static int integer(double value, bool integral, int min, int max);
    static double seconds(QStringView text); // a finite number ≥ 0
    static double seconds(double value);
    // A whole number of milliseconds from 0 to kMaxExactInteger, from its literal.
    static qint64 milliseconds(QStringView text);
    // "hh:mm:ss.mmm", "mm:ss.mmm", "hh:mm:ss,mmm", "hh:mm:ss" → milliseconds; nothing when it is not such a time.
    static std::optional<qint64> clockMilliseconds(QStringView text);
    // A wall-clock time, with or without a date before it ("2024-03-05 09:15:02", "2024/3/5 9:15", "09:15:02"), as
    // milliseconds from an arbitrary origin: only differences between such values mean something.
    static std::optional<qint64> wallClockMilliseconds(QStringView text);
    // Times are optional, but when given: ≥ 0 and end ≥ start.
    static void checkTurnTimes(const Turn &turn);
    // DESIGN §4.2: the start of the first agent turn minus the start of the first customer turn before it,
    // or, when the agent speaks first, the start of the first agent turn. Nothing when the times are missing.
    static std::optional<double> firstResponseSeconds(const QList<Turn> &turns);
};

} // namespace qadesk
