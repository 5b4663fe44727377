#pragma once

#include "domain/Interaction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

// What a rule saw in a transcript: a suggested checklist result and the turn that shows it.
// A hint is only ever offered to the inspector, who confirms it; it is never recorded by itself.
struct ChecklistHint
{
    QString stepKey;
    QString result;    // "yes" or "no"
    qint64 turnId = 0; // 0 when no single turn shows it
    int turnSeq = -1;
    QString reason; // translated, for the form
};

// One keyword rule for a checklist step.
struct ChecklistHintRule
{
    enum class Kind
    {
        FirstAgentTurn, // the first agent turn has a keyword (and came within maxResponseS): yes; else no
        AgentTurns      // at least minMatches agent turns (among the first withinAgentTurns) have one: yes
    };
    QString stepKey;
    Kind kind = Kind::AgentTurns;
    QStringList keywords;
    std::optional<double> maxResponseS;
    int minMatches = 1;
    int withinAgentTurns = 0; // 0: all agent turns
};

// The editable transcript rules (resources/rules/transcript_rules.json, "qadesk.transcript-rules.v1"):
// keyword and timing rules that pre-mark checklist steps, and the words that make a pause a hold
// rather than a silence. A copy in the user's data folder takes precedence over the shipped file.
class TranscriptRules final
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptRules)

public:
    static TranscriptRules fromJson(const QByteArray &json, const QString &sourceName);
    // The user's file when there is one (an invalid one throws, naming the file), else the shipped rules.
    static TranscriptRules load();
    static TranscriptRules shipped();
    static QString userFilePath();

    QList<ChecklistHint> checklistHints(const Interaction &interaction) const;
    // Whether an agent turn announces a hold ("请稍等", "please hold").
    bool announcesHold(const QString &text) const;

    const QList<ChecklistHintRule> &hintRules() const { return m_hintRules; }
    const QStringList &holdKeywords() const { return m_holdKeywords; }

private:
    QList<ChecklistHintRule> m_hintRules;
    QStringList m_holdKeywords;
};

// The first response time of an interaction in seconds: the stored value when there is one, else from
// the turn times as DESIGN §4.2 derives it (first agent turn minus the first customer turn before it,
// or the first agent turn's start when the agent speaks first). Empty when neither is known.
std::optional<double> firstResponseSeconds(const Interaction &interaction);

} // namespace qadesk
