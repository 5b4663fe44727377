#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace qadesk {

// How printed reports write moments and missing figures (the words for stored keys: DomainLabels).
class ReportLabels final
{
public:
    // "2024-03-05 09:15 (UTC+08:00)": a moment in the offset it carries.
    static QString dateTimeWithOffset(const QDateTime &moment);
    // The moment in `zone` with its offset; when the moment's own offset (the source's clock) differs, that too:
    // "2024-03-05 09:15 (UTC+08:00); source 2024-03-04 20:15 (UTC−05:00)".
    static QString dateTimeInZone(const QDateTime &moment, const QTimeZone &zone);
    // "—" where a figure or text is missing.
    static QString missing() { return QStringLiteral("—"); }
};

} // namespace qadesk
