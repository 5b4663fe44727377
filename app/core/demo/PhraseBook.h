#pragma once

#include "demo/PhraseTemplate.h"

#include <QList>

#include <array>

namespace qadesk::demo {

enum class Channel : quint8
{
    Phone,
    Chat,
    Email,
    Other
};
constexpr int channelCount = 4;
constexpr int categoryCount = 5; // consultation, complaint, after_sales, suggestion, other

constexpr quint8 categoryBit(int category)
{
    return static_cast<quint8>(1u << category);
}
constexpr quint8 Consultation = categoryBit(0);
constexpr quint8 Complaint = categoryBit(1);
constexpr quint8 AfterSales = categoryBit(2);
constexpr quint8 Suggestion = categoryBit(3);
constexpr quint8 OtherCategory = categoryBit(4);

// How the agent checks who is calling before talking about an account or order.
enum class Identity : quint8
{
    None,
    Phone,
    Order,
    IdCard
};
constexpr int identityCount = 4;

// One kind of customer problem with everything both sides may say about it. problems, needs, analyses
// and solutions are aligned by index (modulo their lengths): the n-th problem is restated by the n-th
// need, explained by the n-th analysis and solved by the n-th solution. The other lists fit any problem.
struct Scenario
{
    QString key;
    quint8 categories = 0;
    Identity identity = Identity::Phone;
    bool aboutOrder = false;   // delivery, visits and orders: the generic order questions fit
    PhraseList problems;       // customer states the problem (no greeting: that is added per channel)
    PhraseList needs;          // the need as the agent restates it, to sit inside "您是说……对吗？"
    PhraseList upsets;         // customer venting about this problem
    PhraseList analyses;       // agent explains the cause
    PhraseList solutions;      // agent's concrete steps
    PhraseList curtReplies;    // a poor agent's brush-off
    QList<Exchange> followUps; // customer asks, agent answers
    QList<Exchange> probes;    // agent asks for a detail, customer answers
};

// Lines that depend on the channel: how people open and close a call, a chat or an e-mail.
struct ChannelPhrases
{
    PhraseList greetingsBeforeProblem; // standard opening, customer has not said why yet
    PhraseList greetingsAfterProblem;  // standard opening, customer already explained
    PhraseList openers;                // customer's first words before the problem ("喂，你好")
    PhraseList problemLeads;           // what precedes the problem when it is the first turn
    PhraseList nudges;                 // customer after a long silence ("喂？还在吗？")
    PhraseList holds;                  // agent announces a hold
    PhraseList closings;               // standard closing
    PhraseList curtClosings;           // poor closing
    PhraseList systemStart;
    PhraseList systemEnd;
};

// Lines that fit any scenario.
struct CommonPhrases
{
    std::array<ChannelPhrases, channelCount> channels;
    PhraseList plainGreetingsBefore, plainGreetingsAfter, curtGreetingsBefore, curtGreetingsAfter;
    PhraseList acknowledgements, calming;
    std::array<PhraseList, identityCount> identityAsks, curtIdentityAsks, identityGives;
    PhraseList identityConfirmed, curtIdentityConfirmed;
    PhraseList restatePrefixes, restateSuffixes, confirmations;
    PhraseList holdReturns, nudgeApologies, analysisReactions, curtAnalyses;
    PhraseList complaints, curtReplies, curtComebacks, accepts, rejects; // comebacks answer a complaint
    PhraseList anythingElseAsks, anythingElseNo;
    PhraseList satisfactionAsks, satisfactionInvites, satisfiedReplies, neutralReplies, dissatisfiedReplies;
    PhraseList customerByes, angryByes;
    PhraseList repeatAsks, repeatLeads, secondIssueLeads, answerPrefixes, probeAcks;
    PhraseList emailReplyOpenings, emailSignatures, curtEmailSignatures, customerEmailOpenings, customerEmailClosings;
    QList<Exchange> followUps, orderFollowUps, probes, smallTalk; // orderFollowUps: only when aboutOrder
};

// All phrase tables of one language, read once on first use from resources/demo/phrases_<language>.json
// (PhraseBookReader) and shared read-only by every thread.
struct PhraseBook
{
    CommonPhrases common;
    QList<Scenario> scenarios;
    std::array<QList<int>, categoryCount> byCategory; // indexes into scenarios

    static const PhraseBook &chinese();
    static const PhraseBook &english();
    // Lists the scenarios of each category in byCategory; aborts when a category has none.
    void indexCategories();
};

} // namespace qadesk::demo
