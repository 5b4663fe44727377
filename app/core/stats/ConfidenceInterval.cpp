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

double studentT975(int df)
{
    static constexpr double kTable[] = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
                                        2.2010,  2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
                                        2.0796,  2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
    if (df < 1) {
        return std::nan("");
    }
    if (df <= 30) {
        return kTable[df - 1];
    }
    const double z = kZ95;
    const double v = df;
    const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v) +
           (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
}

std::optional<ConfidenceInterval> meanInterval(const QList<double> &values)
{
    const qsizetype n = values.size();
    if (n < 2) {
        return std::nullopt;
    }
    double sum = 0;
    for (const double x : values) {
        sum += x;
    }
    const double mean = sum / double(n);
    double squares = 0;
    for (const double x : values) {
        squares += (x - mean) * (x - mean);
    }
    const double half = studentT975(int(n - 1)) * std::sqrt(squares / double(n - 1)) / std::sqrt(double(n));
    return ConfidenceInterval{mean - half, mean + half};
}

} // namespace qadesk
