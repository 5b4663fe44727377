#pragma once

#include "PcmSource.h"

#include <QString>

#include <memory>

namespace qadesk {

// Any recording FFmpeg's libraries read (MP3, OGG/Vorbis, OGG/Opus, M4A/AAC…), decoded a packet at a time into
// interleaved 16-bit frames at the file's own rate (more than two channels are mixed down to stereo). Seeking
// goes to a point before the frame, decodes and drops the surplus, so the frames after a seek are the ones a
// read from the start gives. Throws qadesk::Error naming the file and what is wrong when it cannot be read.
class FfmpegReader final : public PcmSource
{
public:
    explicit FfmpegReader(const QString &path);
    ~FfmpegReader() override;

    const AudioFormat &format() const override;
    qint64 read(QList<qint16> &samples, qint64 maxFrames) override;
    void seekFrame(qint64 frame) override;

private:
    struct Decoder;
    std::unique_ptr<Decoder> d;
};

} // namespace qadesk
