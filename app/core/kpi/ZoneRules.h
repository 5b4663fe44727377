#pragma once

#include <QTimeZone>

namespace qadesk {

// Whether two zones put every instant of 1970–2100 at the same local time: aliases such as UTC and Etc/UTC,
// or Asia/Shanghai and Asia/Chongqing, are the same zone for bucketing.
bool sameZoneRules(const QTimeZone &a, const QTimeZone &b);

} // namespace qadesk
