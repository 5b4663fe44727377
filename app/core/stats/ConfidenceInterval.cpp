#include "ConfidenceInterval.h"

#include <algorithm>
#include <cmath>

namespace qadesk {

std::optional<ConfidenceInterval> wilsonInterval(qint64 successes, qint64 n, double z)
{
    if (n <= 0 || successes < 0 || successes > n) {
        return std::nullopt;
    }
    const double trials = double(n);
    const double p = double(successes) / trials;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / trials;
    const double centre = (p + z2 / (2.0 * trials)) / denominator;
    const double margin = z * std::sqrt(p * (1.0 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
    // At p = 0 or 1 the bound on that side is exactly 0 or 1; floating point would miss it by an ulp.
    const double low = successes == 0 ? 0.0 : std::clamp(centre - margin, 0.0, 1.0);
    const double high = successes == n ? 1.0 : std::clamp(centre + margin, 0.0, 1.0);
    return ConfidenceInterval{low, high};
}

std::optional<ConfidenceInterval> npsInterval(qint64 promoters, qint64 detractors, qint64 n, double z)
{
    if (n <= 0 || promoters < 0 || detractors < 0 || promoters + detractors > n) {
        return std::nullopt;
    }
    const double pp = double(promoters) / double(n);
    const double pd = double(detractors) / double(n);
    const double nps = pp - pd;
    const double variance = std::max(0.0, pp + pd - nps * nps);
    const double margin = z * std::sqrt(variance / double(n));
    return ConfidenceInterval{std::max(-100.0, 100.0 * (nps - margin)), std::min(100.0, 100.0 * (nps + margin))};
}

} // namespace qadesk
