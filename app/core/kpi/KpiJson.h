#pragma once

#include "KpiValues.h"

#include <QJsonObject>
#include <QList>

namespace qadesk {

// The JSON shape of DESIGN §5's `kpi` command, one object a bucket; null where a figure is undefined.
QJsonObject kpiToJson(const KpiValues &values);
QJsonObject kpiResultToJson(const QList<KpiValues> &buckets);

} // namespace qadesk
