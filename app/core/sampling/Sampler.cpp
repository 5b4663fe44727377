#include "Sampler.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace qadesk {

namespace {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fully specified, good enough to key a sample.
class SplitMix64 final
{
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in (0, 1]: 53 random bits, never 0 so that its logarithm is finite.
    double nextUnit() { return double((next() >> 11) + 1) * 0x1.0p-53; }

private:
    quint64 m_state;
};

} // namespace

double Sampler::weight(const SampleCandidate &candidate, const SampleOptions &options)
{
    double w = 1.0;
    if (candidate.complaint) {
        w *= std::max(options.complaintWeight, 1e-9);
    }
    if (candidate.csat && *candidate.csat <= options.lowCsatMax) {
        w *= std::max(options.lowCsatWeight, 1e-9);
    }
    return w;
}

QList<qint64> Sampler::draw(QList<SampleCandidate> candidates, const SampleOptions &options)
{
    QList<qint64> drawn;
    if (options.perAgent <= 0 || candidates.isEmpty()) {
        return drawn;
    }
    // A canonical order first, so that the order the database returned rows in does not matter.
    std::sort(candidates.begin(), candidates.end(), [](const SampleCandidate &a, const SampleCandidate &b) {
        return std::pair(a.agentId, a.interactionId) < std::pair(b.agentId, b.interactionId);
    });
    std::vector<std::pair<double, qint64>> keyed; // (key, interaction id) of one agent
    qsizetype begin = 0;
    while (begin < candidates.size()) {
        const qint64 agent = candidates.at(begin).agentId;
        qsizetype end = begin;
        while (end < candidates.size() && candidates.at(end).agentId == agent) {
            ++end;
        }
        // Each agent's stream from the seed and the agent alone.
        SplitMix64 seeder(options.seed ^ (quint64(agent) * 0xD1B54A32D192ED03ULL));
        SplitMix64 random(seeder.next());
        keyed.clear();
        for (qsizetype i = begin; i < end; ++i) {
            const SampleCandidate &c = candidates.at(i);
            // log(u^(1/w)) = log(u)/w keeps the order of the keys without underflow.
            keyed.emplace_back(std::log(random.nextUnit()) / weight(c, options), c.interactionId);
        }
        const auto take = std::min<std::size_t>(std::size_t(options.perAgent), keyed.size());
        std::partial_sort(
            keyed.begin(), keyed.begin() + qsizetype(take), keyed.end(),
            [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        QList<qint64> chosen;
        for (std::size_t i = 0; i < take; ++i) {
            chosen << keyed[i].second;
        }
        std::sort(chosen.begin(), chosen.end());
        drawn += chosen;
        begin = end;
    }
    return drawn;
}

} // namespace qadesk
