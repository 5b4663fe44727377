#pragma once

#include <QString>

namespace qadesk {

// What a recording holds, as read from its header (WAV) or reported by the decoder.
struct AudioFormat
{
    int sampleRate = 0;
    int channels = 0;
    qint64 frames = 0; // samples per channel; from the header (FFmpeg: its estimate), 0 when unknown
    QString encoding;  // "pcm8", "pcm16", "alaw", "ulaw" for WAV; FFmpeg's codec name ("mp3", "opus"…) otherwise

    qint64 durationMs() const { return sampleRate > 0 ? frames * 1000 / sampleRate : 0; }
};

} // namespace qadesk
