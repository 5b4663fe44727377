#include "KpiCatalog.h"

#include "scoring/ScoreCalculator.h"

#include <cmath>

namespace qadesk {

QString KpiMeasure::format(const std::optional<double> &v) const
{
    if (!v) {
        return QStringLiteral("—");
    }
    // QA scores are shown the way evaluation scores are: cut, not rounded, so 59.996 never reads as 60.
    if (key == QLatin1String("qa_score")) {
        return ScoreCalculator::formatScore(*v);
    }
    return QString::number(*v, 'f', decimals);
}

QList<KpiMeasure> KpiCatalog::measures()
{
    using P = std::optional<std::pair<qint64, qint64>>;
    return {
        {QStringLiteral("csat"), tr("CSAT %"), 1, false, [](const KpiValues &v) { return v.csat; },
         [](const KpiValues &v) { return v.csatN; }, [](const KpiValues &v) { return P({v.csatPositive, v.csatN}); }},
        {QStringLiteral("nps"), tr("NPS"), 1, false, [](const KpiValues &v) { return v.nps; },
         [](const KpiValues &v) { return v.npsN; }, {}},
        {QStringLiteral("ces"), tr("CES %"), 1, false, [](const KpiValues &v) { return v.ces; },
         [](const KpiValues &v) { return v.cesN; }, [](const KpiValues &v) { return P({v.cesPositive, v.cesN}); }},
        {QStringLiteral("fcr"), tr("FCR %"), 1, false, [](const KpiValues &v) { return v.fcr; },
         [](const KpiValues &v) { return v.fcrN; }, [](const KpiValues &v) { return P({v.fcrYes, v.fcrN}); }},
        {QStringLiteral("aht_s"), tr("Average handle time (s)"), 0, true, [](const KpiValues &v) { return v.ahtS; },
         [](const KpiValues &v) { return v.handleN; }, {}},
        {QStringLiteral("first_response_s"), tr("First response (s)"), 1, true,
         [](const KpiValues &v) { return v.firstResponseS; }, [](const KpiValues &v) { return v.firstResponseN; }, {}},
        {QStringLiteral("complaint_rate"), tr("Complaint rate %"), 1, true,
         [](const KpiValues &v) { return v.complaintRate; }, [](const KpiValues &v) { return v.interactions; },
         [](const KpiValues &v) { return P({v.complaints, v.interactions}); }},
        {QStringLiteral("qa_score"), tr("QA score"), 2, false, [](const KpiValues &v) { return v.qaScore; },
         [](const KpiValues &v) { return v.qaN; }, {}},
        {QStringLiteral("qa_pass_rate"), tr("QA pass rate %"), 1, false, [](const KpiValues &v) { return v.qaPassRate; },
         [](const KpiValues &v) { return v.qaN; }, [](const KpiValues &v) { return P({v.qaPass, v.qaN}); }},
    };
}

std::optional<std::pair<double, double>> KpiCatalog::wilson(qint64 successes, qint64 trials)
{
    if (trials <= 0) {
        return std::nullopt;
    }
    constexpr double z = 1.959963984540054; // 97.5th percentile of the standard normal distribution
    const double n = double(trials);
    const double p = double(successes) / n;
    const double denominator = 1 + z * z / n;
    const double centre = (p + z * z / (2 * n)) / denominator;
    const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator;
    return std::pair{100.0 * std::max(0.0, centre - half), 100.0 * std::min(1.0, centre + half)};
}

} // namespace qadesk
