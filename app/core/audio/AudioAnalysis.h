#pragma once

#include "AudioEnvelope.h"

#include <optional>

namespace qadesk {

struct TimeSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 lengthMs() const { return endMs - startMs; }
    friend bool operator==(const TimeSpan &a, const TimeSpan &b)
    {
        return a.startMs == b.startMs && a.endMs == b.endMs;
    }
};

// The thresholds of the energy analysis (docs/recordings.md explains each).
struct AnalysisOptions
{
    qint64 silenceMinMs = 10000; // a span with no channel active at least this long is a silence
    qint64 overtalkMinMs = 300;  // both channels active at least this long is overtalk
    qint64 bridgeGapMs = 300;    // pauses shorter than this inside one side's speech do not end it
    qint64 minSpeechMs = 100;    // bursts shorter than this (clicks, breaths) are not speech
    double floorDbfs = -42.0;    // a window is active above this RMS level…
    double aboveNoiseDb = 15.0;  // …and this far above the channel's noise floor (its 10th-percentile window)
    int agentChannel = 0;        // stereo: the agent's channel (0 left, 1 right); the customer has the other
};

// What the recording tells without speech recognition, from each channel's energy.
struct RecordingAnalysis
{
    qint64 durationMs = 0;
    int sampleRate = 0;
    int channels = 0;
    QList<TimeSpan> agentSpeech;    // stereo only
    QList<TimeSpan> customerSpeech; // stereo only
    QList<TimeSpan> speech;         // mono: any speech
    std::optional<qint64> agentSpeechMs;
    std::optional<qint64> customerSpeechMs;
    QList<TimeSpan> silences;
    QList<TimeSpan> overtalk;
    // DESIGN §4.2's first response, from the audio: the first agent speech minus the start of the customer's
    // speech before it, or the first agent speech itself when the agent speaks first. Stereo only.
    std::optional<qint64> firstAgentResponseMs;

    std::optional<double> talkRatio() const; // agent / customer speech; none when the customer never speaks
};

class AudioAnalyzer final
{
public:
    static RecordingAnalysis analyze(const AudioEnvelope &envelope, const AnalysisOptions &options = {});
    // The speech spans of one channel (exposed for tests and the waveform).
    static QList<TimeSpan> speechSpans(const AudioEnvelope &envelope, int channel, const AnalysisOptions &options);
};

} // namespace qadesk
