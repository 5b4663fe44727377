#include "ReportLabels.h"

#include <QCoreApplication>

#include <cstdlib>

namespace qadesk {

QString ReportLabels::dateTimeWithOffset(const QDateTime &moment)
{
    if (!moment.isValid()) {
        return missing();
    }
    const int offset = moment.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("%1 (UTC%2%3:%4)")
        .arg(moment.toString(QStringLiteral("yyyy-MM-dd HH:mm")), sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ReportLabels::dateTimeInZone(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid()) {
        return missing();
    }
    const QDateTime local = moment.toTimeZone(zone);
    const QString text = dateTimeWithOffset(local);
    if (local.offsetFromUtc() == moment.offsetFromUtc()) {
        return text;
    }
    return QCoreApplication::translate("ReportLabels", "%1; source %2").arg(text, dateTimeWithOffset(moment));
}

} // namespace qadesk
