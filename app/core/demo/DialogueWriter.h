#pragma once

#include "demo/DialogueBeat.h"
#include "demo/DialogueDetails.h"
#include "demo/DialogueScript.h"
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
// with follow-up questions until the length is reached. Every step adds a customer turn and the agent
// turn after it, so the number of turns is known before any text is written.
class DialogueWriter final
{
public:
    DialogueWriter(const DialogueSpec &spec, QRandomGenerator &rng);
    QList<Beat> write();

private:
    struct Plan;
    // A shuffled order of a list's entries, dealt one by one and reshuffled when used up.
    struct Deck
    {
        std::vector<int> order;
        std::size_t position = 0;
    };

    Plan plan();
    bool chance(double probability);
    double ramp(double low, double high) const; // 0 below low, 1 above high, linear between
    const PhraseTemplate &pick(const PhraseList &list);
    const PhraseTemplate &aligned(const PhraseList &list) const; // the entry for the current problem
    const ChannelPhrases &channelPhrases() const;
    void chooseScenario(const Scenario &scenario);
    void shuffle(Deck &deck, qsizetype size);
    int deal(Deck &deck, qsizetype size);
    static bool hasCards(const Deck &deck) { return deck.position < deck.order.size(); }
    int probeDeckSize() const;

    // Steps of the flow, in the order they happen.
    void opening(const Plan &plan);
    const PhraseTemplate &opener();
    void identityCheck();
    void restatement();
    void probe(const Exchange &exchange);
    void pause();
    void analysis();
    void complaintExchange();
    void solution();
    void padAfterSolution(int units, int pauses);
    void followUp(bool withPause);
    int secondIssue(int unitsLeft);
    void closing(const Plan &plan);

    DialogueSpec m_spec;
    QRandomGenerator &m_rng;
    const PhraseBook &m_book;
    const CommonPhrases &m_common;
    const Scenario *m_scenario = nullptr;
    int m_variant = 0; // which problem of the scenario (aligned with its needs, analyses, solutions)
    DialogueDetails m_details;
    DialogueScript m_script;
    bool m_standardGreeting = false;
    bool m_resolved = true;
    QString m_lastSolution; // for "could you repeat that?"
    Deck m_followUps, m_commonFollowUps, m_orderFollowUps, m_probes, m_complaints;
};

} // namespace qadesk::demo
