#include "ScoreSuggestions.h"

#include "rules/TranscriptRules.h"
#include "scoring/ScoreCalculator.h"

namespace qadesk {

QString ScoreSuggestions::duration(double seconds)
{
    if (seconds < 60) {
        return tr("%1 s").arg(seconds, 0, 'f', 1);
    }
    if (seconds < 3600) {
        return tr("%n min", nullptr, int(seconds / 60));
    }
    if (seconds < 48 * 3600) {
        const double hours = seconds / 3600;
        return tr("%1 h").arg(hours, 0, 'f', hours < 10 ? 1 : 0);
    }
    return tr("%n days", nullptr, int(seconds / 86400));
}

QList<ScoreSuggestion> ScoreSuggestions::forInteraction(const Rubric &rubric, const Interaction &interaction)
{
    QList<ScoreSuggestion> suggestions;
    if (rubric.dimensionIndex(QStringLiteral("response")) >= 0) {
        if (const std::optional<double> seconds = firstResponseSeconds(interaction)) {
            // The channel's thresholds: seconds on the phone and in chat, hours for e-mail.
            const int level =
                ScoreCalculator::responseLevelForSeconds(*seconds, rubric.responseSeconds(interaction.channel));
            if (level > 0) {
                suggestions.append({QStringLiteral("response"), level, tr("First response after %1").arg(duration(*seconds))});
            }
        }
    }
    if (rubric.dimensionIndex(QStringLiteral("satisfaction")) >= 0) {
        if (const std::optional<int> level = ScoreCalculator::satisfactionLevelForCsat(interaction.csat)) {
            suggestions.append(
                {QStringLiteral("satisfaction"), *level, tr("Survey CSAT %1 of 5").arg(*interaction.csat)});
        }
    }
    return suggestions;
}

std::optional<ScoreSuggestion> ScoreSuggestions::responseFromAudio(const Rubric &rubric, const Interaction &interaction,
                                                                   std::optional<qint64> firstAgentResponseMs)
{
    if (!firstAgentResponseMs || rubric.dimensionIndex(QStringLiteral("response")) < 0 ||
        firstResponseSeconds(interaction)) {
        return std::nullopt;
    }
    const double seconds = double(*firstAgentResponseMs) / 1000.0;
    const int level = ScoreCalculator::responseLevelForSeconds(seconds);
    if (level <= 0) {
        return std::nullopt;
    }
    return ScoreSuggestion{QStringLiteral("response"), level,
                           tr("First agent speech in the recording after %1 s").arg(seconds, 0, 'f', 1)};
}

} // namespace qadesk
