#pragma once

#include "kpi/KpiCatalog.h"

#include <QHash>

#include <optional>

namespace qadesk {

class AppSettings;

// The KPI targets and amber margins as the settings hold them, read once per refresh.
struct KpiTargets
{
    QHash<Kpi, std::optional<double>> targets;
    QHash<Kpi, double> margins;

    static KpiTargets fromSettings(const AppSettings &settings);
    std::optional<double> target(Kpi kpi) const { return targets.value(kpi); }
    double margin(Kpi kpi) const { return margins.value(kpi, KpiCatalog::get(kpi).defaultAmberMargin); }
};

} // namespace qadesk
