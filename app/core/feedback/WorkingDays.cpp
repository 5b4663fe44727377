#include "WorkingDays.h"

namespace qadesk {

QDateTime WorkingDays::deadline(const QDateTime &from, int workingDays, const QTimeZone &zone)
{
    QDate day = from.toTimeZone(zone).date();
    for (int counted = 0; counted < workingDays;) {
        day = day.addDays(1);
        if (isWorkingDay(day)) {
            ++counted;
        }
    }
    return day.addDays(1).startOfDay(zone).toUTC();
}

} // namespace qadesk
