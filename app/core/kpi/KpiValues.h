#pragma once

#include <QDate>

#include <array>
#include <optional>

namespace qadesk {

// The KPIs of one bucket (DESIGN §3) with the counts behind them. Rates are percentages; an empty
// denominator gives no value.
struct KpiValues
{
    QDate start;
    qint64 interactions = 0;
    qint64 csatN = 0, csatPositive = 0;
    qint64 npsN = 0, npsPromoters = 0, npsDetractors = 0;
    qint64 cesN = 0, cesPositive = 0;
    qint64 fcrN = 0, fcrYes = 0;
    qint64 handleN = 0, firstResponseN = 0;
    qint64 complaints = 0;
    qint64 evaluations = 0; // submitted
    qint64 qaN = 0;         // submitted and scored
    qint64 qaPass = 0;
    // Scored submitted evaluations by score: [0,10), [10,20), …, [90,100].
    std::array<qint64, 10> qaScoreBins{};
    std::optional<double> csat, nps, ces, fcr, ahtS, firstResponseS, complaintRate, qaScore, qaPassRate;
};

} // namespace qadesk
