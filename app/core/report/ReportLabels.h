#pragma once

#include <QDateTime>
#include <QString>

namespace qadesk {

// How printed reports write moments and missing figures (the words for stored keys: DomainLabels).
class ReportLabels final
{
public:
    // "2024-03-05 09:15 (UTC+08:00)": a moment in the offset it carries.
    static QString dateTimeWithOffset(const QDateTime &moment);
    // "—" where a figure or text is missing.
    static QString missing() { return QStringLiteral("—"); }
};

} // namespace qadesk
