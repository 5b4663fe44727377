#include "KpiTargets.h"

#include "settings/AppSettings.h"

namespace qadesk {

KpiTargets KpiTargets::fromSettings(const AppSettings &settings)
{
    KpiTargets t;
    for (const KpiDefinition &d : KpiCatalog::all()) {
        t.targets.insert(d.kpi, settings.kpiTarget(d.key));
        t.margins.insert(d.kpi, settings.kpiAmberMargin(d.key, d.defaultAmberMargin));
    }
    return t;
}

} // namespace qadesk
