#pragma once

#include "KpiValues.h"
#include "kpi/DrillDown.h"
#include "stats/ConfidenceInterval.h"

#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// The nine KPIs of DESIGN §3: the one catalogue the dashboard, reports, exports and the CLI read.
enum class Kpi { Csat, Nps, Ces, Fcr, Aht, FirstResponse, ComplaintRate, QaScore, QaPassRate };

enum class KpiUnit { Percent, NpsPoints, Seconds, Score };

// A rate on fewer answers than this is marked as a small sample (DESIGN §3).
inline constexpr qint64 kSmallSampleThreshold = 30;

struct KpiDefinition
{
    Kpi kpi;
    QString key;          // stable: settings, JSON (csat, nps, ces, fcr, aht_s, first_response_s, complaint_rate, …)
    KpiUnit unit;
    bool higherIsBetter;
    bool proportion;      // a share of its n (has a Wilson interval); else a mean or, for NPS, a difference
    DrillDownQuery::Subject subject;          // what stands behind it
    DrillDownQuery::Requirement requirement;  // which of those count
    double defaultAmberMargin; // how far on the wrong side of the target is still amber, in the KPI's unit

    QString name() const;      // translated, e.g. "CSAT"
    QString label() const;     // translated, with the unit, as reports and exports title a column: "CSAT %"
    QString unitSuffix() const; // translated, e.g. "%", " s"
    int decimals() const;      // places a figure is shown with: 0 for handle time, else 1

    // Whether `value` meets `target` in this KPI's direction.
    bool meets(double value, double target) const { return higherIsBetter ? value >= target : value <= target; }
    // The figure as reports and exports print it: no unit, "—" when missing; QA scores cut like evaluation scores.
    QString plainNumber(std::optional<double> value) const;
};

class KpiCatalog final
{
public:
    static const QList<KpiDefinition> &all();
    static const KpiDefinition &get(Kpi kpi);
    static const KpiDefinition *find(const QString &key);

    static std::optional<double> value(const KpiValues &values, Kpi kpi);
    // The n behind the figure: answers for survey rates, known cases for FCR, interactions for the complaint rate
    // and means, scored evaluations for QA figures.
    static qint64 sampleSize(const KpiValues &values, Kpi kpi);
    // 95 % interval in the KPI's unit (Wilson's for proportions, in percent; the normal approximation for NPS, in
    // points); none for means or without answers.
    static std::optional<ConfidenceInterval> interval(const KpiValues &values, Kpi kpi);
    // Fewer than kSmallSampleThreshold answers, but some: the one small-sample rule of tiles, tables and reports.
    static bool isSmallSample(const KpiValues &values, Kpi kpi);
};

enum class TargetStatus { NoTarget, Met, Near, Missed };

// Green when the target is met, amber within `amberMargin` on the wrong side of it, red beyond.
TargetStatus targetStatus(const KpiDefinition &definition, std::optional<double> value, std::optional<double> target,
                          double amberMargin);

// Whether a change from `previous` to `current` is an improvement for this KPI (none when either is missing or
// they are equal).
std::optional<bool> isImprovement(const KpiDefinition &definition, std::optional<double> current,
                                  std::optional<double> previous);

} // namespace qadesk
