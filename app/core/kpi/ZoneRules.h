#pragma once

#include <QTimeZone>

namespace qadesk {

// Whether two zones put every instant of 1970–2100 at the same local time: aliases such as UTC and Etc/UTC,
// or Asia/Shanghai and Asia/Chongqing, are the same zone for bucketing.
bool sameZoneRules(const QTimeZone &a, const QTimeZone &b);

// A zone as a reader sees it in a document: "UTC" for UTC and its aliases (Etc/UTC, Etc/Universal, Zulu …), the
// IANA name otherwise (Asia/Shanghai).
QString zoneLabel(const QTimeZone &zone);

} // namespace qadesk
