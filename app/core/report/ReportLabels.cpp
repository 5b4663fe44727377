#include "ReportLabels.h"

#include <QCoreApplication>

namespace qadesk {

QString ReportLabels::channel(const QString &key)
{
    if (key == QLatin1String("phone")) {
        return QCoreApplication::translate("ReportLabels", "Phone");
    }
    if (key == QLatin1String("chat")) {
        return QCoreApplication::translate("ReportLabels", "Chat");
    }
    if (key == QLatin1String("email")) {
        return QCoreApplication::translate("ReportLabels", "E-mail");
    }
    if (key == QLatin1String("other")) {
        return QCoreApplication::translate("ReportLabels", "Other");
    }
    return key.isEmpty() ? missing() : key;
}

QString ReportLabels::category(const QString &key)
{
    if (key == QLatin1String("consultation")) {
        return QCoreApplication::translate("ReportLabels", "Consultation");
    }
    if (key == QLatin1String("complaint")) {
        return QCoreApplication::translate("ReportLabels", "Complaint");
    }
    if (key == QLatin1String("after_sales")) {
        return QCoreApplication::translate("ReportLabels", "After-sales");
    }
    if (key == QLatin1String("suggestion")) {
        return QCoreApplication::translate("ReportLabels", "Suggestion");
    }
    if (key == QLatin1String("other")) {
        return QCoreApplication::translate("ReportLabels", "Other");
    }
    return key.isEmpty() ? missing() : key;
}

QString ReportLabels::status(const QString &key)
{
    if (key == QLatin1String("draft")) {
        return QCoreApplication::translate("ReportLabels", "Draft");
    }
    if (key == QLatin1String("submitted")) {
        return QCoreApplication::translate("ReportLabels", "Submitted");
    }
    if (key == QLatin1String("disputed")) {
        return QCoreApplication::translate("ReportLabels", "Disputed");
    }
    if (key == QLatin1String("final")) {
        return QCoreApplication::translate("ReportLabels", "Final");
    }
    return key;
}

QString ReportLabels::checklistResult(const QString &result)
{
    if (result == QLatin1String("yes")) {
        return QCoreApplication::translate("ReportLabels", "Met");
    }
    if (result == QLatin1String("no")) {
        return QCoreApplication::translate("ReportLabels", "Not met");
    }
    if (result == QLatin1String("na")) {
        return QCoreApplication::translate("ReportLabels", "N/A");
    }
    return QCoreApplication::translate("ReportLabels", "Not recorded");
}

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

} // namespace qadesk
