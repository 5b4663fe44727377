#pragma once

#include "kpi/KpiValues.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace qadesk {

// One KPI of DESIGN §3 as reports and exports present it: its stable key (the one targets and the CLI use),
// a label, how to read its value and sample size from KpiValues, and which way is better.
struct KpiMeasure
{
    QString key;
    QString label;
    int decimals = 1;
    bool lowerIsBetter = false;
    std::function<std::optional<double>(const KpiValues &)> value;
    std::function<qint64(const KpiValues &)> n;
    // For rates that are proportions: successes and trials, for a Wilson interval.
    std::function<std::optional<std::pair<qint64, qint64>>(const KpiValues &)> proportion;

    // Whether `value` meets `target` in this KPI's direction.
    bool meets(double value, double target) const { return lowerIsBetter ? value <= target : value >= target; }
    QString format(const std::optional<double> &v) const;
};

class KpiCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(KpiCatalog)

public:
    // csat, nps, ces, fcr, aht_s, first_response_s, complaint_rate, qa_score, qa_pass_rate.
    static QList<KpiMeasure> measures();
    // Rates on fewer responses than this are marked as small samples (DESIGN §3).
    static constexpr qint64 SmallSample = 30;
    // The 95 % Wilson score interval of a proportion, in percent; none without trials.
    static std::optional<std::pair<double, double>> wilson(qint64 successes, qint64 trials);
};

} // namespace qadesk
