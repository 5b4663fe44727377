#include "SampleDraw.h"

#include "Error.h"
#include "sampling/Sampler.h"
#include "storage/SamplingStore.h"

#include <QCoreApplication>
#include <QSet>

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
    store.savePlan(request, result, drawn);
    return result;
}

} // namespace qadesk
