#pragma once

#include "AudioFormat.h"

#include <QList>

#include <atomic>

namespace qadesk {

// A recording reduced to 10 ms windows, per channel: the peak (largest absolute sample) for the waveform and
// the RMS energy for the analysis. A 60-minute stereo call is 360,000 windows × 2 channels, a few MB.
struct AudioEnvelope
{
    static constexpr int kWindowMs = 10;

    AudioFormat format;
    QList<QList<qint16>> peak; // [channel][window], 0..32767
    QList<QList<float>> rms;   // [channel][window], 0..32768

    qsizetype windows() const { return peak.isEmpty() ? 0 : peak.first().size(); }
    int channels() const { return int(peak.size()); }
    bool isEmpty() const { return windows() == 0; }
};

// Folds interleaved 16-bit samples into an AudioEnvelope as they are decoded.
class EnvelopeAccumulator final
{
public:
    EnvelopeAccumulator(int sampleRate, int channels);

    void add(const qint16 *interleaved, qint64 frames);
    AudioEnvelope finish(); // the last partial window counts

private:
    void closeWindow();

    AudioEnvelope m_envelope;
    int m_windowFrames = 0;
    int m_inWindow = 0;
    qint64 m_frames = 0;
    QList<int> m_peak;
    QList<double> m_sumSquares;
};

// Reads a whole recording into its envelope from its PcmSource: WAV through WavReader, other formats (MP3,
// OGG/Vorbis, OGG/Opus, M4A/AAC…) through FfmpegReader. Runs on a worker thread (never the GUI thread); `cancel`, when
// given, stops it early (an Error saying so). Throws qadesk::Error with a message for the user on failure.
class EnvelopeReader final
{
public:
    static AudioEnvelope read(const QString &path, const std::atomic_bool *cancel = nullptr);
    // The same, answered from the per-recording cache when the file is unchanged (EnvelopeCache).
    static AudioEnvelope readCached(const QString &path, const std::atomic_bool *cancel = nullptr);
};

} // namespace qadesk
