#pragma once

#include "demo/DialogueBeat.h"
#include "demo/DialogueDetails.h"
#include "demo/PhraseBook.h"

#include <QList>

#include <vector>

class QRandomGenerator;

namespace qadesk::demo {

// What a dialogue should be like; parsed from the public DialogueRequest.
struct DialogueSpec
{
    Channel channel = Channel::Phone;
    int category = 0; // index: consultation, complaint, after_sales, suggestion, other
    double quality = 0.8;
    int targetTurns = 12;
    bool english = false;
    double firstResponseS = 3.0;
};

// Writes what agent and customer say, in order. It first decides which steps of the service flow the
// agent follows (by quality) and which of them fit into the requested length, then pads the middle
// with follow-up questions until the length is reached. Each step adds a customer turn and opens the
// agent's next turn, so the number of turns is known before any text is written.
class DialogueWriter final
{
public:
    DialogueWriter(const DialogueSpec &spec, QRandomGenerator &rng);
    QList<Beat> write();

private:
    struct Plan;

    bool chance(double probability);
    double ramp(double low, double high) const; // 0 below low, 1 above high, linear between
    const PhraseTemplate &pick(const PhraseList &list);
    const PhraseTemplate &aligned(const PhraseList &list) const; // the entry for m_variant
    void chooseScenario(const Scenario &scenario);
    const ChannelPhrases &channelPhrases() const;
    int probeDeckSize() const;

    // Building blocks; agent text flows into the agent's open turn, a customer line closes it.
    void agent(const PhraseTemplate &phrase);
    void agentFragment(const PhraseTemplate &phrase); // no separating space (restatement pieces)
    void customer(const PhraseTemplate &phrase, Pause pause = Pause::Normal);
    void customerMore(const PhraseTemplate &phrase); // continues the customer's current turn
    void system(const PhraseTemplate &phrase);
    Beat &openAgentBeat();
    void append(QString &text, const PhraseTemplate &phrase, bool separate);

    // Steps of the flow.
    void opening(const Plan &plan);
    void identityCheck();
    void restatement();
    void probe(const Exchange &exchange);
    void pause();
    void analysis();
    void complaintExchange();
    void solution();
    void reaction();
    void followUp();
    int secondIssue(int unitsLeft);
    void closing(const Plan &plan);
    void padAfterSolution(int units, int pauses);
    Plan plan();
    void emailEnvelope();

    const Exchange &nextFrom(const QList<Exchange> &list, std::vector<int> &order, int &position);

    DialogueSpec m_spec;
    QRandomGenerator &m_rng;
    const PhraseBook &m_book;
    const CommonPhrases &m_common;
    const Scenario *m_scenario = nullptr;
    int m_variant = 0; // which problem of the scenario (aligned with needs, analyses, solutions)
    DialogueDetails m_details;
    QList<Beat> m_beats;
    bool m_agentOpen = false;      // the last beat is an agent turn that further agent text joins
    Pause m_nextAgentPause = Pause::Normal;
    bool m_announcedHold = false;  // the pending agent pause was announced ("请您稍等")
    bool m_standardGreeting = false;
    bool m_resolved = true;
    bool m_pendingPause = false;   // the next padding exchange gets a hold between question and answer
    QString m_lastAgentLine;       // for "could you repeat that?"
    std::vector<int> m_followUpOrder, m_commonFollowUpOrder, m_probeOrder;
    int m_followUpPosition = 0, m_commonFollowUpPosition = 0, m_probePosition = 0;
};

} // namespace qadesk::demo
