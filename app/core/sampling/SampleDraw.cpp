#include "SampleDraw.h"

#include "Error.h"
#include "calibration/CalibrationService.h"
#include "sampling/Sampler.h"
#include "storage/SamplingStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace qadesk {

SampleDrawResult SampleDraw::run(Connection &connection, const SampleRequest &request)
{
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to) {
        throw Error(QCoreApplication::translate("SampleDraw", "The sampling period must start on or before its end."));
    }
    if (request.options.perAgent < 1) {
        throw Error(QCoreApplication::translate("SampleDraw", "Draw at least one interaction per agent."));
    }
    SamplingStore store(connection);
    const QList<SampleCandidate> candidates = store.candidates(request);
    SampleDrawResult result;
    result.candidates = int(candidates.size());
    QSet<qint64> agents;
    for (const SampleCandidate &c : candidates) {
        agents.insert(c.agentId);
    }
    result.agents = int(agents.size());
    const QList<qint64> drawn = Sampler::draw(candidates, request.options);
    QList<qint64> doubleScored;
    const QString second = request.secondInspector.trimmed();
    if (request.doubleScorePercent > 0 && !second.isEmpty()) {
        if (second == request.inspector.trimmed()) {
            throw Error(QCoreApplication::translate("SampleDraw",
                                                    "The second inspector must be someone other than the inspector."));
        }
        if (!drawn.isEmpty()) {
            const int share = std::min(request.doubleScorePercent, 100);
            const int count = std::max(1, int(std::lround(double(drawn.size()) * share / 100.0)));
            // Its own stream of the plan's seed, so the share does not depend on anything but the draw.
            doubleScored = CalibrationService::draw(drawn, count, request.options.seed ^ 0x9e3779b97f4a7c15ULL);
        }
    }
    store.savePlan(request, result, drawn, doubleScored);
    return result;
}

} // namespace qadesk
