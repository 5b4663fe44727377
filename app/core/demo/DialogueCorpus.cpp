#include "demo/DialogueCorpus.h"

#include "demo/DialogueClock.h"
#include "demo/DialogueWriter.h"

#include <QRandomGenerator>

#include <cmath>

namespace qadesk {

namespace {

demo::DialogueSpec specFor(const DialogueRequest &request)
{
    demo::DialogueSpec spec;
    if (request.channel == QLatin1String("phone")) {
        spec.channel = demo::Channel::Phone;
    } else if (request.channel == QLatin1String("chat")) {
        spec.channel = demo::Channel::Chat;
    } else if (request.channel == QLatin1String("email")) {
        spec.channel = demo::Channel::Email;
    } else {
        spec.channel = demo::Channel::Other;
    }
    static const QLatin1String categories[] = {QLatin1String("consultation"), QLatin1String("complaint"),
                                               QLatin1String("after_sales"), QLatin1String("suggestion")};
    spec.category = demo::categoryCount - 1; // "other" and anything unknown
    for (int i = 0; i < 4; ++i) {
        if (request.category == categories[i]) {
            spec.category = i;
        }
    }
    spec.quality = std::isfinite(request.quality) ? std::clamp(request.quality, 0.0, 1.0) : 0.5;
    spec.targetTurns = std::max(4, request.targetTurns);
    spec.english = request.english;
    spec.firstResponseS = std::isfinite(request.firstResponseS) ? std::max(0.0, request.firstResponseS) : 0.0;
    return spec;
}

} // namespace

QList<DemoTurn> DialogueCorpus::generate(const DialogueRequest &request, QRandomGenerator &rng)
{
    const demo::DialogueSpec spec = specFor(request);
    QList<demo::Beat> beats = demo::DialogueWriter(spec, rng).write();
    return demo::DialogueClock(spec, rng).stamp(beats);
}

} // namespace qadesk
