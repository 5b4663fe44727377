#pragma once

#include "domain/Interaction.h"
#include "domain/Rubric.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace qadesk {

// A level the data suggests for a dimension. Shown with an Apply button; never applied by itself.
struct ScoreSuggestion
{
    QString dimensionKey;
    int level = 0;
    QString reason; // translated, with the figure it comes from
};

// DESIGN §2.1: response speed from the first response time (transcript timestamps, or the stored
// value), customer satisfaction from the survey CSAT. Only for dimensions the rubric has.
class ScoreSuggestions final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSuggestions)

public:
    static QList<ScoreSuggestion> forInteraction(const Rubric &rubric, const Interaction &interaction);
    // Response speed from the recording (the first agent speech, RecordingAnalysis) for an interaction whose
    // transcript and fields give no first response time; none otherwise or when the rubric has no such dimension.
    static std::optional<ScoreSuggestion> responseFromAudio(const Rubric &rubric, const Interaction &interaction,
                                                            std::optional<qint64> firstAgentResponseMs);
    // A response time in words of the right size: "4.2 s", "13 min", "5.5 h", "3 days" (never "80306 s").
    static QString duration(double seconds);
};

} // namespace qadesk
