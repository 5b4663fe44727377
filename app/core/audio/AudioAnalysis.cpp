#include "AudioAnalysis.h"

#include <algorithm>
#include <cmath>

namespace qadesk {

namespace {

constexpr qint64 kWindow = AudioEnvelope::kWindowMs;

// Spans present in both lists (both sorted, each without overlaps of its own).
QList<TimeSpan> intersect(const QList<TimeSpan> &a, const QList<TimeSpan> &b)
{
    QList<TimeSpan> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].startMs, b[j].startMs);
        const qint64 end = std::min(a[i].endMs, b[j].endMs);
        if (start < end) {
            out << TimeSpan{start, end};
        }
        if (a[i].endMs < b[j].endMs) {
            ++i;
        } else {
            ++j;
        }
    }
    return out;
}

QList<TimeSpan> unite(QList<TimeSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const TimeSpan &x, const TimeSpan &y) { return x.startMs < y.startMs; });
    QList<TimeSpan> out;
    for (const TimeSpan &span : std::as_const(spans)) {
        if (!out.isEmpty() && span.startMs <= out.last().endMs) {
            out.last().endMs = std::max(out.last().endMs, span.endMs);
        } else {
            out << span;
        }
    }
    return out;
}

qint64 total(const QList<TimeSpan> &spans)
{
    qint64 sum = 0;
    for (const TimeSpan &span : spans) {
        sum += span.lengthMs();
    }
    return sum;
}

} // namespace

std::optional<double> RecordingAnalysis::talkRatio() const
{
    if (!agentSpeechMs || !customerSpeechMs || *customerSpeechMs == 0) {
        return std::nullopt;
    }
    return double(*agentSpeechMs) / double(*customerSpeechMs);
}

QList<TimeSpan> AudioAnalyzer::speechSpans(const AudioEnvelope &envelope, int channel, const AnalysisOptions &options)
{
    const QList<float> &rms = envelope.rms.at(channel);
    const qint64 durationMs = envelope.format.durationMs();
    if (rms.isEmpty()) {
        return {};
    }
    QList<float> sorted = rms;
    const qsizetype tenth = sorted.size() / 10;
    std::nth_element(sorted.begin(), sorted.begin() + tenth, sorted.end());
    const double noiseFloor = sorted[tenth];
    const double threshold = std::max(32768.0 * std::pow(10.0, options.floorDbfs / 20.0),
                                      noiseFloor * std::pow(10.0, options.aboveNoiseDb / 20.0));

    QList<TimeSpan> raw;
    for (qsizetype w = 0; w < rms.size(); ++w) {
        if (rms[w] <= threshold) {
            continue;
        }
        const qint64 start = w * kWindow;
        const qint64 end = std::min((w + 1) * kWindow, std::max(durationMs, start + 1));
        if (!raw.isEmpty() && start - raw.last().endMs < options.bridgeGapMs) {
            raw.last().endMs = end;
        } else {
            raw << TimeSpan{start, end};
        }
    }
    QList<TimeSpan> spans;
    for (const TimeSpan &span : std::as_const(raw)) {
        if (span.lengthMs() >= options.minSpeechMs) {
            spans << span;
        }
    }
    return spans;
}

RecordingAnalysis AudioAnalyzer::analyze(const AudioEnvelope &envelope, const AnalysisOptions &options)
{
    RecordingAnalysis result;
    result.durationMs = envelope.format.durationMs();
    result.sampleRate = envelope.format.sampleRate;
    result.channels = envelope.channels();
    if (envelope.isEmpty()) {
        return result;
    }
    QList<TimeSpan> anySpeech;
    if (result.channels >= 2) {
        const int agent = options.agentChannel == 1 ? 1 : 0;
        result.agentSpeech = speechSpans(envelope, agent, options);
        result.customerSpeech = speechSpans(envelope, 1 - agent, options);
        result.agentSpeechMs = total(result.agentSpeech);
        result.customerSpeechMs = total(result.customerSpeech);
        for (const TimeSpan &span : intersect(result.agentSpeech, result.customerSpeech)) {
            if (span.lengthMs() >= options.overtalkMinMs) {
                result.overtalk << span;
            }
        }
        if (!result.agentSpeech.isEmpty()) {
            const qint64 agentStart = result.agentSpeech.first().startMs;
            if (!result.customerSpeech.isEmpty() && result.customerSpeech.first().startMs < agentStart) {
                result.firstAgentResponseMs = agentStart - result.customerSpeech.first().startMs;
            } else {
                result.firstAgentResponseMs = agentStart;
            }
        }
        anySpeech = unite(result.agentSpeech + result.customerSpeech);
    } else {
        result.speech = speechSpans(envelope, 0, options);
        anySpeech = result.speech;
    }
    qint64 cursor = 0;
    for (const TimeSpan &span : std::as_const(anySpeech)) {
        if (span.startMs - cursor >= options.silenceMinMs) {
            result.silences << TimeSpan{cursor, span.startMs};
        }
        cursor = std::max(cursor, span.endMs);
    }
    if (result.durationMs - cursor >= options.silenceMinMs) {
        result.silences << TimeSpan{cursor, result.durationMs};
    }
    return result;
}

} // namespace qadesk
