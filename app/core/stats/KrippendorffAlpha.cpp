#include "KrippendorffAlpha.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <vector>

namespace qadesk {

namespace {

// One kind of unit: a multiset of values. Its contribution to the coincidence matrix, o_ck += w for every
// (c, k, w) of `cells`, is the same for every unit of the kind.
struct UnitPattern
{
    std::vector<std::tuple<int, int, double>> cells;
};

struct PreparedData
{
    std::vector<double> values;        // the distinct pairable values, ascending
    std::vector<UnitPattern> patterns;
    std::vector<qint64> unitCount;     // units of each pattern in the data
    std::vector<int> unitPattern;      // pattern of each pairable unit (for resampling)
    qsizetype raters = 0;
};

struct Sums
{
    std::vector<double> marginals; // n_c
    double n = 0;
};

double deltaSquared(KrippendorffAlpha::Level level, const std::vector<double> &values, const std::vector<double> &cumulative,
                    const std::vector<double> &marginals, int c, int k)
{
    if (c == k) {
        return 0;
    }
    switch (level) {
    case KrippendorffAlpha::Level::Nominal:
        return 1;
    case KrippendorffAlpha::Level::Ordinal: {
        const int lo = std::min(c, k), hi = std::max(c, k);
        const double between = cumulative[hi] - (lo > 0 ? cumulative[lo - 1] : 0.0);
        const double d = between - (marginals[c] + marginals[k]) / 2.0;
        return d * d;
    }
    case KrippendorffAlpha::Level::Interval: {
        const double d = values[c] - values[k];
        return d * d;
    }
    case KrippendorffAlpha::Level::Ratio: {
        const double sum = values[c] + values[k];
        if (sum == 0) {
            return 0;
        }
        const double d = (values[c] - values[k]) / sum;
        return d * d;
    }
    }
    return 0;
}

// α from the pattern weights (how many units of each pattern): 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
std::optional<double> alphaFor(KrippendorffAlpha::Level level, const std::vector<double> &values,
                               const std::vector<UnitPattern> &patterns, const std::vector<qint64> &weights,
                               double *pairable = nullptr)
{
    const int v = int(values.size());
    std::vector<double> marginals(v, 0.0);
    for (size_t p = 0; p < patterns.size(); ++p) {
        if (weights[p] == 0) {
            continue;
        }
        for (const auto &[c, k, w] : patterns[p].cells) {
            marginals[c] += double(weights[p]) * w;
        }
    }
    double n = 0;
    for (const double m : marginals) {
        n += m;
    }
    if (pairable) {
        *pairable = n;
    }
    if (n < 2) {
        return std::nullopt;
    }
    std::vector<double> cumulative(v, 0.0);
    for (int i = 0; i < v; ++i) {
        cumulative[i] = marginals[i] + (i > 0 ? cumulative[i - 1] : 0.0);
    }
    double observed = 0;
    for (size_t p = 0; p < patterns.size(); ++p) {
        if (weights[p] == 0) {
            continue;
        }
        double unit = 0;
        for (const auto &[c, k, w] : patterns[p].cells) {
            unit += w * deltaSquared(level, values, cumulative, marginals, c, k);
        }
        observed += double(weights[p]) * unit;
    }
    double expected = 0;
    if (level == KrippendorffAlpha::Level::Nominal) {
        double squares = 0;
        for (const double m : marginals) {
            squares += m * m;
        }
        expected = n * n - squares;
    } else if (level == KrippendorffAlpha::Level::Interval) {
        // Σ_c Σ_k n_c n_k (v_c − v_k)² = 2 (n Σ n_c v_c² − (Σ n_c v_c)²), around the mean for precision.
        double mean = 0;
        for (int c = 0; c < v; ++c) {
            mean += marginals[c] * values[c];
        }
        mean /= n;
        double spread = 0;
        for (int c = 0; c < v; ++c) {
            spread += marginals[c] * (values[c] - mean) * (values[c] - mean);
        }
        expected = 2 * n * spread;
    } else {
        for (int c = 0; c < v; ++c) {
            if (marginals[c] == 0) {
                continue;
            }
            for (int k = 0; k < v; ++k) {
                if (k != c && marginals[k] != 0) {
                    expected += marginals[c] * marginals[k] * deltaSquared(level, values, cumulative, marginals, c, k);
                }
            }
        }
    }
    if (expected <= 0) {
        return std::nullopt;
    }
    return 1.0 - (n - 1) * observed / expected;
}

} // namespace

void KrippendorffAlpha::add(int unitIndex, int raterIndex, double value)
{
    m_entries.append({unitIndex, value});
    m_raters.append(raterIndex);
}

namespace {

std::vector<std::vector<qsizetype>> entriesByUnit(const QList<std::pair<int, double>> &entries)
{
    int units = 0;
    for (const auto &[unit, value] : entries) {
        units = std::max(units, unit + 1);
    }
    std::vector<std::vector<qsizetype>> byUnit(units);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        byUnit[entries.at(i).first].push_back(i);
    }
    return byUnit;
}

} // namespace

