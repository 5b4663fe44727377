#include "ReportingPeriod.h"

namespace qadesk {

namespace {

QDate quarterStart(QDate d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

// The same elapsed part of an earlier unit: from `previousStart` on, as many days as [from, to] has, but never
// past the end of that unit (31 March − 1 month is the end of February).
DateRange sameElapsedPart(const DateRange &current, QDate previousStart, QDate previousEnd)
{
    const QDate to = previousStart.addDays(current.days() - 1);
    return {previousStart, std::min(to, previousEnd)};
}

} // namespace

DateRange ReportingPeriod::range(PeriodPreset preset, QDate today, const DateRange &custom)
{
    switch (preset) {
    case PeriodPreset::ThisWeek:
        return {today.addDays(1 - today.dayOfWeek()), today};
    case PeriodPreset::LastFourWeeks: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return {monday.addDays(-28), monday.addDays(-1)};
    }
    case PeriodPreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case PeriodPreset::ThisQuarter:
        return {quarterStart(today), today};
    case PeriodPreset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case PeriodPreset::Custom:
        return custom;
    }
    return custom;
}

DateRange ReportingPeriod::previous(PeriodPreset preset, const DateRange &current)
{
    if (!current.isValid()) {
        return {};
    }
    switch (preset) {
    case PeriodPreset::ThisWeek:
        return {current.from.addDays(-7), current.to.addDays(-7)};
    case PeriodPreset::LastFourWeeks:
        return {current.from.addDays(-28), current.to.addDays(-28)};
    case PeriodPreset::ThisMonth: {
        const QDate start = current.from.addMonths(-1);
        return sameElapsedPart(current, start, start.addMonths(1).addDays(-1));
    }
    case PeriodPreset::ThisQuarter: {
        const QDate start = current.from.addMonths(-3);
        return sameElapsedPart(current, start, start.addMonths(3).addDays(-1));
    }
    case PeriodPreset::ThisYear: {
        const QDate start = current.from.addYears(-1);
        return sameElapsedPart(current, start, start.addYears(1).addDays(-1));
    }
    case PeriodPreset::Custom:
        return {current.from.addDays(-current.days()), current.from.addDays(-1)};
    }
    return {};
}

QString ReportingPeriod::key(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::ThisWeek:
        return QStringLiteral("this_week");
    case PeriodPreset::LastFourWeeks:
        return QStringLiteral("last_4_weeks");
    case PeriodPreset::ThisMonth:
        return QStringLiteral("this_month");
    case PeriodPreset::ThisQuarter:
        return QStringLiteral("this_quarter");
    case PeriodPreset::ThisYear:
        return QStringLiteral("this_year");
    case PeriodPreset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

PeriodPreset ReportingPeriod::fromKey(const QString &key, PeriodPreset fallback)
{
    for (const PeriodPreset p : {PeriodPreset::ThisWeek, PeriodPreset::LastFourWeeks, PeriodPreset::ThisMonth,
                                 PeriodPreset::ThisQuarter, PeriodPreset::ThisYear, PeriodPreset::Custom}) {
        if (ReportingPeriod::key(p) == key) {
            return p;
        }
    }
    return fallback;
}

} // namespace qadesk
