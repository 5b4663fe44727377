#pragma once

#include "PcmSource.h"

#include <QFile>
#include <QList>

namespace qadesk {

// Reads a RIFF/WAVE file block by block as 16-bit interleaved samples: PCM 8 and 16 bit, A-law and µ-law,
// 8 to 48 kHz, mono or stereo (WAVE_FORMAT_EXTENSIBLE with those subformats too). Anything else is refused with a
// qadesk::Error that says what the file holds, so the player and qadesk-cli can show it.
class WavReader final : public PcmSource
{
public:
    // Throws qadesk::Error when the file cannot be opened or is not a supported WAV.
    explicit WavReader(const QString &path);

    const AudioFormat &format() const override { return m_format; }
    // Appends up to maxFrames frames (channels samples each) to `samples`; returns the frames read, 0 at the end.
    qint64 read(QList<qint16> &samples, qint64 maxFrames) override;
    // Moves to a frame (clamped to the data); the next read starts there.
    void seekFrame(qint64 frame) override;

    // Whether the file starts like a WAV (RIFF....WAVE); cheap, for choosing a reader.
    static bool looksLikeWav(const QString &path);

private:
    QFile m_file;
    AudioFormat m_format;
    int m_bytesPerSample = 0;
    qint64 m_dataStart = 0;
    qint64 m_dataEnd = 0;
    QByteArray m_buffer;
};

} // namespace qadesk
