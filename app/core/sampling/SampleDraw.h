#pragma once

#include "domain/Sampling.h"

namespace qadesk {

class Connection;

// Draws a sample for an inspector: the candidates the request allows (SamplingStore), the reproducible
// draw (Sampler), and the result recorded as a plan on the inspector's work queue.
class SampleDraw final
{
public:
    static SampleDrawResult run(Connection &connection, const SampleRequest &request);
};

} // namespace qadesk
