#include "PlaybackEngine.h"

#include "PcmPlaybackEngine.h"

namespace qadesk {

namespace {

PlaybackEngine::Factory &factory()
{
    static PlaybackEngine::Factory instance;
    return instance;
}

} // namespace

PlaybackEngine *PlaybackEngine::create(QObject *parent)
{
    if (factory()) {
        return factory()(parent);
    }
    return new PcmPlaybackEngine(parent);
}

void PlaybackEngine::setFactory(Factory f)
{
    factory() = std::move(f);
}

} // namespace qadesk
