#pragma once

#include <QList>

namespace qadesk {

// Changes the speed of 16-bit interleaved audio without changing its pitch (WSOLA: 20 ms Hann windows at half
// overlap, each taken where it best continues the previous one within ±5 ms), for playback at 0.5× to 2×. At 1×
// the samples pass through untouched. Streaming: push input as it is read, take output as the sink wants it.
class TimeStretcher final
{
public:
    TimeStretcher(int sampleRate, int channels);

    void setRate(double rate); // takes effect at the next window
    double rate() const { return m_rate; }
    void reset(); // after a seek: forget all input and output

    void push(const qint16 *interleaved, qint64 frames);
    // Writes up to maxFrames output frames; returns how many (fewer when more input is needed).
    qint64 pull(qint16 *out, qint64 maxFrames);
    // Input frames consumed so far (the part of the input the output has reached), since the last reset.
    qint64 inputConsumed() const { return m_consumed; }
    // Input frames still needed before the next output can be made.
    bool needsInput() const;

private:
    bool step(); // one window; false when the input is short
    qint64 available() const { return m_in.size() / m_channels; }

    int m_channels;
    int m_window;    // N frames
    int m_hop;       // N / 2
    int m_tolerance; // search ± frames
    double m_rate = 1.0;
    QList<float> m_hann;
    QList<float> m_in;     // interleaved input not yet dropped
    qint64 m_inBase = 0;   // absolute frame of m_in[0]
    double m_ideal = 0;    // absolute analysis position of the next window
    qint64 m_natural = -1; // where the previous window naturally continues; -1 at the start
    QList<float> m_acc;    // overlap-add accumulator, N frames
    QList<qint16> m_out;   // finished output not yet pulled
    qint64 m_outRead = 0;
    qint64 m_consumed = 0;
};

} // namespace qadesk
