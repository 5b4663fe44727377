#pragma once

#include <QDateTime>
#include <QString>

namespace qadesk {

// Words for stored keys (channel, category, status, checklist result) as printed reports and exports show
// them, translated like every other label.
class ReportLabels final
{
public:
    static QString channel(const QString &key);
    static QString category(const QString &key);
    static QString status(const QString &key);
    static QString checklistResult(const QString &result);
    // "2024-03-05 09:15 (UTC+08:00)": a moment in the offset it carries.
    static QString dateTimeWithOffset(const QDateTime &moment);
    // "—" where a figure or text is missing.
    static QString missing() { return QStringLiteral("—"); }
};

} // namespace qadesk
