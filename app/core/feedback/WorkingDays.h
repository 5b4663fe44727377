#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace qadesk {

// Deadlines counted in working days (Monday to Friday) in the organisation's zone: a window of N working days that
// opens at `from` ends at midnight after the Nth working day following from's local day. Released on a Friday
// with a window of 5, the agent has until the end of the next Friday; released on a Saturday, until the end of
// the following Friday. A window of 0 ends at the end of from's own day.
class WorkingDays final
{
public:
    static QDateTime deadline(const QDateTime &from, int workingDays, const QTimeZone &zone);
    static bool isWorkingDay(const QDate &day) { return day.dayOfWeek() <= 5; }
};

} // namespace qadesk
