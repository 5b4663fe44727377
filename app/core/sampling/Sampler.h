#pragma once

#include "domain/Sampling.h"

#include <QList>

namespace qadesk {

// Draws up to perAgent interactions per agent, without replacement, each with a chance proportional to
// its weight (Efraimidis–Spirakis keys u^(1/w)). A pure function of its inputs: the same candidates
// (in any order) and the same seed give the same sample on every machine, since it uses its own
// specified generator rather than the standard library's distributions, and each agent's draw depends
// only on the seed and that agent's candidates, so adding an agent leaves the others' samples alone.
class Sampler final
{
public:
    // The drawn interaction ids, ordered by agent id, then interaction id.
    static QList<qint64> draw(QList<SampleCandidate> candidates, const SampleOptions &options);
    static double weight(const SampleCandidate &candidate, const SampleOptions &options);
};

} // namespace qadesk
