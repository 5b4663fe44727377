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
    // Targets of one channel where it has its own (first response by e-mail), keyed "kpi.channel".
    QHash<QString, std::optional<double>> channelTargets;

    // The channels with a target of their own for first response.
    static QStringList timedChannels() { return {QStringLiteral("email")}; }
    static QString channelKey(Kpi kpi, const QString &channel);

    static KpiTargets fromSettings(const AppSettings &settings);
    // The target of `kpi` for interactions of `channel` (all channels when empty).
    std::optional<double> target(Kpi kpi, const QString &channel = {}) const
    {
        const QString key = channelKey(kpi, channel);
        if (!channel.isEmpty() && channelTargets.contains(key)) {
            return channelTargets.value(key);
        }
        return targets.value(kpi);
    }
    double margin(Kpi kpi) const { return margins.value(kpi, KpiCatalog::get(kpi).defaultAmberMargin); }
};

} // namespace qadesk
