#pragma once

#include "AudioFormat.h"

#include <QList>

#include <memory>

namespace qadesk {

// A recording read as interleaved 16-bit frames (one or two channels), seekable to an exact frame: what the
// envelope, the analysis, qadesk-cli recording and the player take, whatever the file's format.
class PcmSource
{
public:
    virtual ~PcmSource() = default;

    virtual const AudioFormat &format() const = 0;
    // Appends up to maxFrames frames (channels samples each) to `samples`; returns the frames read, 0 at the end.
    virtual qint64 read(QList<qint16> &samples, qint64 maxFrames) = 0;
    // Moves to a frame (clamped to the recording); the next read starts exactly there.
    virtual void seekFrame(qint64 frame) = 0;

    // WAV through WavReader (ours, exact), anything else through FFmpeg (FfmpegReader). Throws qadesk::Error with
    // a message naming the file when it does not exist or cannot be read.
    static std::unique_ptr<PcmSource> open(const QString &path);
};

} // namespace qadesk
