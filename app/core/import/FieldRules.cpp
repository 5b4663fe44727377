#include "FieldRules.h"

#include "ImportErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace qadesk {

namespace {

struct Alias
{
    const char16_t *alias;
    const char *canonical;
};

constexpr Alias kChannels[] = {
    {u"phone", "phone"}, {u"call", "phone"},    {u"voice", "phone"},    {u"telephone", "phone"}, {u"电话", "phone"},
    {u"语音", "phone"},  {u"热线", "phone"},    {u"chat", "chat"},      {u"im", "chat"},         {u"online", "chat"},
    {u"在线", "chat"},   {u"在线客服", "chat"}, {u"聊天", "chat"},      {u"email", "email"},     {u"e-mail", "email"},
    {u"mail", "email"},  {u"邮件", "email"},    {u"电子邮件", "email"}, {u"other", "other"},     {u"其他", "other"},
    {u"其它", "other"},
};

constexpr Alias kCategories[] = {
    {u"consultation", "consultation"},
    {u"inquiry", "consultation"},
    {u"咨询", "consultation"},
    {u"complaint", "complaint"},
    {u"投诉", "complaint"},
    {u"after_sales", "after_sales"},
    {u"after-sales", "after_sales"},
    {u"aftersales", "after_sales"},
    {u"售后", "after_sales"},
    {u"suggestion", "suggestion"},
    {u"建议", "suggestion"},
    {u"other", "other"},
    {u"其他", "other"},
    {u"其它", "other"},
};

// Exact (case-insensitive) speaker names.
constexpr Alias kSpeakers[] = {
    {u"agent", "agent"},     {u"customer", "customer"}, {u"system", "system"},  {u"user", "customer"},
    {u"assistant", "agent"}, {u"helpdesk", "agent"},    {u"operator", "agent"}, {u"support", "agent"},
    {u"caller", "customer"}, {u"client", "customer"},   {u"bot", "system"},     {u"客服", "agent"},
    {u"坐席", "agent"},      {u"客户", "customer"},     {u"用户", "customer"},  {u"系统", "system"},
};

// Chinese labels often carry a name or number after the role: 客服小王, 坐席A017, 客户(来电).
// System prefixes come first so that 智能客服 (a bot) is not taken for a person.
constexpr Alias kSpeakerPrefixes[] = {
    {u"系统", "system"},   {u"机器人", "system"}, {u"智能客服", "system"}, {u"客服", "agent"},
    {u"坐席", "agent"},    {u"人工", "agent"},    {u"客户", "customer"},   {u"用户", "customer"},
    {u"顾客", "customer"}, {u"访客", "customer"}, {u"来电", "customer"},   {u"买家", "customer"},
};

template <size_t N> const char *lookup(const Alias (&table)[N], QStringView text)
{
    for (const Alias &entry : table) {
        if (text.compare(QStringView(entry.alias), Qt::CaseInsensitive) == 0) {
            return entry.canonical;
        }
    }
    return nullptr;
}

QStringView stripBrackets(QStringView label)
{
    label = label.trimmed();
    static const QString opening = QStringLiteral("[【(（<《");
    static const QString closing = QStringLiteral("]】)）>》");
    while (label.size() >= 2 && opening.contains(label.front()) && closing.contains(label.back())) {
        label = label.sliced(1, label.size() - 2).trimmed();
    }
    return label;
}

int digits(QStringView text, qsizetype at, int count, bool *ok)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (at + i >= text.size() || !text[at + i].isDigit() || text[at + i].unicode() > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (text[at + i].unicode() - u'0');
    }
    return value;
}

[[noreturn]] void notTimestamp(QStringView text)
{
    throw FieldError(QCoreApplication::translate("Import", "'%1' is not an ISO 8601 date and time with a UTC offset "
                                                           "(expected e.g. 2024-03-05T09:15:02+08:00)")
                         .arg(excerpt(text)));
}

} // namespace

QString FieldRules::channel(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    if (const char *found = lookup(kChannels, text)) {
        return QString::fromLatin1(found);
    }
    throw FieldError(
        QCoreApplication::translate("Import", "unknown channel '%1' (expected phone, chat, email or other)")
            .arg(excerpt(text)));
}

QString FieldRules::category(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    if (const char *found = lookup(kCategories, text)) {
        return QString::fromLatin1(found);
    }
    throw FieldError(
        QCoreApplication::translate(
            "Import", "unknown category '%1' (expected consultation, complaint, after_sales, suggestion or other)")
            .arg(excerpt(text)));
}

std::optional<QString> FieldRules::knownSpeaker(QStringView label)
{
    label = stripBrackets(label);
    if (label.isEmpty()) {
        return std::nullopt;
    }
    if (const char *found = lookup(kSpeakers, label)) {
        return QString::fromLatin1(found);
    }
    for (const Alias &entry : kSpeakerPrefixes) {
        if (label.startsWith(QStringView(entry.alias))) {
            return QString::fromLatin1(entry.canonical);
        }
    }
    return std::nullopt;
}

