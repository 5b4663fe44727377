#pragma once

#include "domain/Rubric.h"

#include <QDateTime>
#include <QTimeZone>

namespace qadesk {

// How a printed report is written. Labels follow the application's translation; `chinese` picks the
// language of the rubric texts (dimension, level and grade names), which exist in both languages.
struct ReportOptions
{
    bool chinese = prefersChinese();
    QTimeZone zone = QTimeZone::systemTimeZone(); // evaluation dates, "printed at"
    QDateTime printedAt = QDateTime::currentDateTimeUtc();
};

} // namespace qadesk
