#include "TimeStretcher.h"

#include <cmath>

namespace qadesk {

TimeStretcher::TimeStretcher(int sampleRate, int channels)
    : m_channels(std::max(1, channels)), m_window(std::max(16, sampleRate / 50) & ~1), m_hop(m_window / 2),
      m_tolerance(std::max(4, sampleRate / 200))
{
    m_hann.resize(m_window);
    for (int i = 0; i < m_window; ++i) {
        m_hann[i] = float(0.5 - 0.5 * std::cos(2.0 * M_PI * i / m_window)); // periodic: sums to 1 at half overlap
    }
    reset();
}

void TimeStretcher::setRate(double rate)
{
    m_rate = std::clamp(rate, 0.25, 4.0);
}

void TimeStretcher::reset()
{
    m_in.clear();
    m_inBase = 0;
    m_ideal = 0;
    m_natural = -1;
    m_acc.fill(0.0f, qsizetype(m_window) * m_channels);
    m_out.clear();
    m_outRead = 0;
    m_consumed = 0;
}

void TimeStretcher::push(const qint16 *interleaved, qint64 frames)
{
    const qsizetype base = m_in.size();
    m_in.resize(base + frames * m_channels);
    for (qint64 i = 0; i < frames * m_channels; ++i) {
        m_in[base + i] = float(interleaved[i]);
    }
}

bool TimeStretcher::needsInput() const
{
    return m_outRead >= m_out.size();
}

bool TimeStretcher::step()
{
    const qint64 ideal = qint64(std::llround(m_ideal));
    const qint64 lowest = m_natural < 0 ? ideal : std::max<qint64>(m_inBase, ideal - m_tolerance);
    const qint64 highest = m_natural < 0 ? ideal : ideal + m_tolerance;
    if (highest + m_window > m_inBase + available() ||
        (m_natural >= 0 && m_natural + m_window > m_inBase + available())) {
        return false;
    }
    qint64 chosen = ideal;
    if (m_natural >= 0) {
        // The offset whose window looks most like the natural continuation of the previous one (mono mix).
        double best = -1e300;
        for (qint64 candidate = lowest; candidate <= highest; ++candidate) {
            double correlation = 0;
            for (int i = 0; i < m_window; i += 2) {
                float a = 0;
                float b = 0;
                for (int c = 0; c < m_channels; ++c) {
                    a += m_in[(candidate - m_inBase + i) * m_channels + c];
                    b += m_in[(m_natural - m_inBase + i) * m_channels + c];
                }
                correlation += double(a) * b;
            }
            if (correlation > best) {
                best = correlation;
                chosen = candidate;
            }
        }
    }
    for (int i = 0; i < m_window; ++i) {
        for (int c = 0; c < m_channels; ++c) {
            m_acc[qsizetype(i) * m_channels + c] += m_in[(chosen - m_inBase + i) * m_channels + c] * m_hann[i];
        }
    }
    // The first hop is complete: out it goes.
    for (qsizetype i = 0; i < qsizetype(m_hop) * m_channels; ++i) {
        m_out << qint16(std::clamp(std::lround(m_acc[i]), -32768L, 32767L));
    }
    m_acc.remove(0, qsizetype(m_hop) * m_channels);
    m_acc.resize(qsizetype(m_window) * m_channels, 0.0f);
    m_natural = chosen + m_hop;
    m_ideal += m_hop * m_rate;
    m_consumed = qint64(m_ideal);
    // Input before anything the next window could use is dropped.
    const qint64 keepFrom = std::min<qint64>(qint64(m_ideal) - m_tolerance, m_natural);
    if (keepFrom > m_inBase) {
        m_in.remove(0, (keepFrom - m_inBase) * m_channels);
        m_inBase = keepFrom;
    }
    return true;
}

qint64 TimeStretcher::pull(qint16 *out, qint64 maxFrames)
{
    if (m_rate == 1.0 && m_natural < 0 && m_out.isEmpty()) {
        // Untouched at 1×.
        const qint64 frames = std::min(maxFrames, available());
        for (qint64 i = 0; i < frames * m_channels; ++i) {
            out[i] = qint16(m_in[i]);
        }
        m_in.remove(0, frames * m_channels);
        m_inBase += frames;
        m_ideal += double(frames);
        m_consumed += frames;
        return frames;
    }
    qint64 written = 0;
    while (written < maxFrames) {
        if (m_outRead >= m_out.size()) {
            m_out.clear();
            m_outRead = 0;
            if (!step()) {
                break;
            }
        }
        const qint64 frames = std::min(maxFrames - written, (m_out.size() - m_outRead) / m_channels);
        std::copy_n(m_out.constData() + m_outRead, frames * m_channels, out + written * m_channels);
        m_outRead += frames * m_channels;
        written += frames;
    }
    return written;
}

} // namespace qadesk
