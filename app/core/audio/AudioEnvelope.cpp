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
    const int channels = m_envelope.format.channels;
    for (qint64 f = 0; f < frames; ++f) {
        const qint16 *frame = interleaved + f * channels;
        for (int c = 0; c < channels; ++c) {
            const int s = frame[c];
            const int magnitude = s < 0 ? -s : s;
            if (magnitude > m_peak[c]) {
                m_peak[c] = magnitude;
            }
            m_sumSquares[c] += double(s) * s;
        }
        if (++m_inWindow == m_windowFrames) {
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
