#pragma once

#include "AudioEnvelope.h"

#include <optional>

namespace qadesk {

// Envelopes kept per recording under the user's cache folder (…/waveforms/<hash>.env), keyed by the file's
// path, size and modification time: a recording opened again draws at once, a changed file is read anew.
class EnvelopeCache final
{
public:
    static std::optional<AudioEnvelope> load(const QString &path);
    static void store(const QString &path, const AudioEnvelope &envelope); // best effort: failures are ignored
    static QString cacheFile(const QString &path);                         // empty when the file does not exist
};

} // namespace qadesk
