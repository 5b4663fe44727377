#pragma once

#include "ImportTypes.h"
#include "InteractionParser.h"
#include "RecordNormalizer.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace qadesk {

// Collects the header fields and the turns of one transcript file (WebVTT, SRT, plain text) and hands them
// over as one ImportRecord of kind Transcript. The interaction's external_id is the header's, else the file's
// base name. Speakers come from a `<v 客服>` voice tag or a `客服:` / `客服：` label; a line without one continues
// the previous speaker.
class TranscriptBuilder final
{
public:
    TranscriptBuilder(const ImportSource &source, const ImportOptions &options, RecordSink &sink);

    // A header line "key: value" with a known interaction field as key (external_id, agent_id, started_at, …),
    // optionally after '#'. Returns true when the line was one (its value errors go to the sink).
    bool headerLine(QStringView line, int lineNumber);

    // One line of a caption cue. `firstOfCue`: a line without a speaker starts a new turn (same speaker as before)
    // instead of continuing the current one. WebVTT/SRT markup is removed.
    void cueLine(QStringView line, std::optional<qint64> startMs, std::optional<qint64> endMs, bool firstOfCue,
                 int lineNumber);
    // One line of a plain-text transcript, after its optional [hh:mm:ss] time. `timed`: the line had a time, so
    // it must name a known speaker.
    void textLine(QStringView line, std::optional<qint64> startMs, bool timed, int lineNumber);

    bool hasTurns() const { return !m_record.interaction.turns.isEmpty(); }
    // Hands the record to the sink, or reports why there is none.
    void finish(const QString &emptyMessage);

    // "hh:mm:ss.mmm", "mm:ss.mmm", "hh:mm:ss,mmm", "hh:mm:ss" → milliseconds; nothing when it is not a time.
    static std::optional<qint64> clockTime(QStringView text);
    // Turn times from wall-clock times ("[2024-03-05 09:15:02]") count from the first such time in the file.
    std::optional<qint64> sinceFirstClock(qint64 wallClockMs);
    // Removes WebVTT/SRT markup (<i>, <c.x>, <00:01.000>, {\an8}) and decodes the common entities.
    static QString plainCueText(QStringView text);

private:
    enum class LabelState
    {
        None,
        Known,
        Unknown
    };
    struct Label
    {
        LabelState state = LabelState::None;
        QString speaker;
        QString label;
        QStringView rest;
        bool voiceTag = false;
    };
    static Label splitLabel(QStringView line);
    void skipBeforeFirstTurn(const Label &label, int lineNumber);
    void addTurn(const QString &speaker, std::optional<qint64> startMs, std::optional<qint64> endMs, QString text,
                 int lineNumber);

    const ImportSource &m_source;
    RecordSink &m_sink;
    RecordNormalizer m_normalizer;
    ImportRecord m_record;
    QString m_lastSpeaker;
    std::optional<qint64> m_firstClock;
    QStringList m_unknownLabels;
    int m_firstLine = 0;
    bool m_failed = false;
};

} // namespace qadesk
