#include "KpiTargets.h"

#include "settings/AppSettings.h"

namespace qadesk {

QString KpiTargets::channelKey(Kpi kpi, const QString &channel)
{
    return KpiCatalog::get(kpi).key + QLatin1Char('.') + channel;
}

KpiTargets KpiTargets::fromSettings(const AppSettings &settings)
{
    KpiTargets t;
    for (const KpiDefinition &d : KpiCatalog::all()) {
        t.targets.insert(d.kpi, settings.kpiTarget(d.key));
        t.margins.insert(d.kpi, settings.kpiAmberMargin(d.key, d.defaultAmberMargin));
    }
    for (const QString &channel : timedChannels()) {
        const QString key = channelKey(Kpi::FirstResponse, channel);
        t.channelTargets.insert(key, settings.kpiTarget(key));
    }
    return t;
}

} // namespace qadesk
