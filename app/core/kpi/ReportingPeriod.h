#pragma once

#include <QDate>
#include <QString>

namespace qadesk {

// An inclusive range of local dates.
struct DateRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    bool operator==(const DateRange &) const = default;
};

enum class PeriodPreset { ThisWeek, LastFourWeeks, ThisMonth, ThisQuarter, ThisYear, Custom };

// The dashboard's period presets and the period each is compared with.
//  - this week / month / quarter / year: from the first day of the unit up to today; compared with the previous
//    unit up to the same weekday or date (month-to-date against last month to the same day, clamped to its end),
//    so that a part of a unit is never compared with a whole one;
//  - last 4 weeks: the four whole ISO weeks before this week, against the four weeks before them;
//  - custom: the chosen dates, against as many days just before them.
class ReportingPeriod final
{
public:
    static DateRange range(PeriodPreset preset, QDate today, const DateRange &custom = {});
    static DateRange previous(PeriodPreset preset, const DateRange &current);
    static QString key(PeriodPreset preset);
    static PeriodPreset fromKey(const QString &key, PeriodPreset fallback);
};

} // namespace qadesk