std::optional<std::pair<qsizetype, qsizetype>> KrippendorffAlpha::duplicate() const
{
    std::optional<std::pair<qsizetype, qsizetype>> first;
    for (const std::vector<qsizetype> &entries : entriesByUnit(m_entries)) {
        for (size_t a = 0; a < entries.size(); ++a) {
            for (size_t b = a + 1; b < entries.size(); ++b) {
                if (m_raters.at(entries[a]) == m_raters.at(entries[b]) && (!first || entries[b] < first->second)) {
                    first = std::pair{entries[a], entries[b]};
                }
            }
        }
    }
    return first;
}

namespace {

PreparedData prepare(const QList<std::pair<int, double>> &all, const QList<int> &raterOf)
{
    PreparedData prepared;
    const std::vector<std::vector<qsizetype>> byUnit = entriesByUnit(all); // unit index → entries
    std::vector<double> values;
    QSet<int> raters;
    for (const std::vector<qsizetype> &entries : byUnit) {
        if (entries.size() < 2) {
            continue;
        }
        for (const qsizetype i : entries) {
            values.push_back(all.at(i).second);
            raters.insert(raterOf.at(i));
        }
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    prepared.values = values;
    prepared.raters = raters.size();

    std::map<std::vector<int>, int> patternOf;
    for (const std::vector<qsizetype> &entries : byUnit) { // in unit order: resampling is reproducible
        if (entries.size() < 2) {
            continue;
        }
        std::vector<int> key;
        key.reserve(entries.size());
        for (const qsizetype i : entries) {
            key.push_back(int(std::lower_bound(values.begin(), values.end(), all.at(i).second) - values.begin()));
        }
        std::sort(key.begin(), key.end());
        auto [found, inserted] = patternOf.try_emplace(key, int(prepared.patterns.size()));
        if (inserted) {
            // o_ck += (count_c · count_k − [c = k] · count_c) / (m − 1) over the unit's values.
            std::map<int, int> counts;
            for (const int c : key) {
                ++counts[c];
            }
            const double m = double(key.size());
            UnitPattern pattern;
            for (const auto &[c, cc] : counts) {
                for (const auto &[k, ck] : counts) {
                    const double pairs = c == k ? double(cc) * (cc - 1) : double(cc) * ck;
                    if (pairs > 0) {
                        pattern.cells.emplace_back(c, k, pairs / (m - 1));
                    }
                }
            }
            prepared.patterns.push_back(std::move(pattern));
            prepared.unitCount.push_back(0);
        }
        prepared.unitCount[found->second] += 1;
        prepared.unitPattern.push_back(found->second);
    }
    return prepared;
}

} // namespace

KrippendorffAlpha::Result KrippendorffAlpha::compute(Level level) const
{
    const PreparedData prepared = prepare(m_entries, m_raters);
    Result result;
    result.units = qsizetype(prepared.unitPattern.size());
    result.raters = prepared.raters;
    double n = 0;
    result.alpha = alphaFor(level, prepared.values, prepared.patterns, prepared.unitCount, &n);
    result.values = qsizetype(std::llround(n));
    if (!result.alpha) {
        result.undefinedReason =
            n < 2 ? QCoreApplication::translate("KrippendorffAlpha",
                                                "alpha is undefined: fewer than 2 pairable values (a unit needs "
                                                "values from at least two raters)")
                  : QCoreApplication::translate("KrippendorffAlpha",
                                                "alpha is undefined: the pairable values do not vary (every value "
                                                "is the same)");
    }
    return result;
}

std::optional<KrippendorffAlpha::Interval> KrippendorffAlpha::bootstrap(Level level, int resamples, quint64 seed) const
{
    const PreparedData prepared = prepare(m_entries, m_raters);
    const std::vector<int> &units = prepared.unitPattern;
    if (units.empty() || resamples <= 0 || !alphaFor(level, prepared.values, prepared.patterns, prepared.unitCount)) {
        return std::nullopt;
    }
    // std::mt19937_64 is the same sequence on every platform; the modulo bias is below 2^-40 for any unit count.
    std::mt19937_64 random(seed);
    std::vector<double> alphas;
    alphas.reserve(resamples);
    std::vector<qint64> weights(prepared.patterns.size());
    const quint64 count = units.size();
    for (int r = 0; r < resamples; ++r) {
        std::fill(weights.begin(), weights.end(), 0);
        for (quint64 i = 0; i < count; ++i) {
            ++weights[units[random() % count]];
        }
        if (const std::optional<double> alpha = alphaFor(level, prepared.values, prepared.patterns, weights)) {
            alphas.push_back(*alpha);
        }
    }
    if (alphas.empty()) {
        return std::nullopt;
    }
    std::sort(alphas.begin(), alphas.end());
    const auto quantile = [&](double q) { // linear between the order statistics (type 7)
        const double position = q * double(alphas.size() - 1);
        const size_t below = size_t(std::floor(position));
        const size_t above = std::min(below + 1, alphas.size() - 1);
        return alphas[below] + (position - double(below)) * (alphas[above] - alphas[below]);
    };
    return Interval{quantile(0.025), quantile(0.975)};
}

} // namespace qadesk
