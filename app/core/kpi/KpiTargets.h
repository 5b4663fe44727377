#pragma once

#include "kpi/KpiCatalog.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace qadesk {

// The organisation's KPI targets and amber margins (table kpi_targets, DESIGN §3): what every dashboard tile,
// ranking, report and CLI command compares a KPI with. Keys are the catalogue's (csat, nps, …, qa_pass_rate) and,
// for a channel with a target of its own, "key.channel" (first_response_s.email: an e-mail is answered in hours).
// A key never set has its default target; a target of nullopt means "no target" (the tile shows none).
class KpiTargets
{
public:
    // The defaults: every KPI with its default target and the catalogue's margin.
    KpiTargets() = default;

    // Every key a target may be kept under, catalogue order, then the channel keys.
    static const QStringList &keys();
    static bool isKey(const QString &key);
    // The channels with a target of their own for first response.
    static QStringList timedChannels() { return {QStringLiteral("email")}; }
    static QString channelKey(Kpi kpi, const QString &channel);
    // The level every rubric dimension is held to (1–5, default 3: "meets the standard"): an agent below it on a
    // dimension for weeks is a dashboard finding, and a rectification item's verification interaction passes at it.
    static QString dimensionKey() { return QStringLiteral("dimension_level"); }
    static std::optional<double> defaultTarget(const QString &key);
    // The catalogue's margin of the KPI `key` names (its part before a '.'); 0 for an unknown key.
    static double defaultMargin(const QString &key);

    // The target kept under `key` (its default when never set).
    std::optional<double> target(const QString &key) const;
    // The target of `kpi` for interactions of `channel` (all channels when empty).
    std::optional<double> target(Kpi kpi, const QString &channel = {}) const;
    double margin(const QString &key) const;
    double margin(Kpi kpi) const { return margin(KpiCatalog::get(kpi).key); }
    // The dimension target (its default when none is kept, or when "no target" was chosen: findings and
    // verification need a line).
    double dimensionLevel() const { return target(dimensionKey()).value_or(*defaultTarget(dimensionKey())); }

    void setTarget(const QString &key, std::optional<double> target);
    void setMargin(const QString &key, double margin);
    // Back to the default target and margin.
    void reset(const QString &key)
    {
        m_targets.remove(key);
        m_margins.remove(key);
    }
    // Whether `key` holds something other than its default (what the database keeps a row for).
    bool isSet(const QString &key) const { return m_targets.contains(key) || m_margins.contains(key); }

    // Targets and margins of the nine KPIs, for views keyed by Kpi (the agent ranking).
    QHash<Kpi, std::optional<double>> byKpi() const;
    QHash<Kpi, double> marginsByKpi() const;

    // "csat 85 (±5), nps none, …": each key set, for the audit log and messages.
    QString describe() const;

    bool operator==(const KpiTargets &other) const
    {
        return m_targets == other.m_targets && m_margins == other.m_margins;
    }

private:
    QHash<QString, std::optional<double>> m_targets; // only the keys set
    QHash<QString, double> m_margins;
};

} // namespace qadesk
