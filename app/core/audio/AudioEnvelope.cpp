#include "AudioEnvelope.h"

#include "EnvelopeCache.h"
#include "Error.h"
#include "PcmSource.h"

#include <QCoreApplication>

#include <cmath>

namespace qadesk {

EnvelopeAccumulator::EnvelopeAccumulator(int sampleRate, int channels)
{
    m_envelope.format.sampleRate = sampleRate;
    m_envelope.format.channels = channels;
    m_envelope.peak.resize(channels);
    m_envelope.rms.resize(channels);
    m_windowFrames = std::max(1, sampleRate * AudioEnvelope::kWindowMs / 1000);
    m_peak.fill(0, channels);
    m_sumSquares.fill(0.0, channels);
}

void EnvelopeAccumulator::add(const qint16 *interleaved, qint64 frames)
{
    // A window's stretch at a time, one channel at a time, in local integers: the same figures as summing sample by
    // sample (the squares are integers, exact in a double), several times faster at 48 kHz.
    const int channels = m_envelope.format.channels;
    for (qint64 f = 0; f < frames;) {
        const qint64 take = std::min<qint64>(frames - f, m_windowFrames - m_inWindow);
        const qint16 *block = interleaved + f * channels;
        for (int c = 0; c < channels; ++c) {
            int peak = m_peak[c];
            qint64 sumSquares = 0;
            for (qint64 i = 0; i < take; ++i) {
                const int s = block[i * channels + c];
                peak = std::max(peak, s < 0 ? -s : s);
                sumSquares += qint64(s) * s;
            }
            m_peak[c] = peak;
            m_sumSquares[c] += double(sumSquares);
        }
        f += take;
        m_inWindow += int(take);
        if (m_inWindow == m_windowFrames) {
            closeWindow();
        }
    }
    m_frames += frames;
}

void EnvelopeAccumulator::closeWindow()
{
    for (int c = 0; c < m_envelope.format.channels; ++c) {
        m_envelope.peak[c].append(qint16(std::min(m_peak[c], 32767)));
        m_envelope.rms[c].append(float(std::sqrt(m_sumSquares[c] / std::max(1, m_inWindow))));
        m_peak[c] = 0;
        m_sumSquares[c] = 0.0;
    }
    m_inWindow = 0;
}

AudioEnvelope EnvelopeAccumulator::finish()
{
    if (m_inWindow > 0) {
        closeWindow();
    }
    m_envelope.format.frames = m_frames;
    return m_envelope;
}

namespace {

void checkCancel(const std::atomic_bool *cancel)
{
    if (cancel && cancel->load()) {
        throw Error(QCoreApplication::translate("EnvelopeReader", "Cancelled."));
    }
}

} // namespace

AudioEnvelope EnvelopeReader::read(const QString &path, const std::atomic_bool *cancel)
{
    const std::unique_ptr<PcmSource> reader = PcmSource::open(path);
    EnvelopeAccumulator accumulator(reader->format().sampleRate, reader->format().channels);
    QList<qint16> block;
    constexpr qint64 kBlockFrames = 65536;
    block.reserve(kBlockFrames * reader->format().channels);
    for (;;) {
        block.clear();
        const qint64 frames = reader->read(block, kBlockFrames);
        if (frames == 0) {
            break;
        }
        accumulator.add(block.constData(), frames);
        checkCancel(cancel);
    }
    AudioEnvelope envelope = accumulator.finish();
    envelope.format.encoding = reader->format().encoding;
    return envelope;
}

AudioEnvelope EnvelopeReader::readCached(const QString &path, const std::atomic_bool *cancel)
{
    if (auto cached = EnvelopeCache::load(path)) {
        return *cached;
    }
    AudioEnvelope envelope = read(path, cancel);
    EnvelopeCache::store(path, envelope);
    return envelope;
}

} // namespace qadesk
