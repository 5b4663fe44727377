#include "ReportingPeriod.h"

namespace qadesk {

namespace {

QDate quarterStart(QDate d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
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
    // QDate clamps to the month's end: 31 March − 1 month is the last day of February.
    case PeriodPreset::ThisMonth:
        return {current.from.addMonths(-1), current.to.addMonths(-1)};
    case PeriodPreset::ThisQuarter:
        return {current.from.addMonths(-3), current.to.addMonths(-3)};
    case PeriodPreset::ThisYear:
        return {current.from.addYears(-1), current.to.addYears(-1)};
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
