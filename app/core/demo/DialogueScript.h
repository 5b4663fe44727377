#pragma once

#include "demo/DialogueBeat.h"
#include "demo/PhraseBook.h"
#include "demo/PhraseTemplate.h"

#include <QList>

class QRandomGenerator;

namespace qadesk::demo {

class DialogueDetails;

// The turns written so far. Agent words flow into the agent's open turn until the customer (or the
// system) speaks or a pause breaks it, so a writer can add the parts of an answer one by one.
class DialogueScript final
{
public:
    DialogueScript(DialogueDetails &details, bool english);

    void reserve(qsizetype turns) { m_beats.reserve(turns); }
    void agent(const PhraseTemplate &phrase);
    void agentFragment(const PhraseTemplate &phrase); // joined without a space (restatement pieces)
    void agentText(const QString &text);
    void openAgentTurn(); // makes sure the agent has a turn, even if nothing more is said in it
    void customer(const PhraseTemplate &phrase, Pause pause = Pause::Normal);
    void customerMore(const PhraseTemplate &phrase); // continues the customer's current turn
    void system(const PhraseTemplate &phrase);

    // The agent's next words start a new turn after the pause, beginning with `resume` (may be empty).
    void pauseAgent(Pause pause, const PhraseTemplate &resume);
    // The agent's next turn begins with `prefix` (e.g. an apology after the customer asked "在吗？").
    void prefixNextAgentTurn(const PhraseTemplate &prefix);

    // Mails carry their own salutation and signature: adds them to every turn that needs one.
    void wrapAsEmails(const CommonPhrases &common, bool polite, QRandomGenerator &rng);

    bool agentOpen() const { return m_agentOpen; }
    QList<Beat> &beats() { return m_beats; }
    void append(QString &text, const PhraseTemplate &phrase, bool separate);

private:
    Beat &agentBeat();

    DialogueDetails &m_details;
    bool m_english;
    QList<Beat> m_beats;
    bool m_agentOpen = false;
    Pause m_nextPause = Pause::Normal;
    const PhraseTemplate *m_nextPrefix = nullptr; // points into the static phrase tables
};

} // namespace qadesk::demo
