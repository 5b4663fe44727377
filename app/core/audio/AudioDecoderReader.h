#pragma once

#include "AudioEnvelope.h"

namespace qadesk {

// Formats other than WAV (MP3, OGG/Opus, M4A…) decoded by Qt Multimedia's QAudioDecoder on the calling thread
// (a local event loop waits for it), folded into an envelope as the buffers come. Throws qadesk::Error when the
// backend cannot decode the file.
class AudioDecoderReader final
{
public:
    static AudioEnvelope read(const QString &path, const std::atomic_bool *cancel = nullptr);
};

} // namespace qadesk
