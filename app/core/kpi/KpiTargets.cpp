#include "KpiTargets.h"

namespace qadesk {

const QStringList &KpiTargets::keys()
{
    static const QStringList keys = [] {
        QStringList all;
        for (const KpiDefinition &d : KpiCatalog::all()) {
            all << d.key;
        }
        for (const QString &channel : timedChannels()) {
            all << channelKey(Kpi::FirstResponse, channel);
        }
        all << dimensionKey();
        return all;
    }();
    return keys;
}

bool KpiTargets::isKey(const QString &key)
{
    return keys().contains(key);
}

QString KpiTargets::channelKey(Kpi kpi, const QString &channel)
{
    return KpiCatalog::get(kpi).key + QLatin1Char('.') + channel;
}

std::optional<double> KpiTargets::defaultTarget(const QString &key)
{
    static const QHash<QString, double> defaults{
        {QStringLiteral("csat"), 85.0},       {QStringLiteral("nps"), 30.0},
        {QStringLiteral("ces"), 70.0},        {QStringLiteral("fcr"), 75.0},
        {QStringLiteral("aht_s"), 420.0},     {QStringLiteral("first_response_s"), 10.0},
        {QStringLiteral("complaint_rate"), 5.0}, {QStringLiteral("qa_score"), 80.0},
        {QStringLiteral("qa_pass_rate"), 90.0},
        // Per channel (issue 15): an e-mail is answered in hours, not seconds.
        {QStringLiteral("first_response_s.email"), 4 * 3600.0},
        // Issue 13: a dimension below "meets the standard" for weeks is a finding.
        {QStringLiteral("dimension_level"), 3.0},
    };
    const auto it = defaults.constFind(key);
    return it == defaults.constEnd() ? std::nullopt : std::optional<double>(*it);
}

double KpiTargets::defaultMargin(const QString &key)
{
    const KpiDefinition *d = KpiCatalog::find(key.section(QLatin1Char('.'), 0, 0));
    return d ? d->defaultAmberMargin : 0.0;
}

std::optional<double> KpiTargets::target(const QString &key) const
{
    const auto it = m_targets.constFind(key);
    return it == m_targets.constEnd() ? defaultTarget(key) : *it;
}

std::optional<double> KpiTargets::target(Kpi kpi, const QString &channel) const
{
    if (!channel.isEmpty()) {
        const QString key = channelKey(kpi, channel);
        if (isKey(key)) {
            return target(key);
        }
    }
    return target(KpiCatalog::get(kpi).key);
}

double KpiTargets::margin(const QString &key) const
{
    return m_margins.value(key, defaultMargin(key));
}

void KpiTargets::setTarget(const QString &key, std::optional<double> target)
{
    m_targets.insert(key, target);
}

void KpiTargets::setMargin(const QString &key, double margin)
{
    m_margins.insert(key, margin);
}

QHash<Kpi, std::optional<double>> KpiTargets::byKpi() const
{
    QHash<Kpi, std::optional<double>> result;
    for (const KpiDefinition &d : KpiCatalog::all()) {
        result.insert(d.kpi, target(d.key));
    }
    return result;
}

QHash<Kpi, double> KpiTargets::marginsByKpi() const
{
    QHash<Kpi, double> result;
    for (const KpiDefinition &d : KpiCatalog::all()) {
        result.insert(d.kpi, margin(d.key));
    }
    return result;
}

QString KpiTargets::describe() const
{
    QStringList parts;
    for (const QString &key : keys()) {
        if (!isSet(key)) {
            continue;
        }
        const std::optional<double> t = target(key);
        parts << QStringLiteral("%1 %2 (±%3)")
                     .arg(key, t ? QString::number(*t) : QStringLiteral("none"), QString::number(margin(key)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace qadesk