QString FieldRules::unknownSpeakerMessage(QStringView label)
{
    return QCoreApplication::translate(
               "Import",
               "unknown speaker '%1' (expected agent, customer or system, or 客服, 坐席, assistant, helpdesk for the "
               "agent and 客户, 用户, user for the customer)")
        .arg(excerpt(label));
}

QString FieldRules::speaker(QStringView text)
{
    if (auto found = knownSpeaker(text)) {
        return *found;
    }
    throw FieldError(unknownSpeakerMessage(text.trimmed()));
}

bool FieldRules::boolean(QStringView text)
{
    text = text.trimmed();
    static const QStringView yes[] = {u"true", u"1", u"yes", u"y", u"是", u"t"};
    static const QStringView no[] = {u"false", u"0", u"no", u"n", u"否", u"f"};
    for (QStringView candidate : yes) {
        if (text.compare(candidate, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    for (QStringView candidate : no) {
        if (text.compare(candidate, Qt::CaseInsensitive) == 0) {
            return false;
        }
    }
    throw FieldError(QCoreApplication::translate("Import", "expected true or false (or 1/0, yes/no, 是/否), got '%1'")
                         .arg(excerpt(text)));
}

Instant FieldRules::timestamp(QStringView text)
{
    text = text.trimmed();
    bool ok = true;
    // YYYY-MM-DD
    const int year = digits(text, 0, 4, &ok);
    if (!ok || text.size() < 10 || text[4] != u'-' || text[7] != u'-') {
        notTimestamp(text);
    }
    const int month = digits(text, 5, 2, &ok);
    const int day = digits(text, 8, 2, &ok);
    if (!ok) {
        notTimestamp(text);
    }
    if (text.size() == 10 || (text[10] != u'T' && text[10] != u't' && text[10] != u' ')) {
        if (text.size() == 10) {
            throw FieldError(
                QCoreApplication::translate(
                    "Import", "'%1' has no time of day and no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)")
                    .arg(excerpt(text)));
        }
        notTimestamp(text);
    }
    // hh:mm[:ss[.fraction]]
    qsizetype at = 11;
    const int hour = digits(text, at, 2, &ok);
    if (!ok || at + 2 >= text.size() || text[at + 2] != u':') {
        notTimestamp(text);
    }
    const int minute = digits(text, at + 3, 2, &ok);
    if (!ok) {
        notTimestamp(text);
    }
    at += 5;
    int second = 0;
    if (at < text.size() && text[at] == u':') {
        second = digits(text, at + 1, 2, &ok);
        if (!ok) {
            notTimestamp(text);
        }
        at += 3;
        if (at < text.size() && (text[at] == u'.' || text[at] == u',')) {
            ++at;
            const qsizetype fractionStart = at;
            while (at < text.size() && text[at].unicode() >= u'0' && text[at].unicode() <= u'9') {
                ++at;
            }
            if (at == fractionStart) {
                notTimestamp(text);
            }
        }
    }
    if (at < text.size() && text[at] == u' ') {
        ++at;
    }
    if (at >= text.size()) {
        throw FieldError(QCoreApplication::translate(
                             "Import", "'%1' has no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00 or …Z)")
                             .arg(excerpt(text)));
    }
    int offset = 0;
    if (text[at] == u'Z' || text[at] == u'z') {
        ++at;
    } else if (text[at] == u'+' || text[at] == u'-' || text[at] == QChar(0x2212)) {
        const int sign = text[at] == u'+' ? 1 : -1;
        ++at;
        const int offsetHours = digits(text, at, 2, &ok);
        if (!ok) {
            notTimestamp(text);
        }
        at += 2;
        int offsetMinutes = 0;
        if (at < text.size()) {
            if (text[at] == u':') {
                ++at;
            }
            offsetMinutes = digits(text, at, 2, &ok);
            if (!ok) {
                notTimestamp(text);
            }
            at += 2;
        }
        // Real offsets run from −12:00 to +14:00; what Qt can represent ends at ±14:00. Beyond that the value
        // is refused here, naming the offset (not later as a missing started_at).
        if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 14 * 60) {
            throw FieldError(QCoreApplication::translate("Import", "'%1' has an impossible UTC offset %2 (offsets "
                                                                   "range from -14:00 to +14:00)")
                                 .arg(excerpt(text))
                                 .arg(QStringLiteral("%1%2:%3")
                                          .arg(sign > 0 ? QLatin1Char('+') : QLatin1Char('-'))
                                          .arg(offsetHours, 2, 10, QLatin1Char('0'))
                                          .arg(offsetMinutes, 2, 10, QLatin1Char('0'))));
        }
        offset = sign * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
        notTimestamp(text);
    }
    if (at != text.size()) {
        notTimestamp(text);
    }
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || hour > 23 || minute > 59 || second > 59) {
        throw FieldError(QCoreApplication::translate("Import", "'%1' is not a real date and time").arg(excerpt(text)));
    }
    const qint64 localSeconds =
        (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 + hour * 3600 + minute * 60 + second;
    Instant instant;
    instant.offsetSeconds = offset;
    instant.at = QDateTime::fromSecsSinceEpoch(localSeconds - offset, QTimeZone(offset));
    if (!instant.at.isValid()) {
        throw FieldError(QCoreApplication::translate("Import", "'%1' is not a real date and time").arg(excerpt(text)));
    }
    return instant;
}

FieldRules::Whole FieldRules::wholeNumber(QStringView text, qint64 &value)
{
    // Read from the digits, never through a double: 9007199254740993 must not become …992 on the way.
    text = text.trimmed();
    const qsizetype size = text.size();
    const auto isDigit = [&](qsizetype at) { return at < size && text[at] >= u'0' && text[at] <= u'9'; };
    qsizetype i = 0;
    bool negative = false;
    if (i < size && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    QString digits;
    qsizetype fractionDigits = 0;
    while (isDigit(i)) {
        digits += text[i++];
    }
    if (i < size && text[i] == u'.') {
        ++i;
        while (isDigit(i)) {
            digits += text[i++];
            ++fractionDigits;
        }
    }
    if (digits.isEmpty()) {
        return Whole::NotANumber;
    }
    qint64 exponent = 0;
    if (i < size && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        qint64 sign = 1;
        if (i < size && (text[i] == u'-' || text[i] == u'+')) {
            sign = text[i] == u'-' ? -1 : 1;
            ++i;
        }
        if (!isDigit(i)) {
            return Whole::NotANumber;
        }
        while (isDigit(i)) {
            exponent = qMin<qint64>(exponent * 10 + (text[i++].unicode() - u'0'), 1000000); // beyond any input
        }
        exponent *= sign;
    }
    if (i != size) {
        return Whole::NotANumber;
    }
    qsizetype leading = 0;
    while (leading < digits.size() && digits[leading] == u'0') {
        ++leading;
    }
    digits.remove(0, leading);
    if (digits.isEmpty()) {
        value = 0;
        return Whole::Ok;
    }
    // value = digits × 10^scale
    const qint64 scale = exponent - fractionDigits;
    if (scale < 0) {
        if (-scale >= digits.size()) {
            return Whole::NotWhole; // a non-zero magnitude below 1
        }
        const QStringView dropped = QStringView(digits).last(qsizetype(-scale));
        if (std::any_of(dropped.begin(), dropped.end(), [](QChar c) { return c != u'0'; })) {
            return Whole::NotWhole;
        }
        digits.chop(qsizetype(-scale));
    } else if (scale > 0) {
        if (digits.size() + scale > 16) {
            return Whole::TooLarge;
        }
        digits += QString(qsizetype(scale), u'0');
    }
    if (digits.size() > 16) {
        return Whole::TooLarge;
    }
    const qint64 magnitude = digits.toLongLong();
    if (magnitude > kMaxExactInteger) {
        return Whole::TooLarge;
    }
    value = negative ? -magnitude : magnitude;
    return Whole::Ok;
}

int FieldRules::integer(double value, bool integral, int min, int max)
{
    if (!std::isfinite(value) || value != std::floor(value) || value < min || value > max) {
        throw FieldError(QCoreApplication::translate("Import", "expected a whole number from %1 to %2, got %3")
                             .arg(min)
                             .arg(max)
                             .arg(QString::number(value, 'g', 12)));
    }
    Q_UNUSED(integral)
    return int(value);
}

int FieldRules::integer(QStringView text, int min, int max)
{
    qint64 value = 0;
    const Whole whole = wholeNumber(text, value);
    if (whole == Whole::NotANumber) {
        throw FieldError(QCoreApplication::translate("Import", "expected a whole number from %1 to %2, got '%3'")
                             .arg(min)
                             .arg(max)
                             .arg(excerpt(text.trimmed())));
    }
    if (whole != Whole::Ok || value < min || value > max) {
        throw FieldError(QCoreApplication::translate("Import", "expected a whole number from %1 to %2, got %3")
                             .arg(min)
                             .arg(max)
                             .arg(excerpt(text.trimmed())));
    }
    return int(value);
}

double FieldRules::seconds(double value)
{
    if (!std::isfinite(value) || value < 0) {
        throw FieldError(QCoreApplication::translate("Import", "expected a number of seconds ≥ 0, got %1")
                             .arg(QString::number(value, 'g', 12)));
    }
    return value;
}

double FieldRules::seconds(QStringView text)
{
    if (text.contains(QLatin1Char(':'))) {
        if (const auto ms = clockMilliseconds(text)) {
            return double(*ms) / 1000.0; // spreadsheets often write durations as 00:06:52
        }
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok) {
        throw FieldError(
            QCoreApplication::translate("Import", "expected a number of seconds ≥ 0, got '%1'").arg(excerpt(text)));
    }
    return seconds(value);
}

qint64 FieldRules::milliseconds(QStringView text)
{
    qint64 value = 0;
    switch (wholeNumber(text, value)) {
    case Whole::Ok:
        if (value >= 0) {
            return value;
        }
        break;
    case Whole::TooLarge:
        throw FieldError(QCoreApplication::translate("Import", "%1 milliseconds is too large to be stored exactly "
                                                               "(at most %2)")
                             .arg(excerpt(text.trimmed()))
                             .arg(kMaxExactInteger));
    case Whole::NotANumber:
    case Whole::NotWhole:
        break;
    }
    throw FieldError(QCoreApplication::translate("Import", "expected a whole number of milliseconds ≥ 0, got '%1'")
                         .arg(excerpt(text.trimmed())));
}

std::optional<qint64> FieldRules::clockMilliseconds(QStringView text)
{
    text = text.trimmed();
    qsizetype fractionAt = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('.') || text[i] == QLatin1Char(',')) {
            fractionAt = i;
            break;
        }
    }
    const QStringView clock = fractionAt >= 0 ? text.first(fractionAt) : text;
    const QList<QStringView> parts = clock.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3) {
        return std::nullopt;
    }
    const auto allDigits = [](QStringView part) {
        return !part.isEmpty() && std::all_of(part.begin(), part.end(),
                                              [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };
    qint64 values[3] = {0, 0, 0};
    const qsizetype offset = 3 - parts.size();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        if (!allDigits(part) || part.size() > 3) {
            return std::nullopt;
        }
        values[offset + i] = part.toLongLong();
    }
    if (values[1] > 59 || values[2] > 59) {
        return std::nullopt;
    }
    qint64 ms = 0;
    if (fractionAt >= 0) {
        const QStringView fraction = text.sliced(fractionAt + 1);
        if (!allDigits(fraction) || fraction.size() > 3) {
            return std::nullopt;
        }
        ms = fraction.toLongLong();
        for (qsizetype i = fraction.size(); i < 3; ++i) {
            ms *= 10;
        }
    }
    return ((values[0] * 60 + values[1]) * 60 + values[2]) * 1000 + ms;
}

std::optional<qint64> FieldRules::wallClockMilliseconds(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?:(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[ T]+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,](\\d{1,3}))?"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int hour = match.capturedView(4).toInt();
    const int minute = match.capturedView(5).toInt();
    const int second = match.capturedView(6).isEmpty() ? 0 : match.capturedView(6).toInt();
    if (hour > 23 || minute > 59 || second > 59) {
        return std::nullopt;
    }
    qint64 day = 0;
    if (!match.capturedView(1).isEmpty()) {
        const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
        if (!date.isValid()) {
            return std::nullopt;
        }
        day = date.toJulianDay();
    }
    QString fraction = match.captured(7);
    while (!fraction.isEmpty() && fraction.size() < 3) {
        fraction += QLatin1Char('0');
    }
    return ((day * 24 + hour) * 60 + minute) * 60000 + second * 1000 + fraction.toLongLong();
}

void FieldRules::checkTurnTimes(const Turn &turn)
{
    if (turn.startMs && turn.endMs && *turn.endMs < *turn.startMs) {
        throw FieldError(QCoreApplication::translate("Import", "end_ms (%1) is before start_ms (%2)")
                             .arg(*turn.endMs)
                             .arg(*turn.startMs));
    }
}

std::optional<double> FieldRules::firstResponseSeconds(const QList<Turn> &turns)
{
    qsizetype firstAgent = -1;
    for (qsizetype i = 0; i < turns.size(); ++i) {
        if (turns.at(i).speaker == QLatin1String("agent")) {
            firstAgent = i;
            break;
        }
    }
    if (firstAgent < 0 || !turns.at(firstAgent).startMs) {
        return std::nullopt;
    }
    const qint64 agentStart = *turns.at(firstAgent).startMs;
    for (qsizetype i = 0; i < firstAgent; ++i) {
        const Turn &turn = turns.at(i);
        if (turn.speaker == QLatin1String("customer")) {
            if (!turn.startMs || agentStart < *turn.startMs) {
                return std::nullopt;
            }
            return double(agentStart - *turn.startMs) / 1000.0;
        }
    }
    return double(agentStart) / 1000.0;
}

} // namespace qadesk
