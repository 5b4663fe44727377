#include "demo/DialogueWriter.h"

#include <QRandomGenerator>

#include <algorithm>

namespace qadesk::demo {

namespace {

enum class Greeting : quint8
{
    Standard,
    Plain,
    Curt
};

} // namespace

// Which steps the agent takes, decided before anything is written so the length is known in advance.
struct DialogueWriter::Plan
{
    Greeting greeting = Greeting::Standard;
    bool upset = false;       // customer vents with the problem
    bool calm = false;        // agent calms the customer first (flow step 2)
    bool acknowledge = false; // agent names the kind of request and the expected time (step 1)
    bool systemStart = false;
    bool shortOpener = false; // "喂，你好" before the problem
    bool identity = false;
    bool restate = false;
    bool hold = false;
    bool analysis = false;
    bool complaint = false; // brush-off and customer complaint before the "solution"
    bool anythingElse = false;
    bool satisfaction = false;       // asks and hears the answer
    bool satisfactionInvite = false; // no room for an answer: invites a rating in the closing
    bool customerBye = false;
    bool systemEnd = false;
    int probes = 0;
    int followUps = 0;
    int pauses = 0; // holds or silences inside the padding, one turn each
};

DialogueWriter::DialogueWriter(const DialogueSpec &spec, QRandomGenerator &rng)
    : m_spec(spec), m_rng(rng), m_book(spec.english ? PhraseBook::english() : PhraseBook::chinese()),
      m_common(m_book.common), m_details(rng, spec.english), m_script(m_details, spec.english)
{
    const QList<int> &pool = m_book.byCategory[static_cast<std::size_t>(m_spec.category)];
    chooseScenario(m_book.scenarios.at(pool.at(m_rng.bounded(static_cast<int>(pool.size())))));
}

// --- helpers ---------------------------------------------------------------------------------------

bool DialogueWriter::chance(double probability)
{
    return m_rng.generateDouble() < probability;
}

double DialogueWriter::ramp(double low, double high) const
{
    return std::clamp((m_spec.quality - low) / (high - low), 0.0, 1.0);
}

const PhraseTemplate &DialogueWriter::pick(const PhraseList &list)
{
    return demo::pick(list, m_rng);
}

const PhraseTemplate &DialogueWriter::aligned(const PhraseList &list) const
{
    static const PhraseTemplate empty;
    return list.isEmpty() ? empty : list.at(m_variant % list.size());
}

const ChannelPhrases &DialogueWriter::channelPhrases() const
{
    return m_common.channels[static_cast<std::size_t>(m_spec.channel)];
}

void DialogueWriter::chooseScenario(const Scenario &scenario)
{
    m_scenario = &scenario;
    m_variant = m_rng.bounded(static_cast<int>(scenario.problems.size()));
}

void DialogueWriter::shuffle(Deck &deck, qsizetype size)
{
    deck.order.resize(static_cast<std::size_t>(size));
    for (std::size_t i = 0; i < deck.order.size(); ++i) {
        deck.order[i] = static_cast<int>(i);
    }
    for (std::size_t i = deck.order.size(); i > 1; --i) {
        std::swap(deck.order[i - 1], deck.order[static_cast<std::size_t>(m_rng.bounded(static_cast<int>(i)))]);
    }
    deck.position = 0;
}

int DialogueWriter::deal(Deck &deck, qsizetype size)
{
    if (!hasCards(deck)) {
        shuffle(deck, size);
    }
    return deck.order[deck.position++];
}

int DialogueWriter::probeDeckSize() const
{
    // The generic questions ("是第一次出现吗？") fit problems with an account or order behind them, not
    // suggestions and general enquiries.
    const bool personal = m_scenario->identity != Identity::None;
    return static_cast<int>(m_scenario->probes.size() + (personal ? m_common.probes.size() : 0));
}

// --- plan ------------------------------------------------------------------------------------------

DialogueWriter::Plan DialogueWriter::plan()
{
    const double q = m_spec.quality;
    const bool phone = m_spec.channel == Channel::Phone;
    const bool email = m_spec.channel == Channel::Email;
    const bool messaging = !phone && !email;
    Plan p;

    if (chance(std::max(0.02, ramp(0.2, 0.7)))) {
        p.greeting = Greeting::Standard;
    } else {
        p.greeting = chance(0.3 + 0.5 * ramp(0.0, 0.5)) ? Greeting::Plain : Greeting::Curt;
    }
    m_standardGreeting = p.greeting == Greeting::Standard;
    m_resolved = chance(0.08 + 0.92 * ramp(0.15, 0.75));
    const bool upset = m_spec.category == 1 || chance(0.1 + 0.3 * (1.0 - q));
    p.upset = upset && !m_scenario->upsets.isEmpty() && chance(0.7);
    p.calm = upset && p.greeting != Greeting::Curt && chance(ramp(0.3, 0.7));
    p.acknowledge = p.greeting != Greeting::Curt && chance(ramp(0.4, 0.8));

    const bool wantSatisfaction = chance(std::max(0.02, ramp(0.35, 0.7)));
    const bool wantRestate = chance(std::max(0.03, ramp(0.3, 0.7)));
    const bool wantIdentity = m_scenario->identity != Identity::None && chance(0.15 + 0.85 * ramp(0.1, 0.7));
    const bool wantComplaint = m_resolved ? chance(0.3 * (1.0 - q) * (1.0 - q)) : chance(0.8);
    const bool wantAnalysis = chance(0.4 + 0.6 * ramp(0.2, 0.8));
    const bool wantHold = !email && chance(0.35 + 0.35 * (1.0 - q));
    // A mail is not a conversation: no "anything else?" round trip, a rating is invited in the closing.
    const bool wantAnythingElse = !email && chance(std::max(0.02, ramp(0.35, 0.7)));
    // On the phone the agent answers after firstResponseS: when the problem takes longer to say, the
    // customer must have opened with a short "喂，你好" instead.
    const double speechRate = m_spec.english ? 12.0 : 3.0;
    const bool problemTooLong =
        double(aligned(m_scenario->problems).estimatedLength()) / speechRate > m_spec.firstResponseS;
    const bool wantOpener = phone ? problemTooLong || chance(0.4) : messaging && chance(0.25);
    const bool wantBye = chance(m_resolved ? 0.6 : 0.3);
    const bool wantSystemStart = phone ? chance(0.75) : messaging && chance(0.5);
    const bool wantSystemEnd = phone ? chance(0.6) : messaging && chance(0.5);

    // The skeleton is: customer states the problem, agent answers, customer reacts, agent closes.
    // Steps are added in order of importance while they fit the target length.
    const int target = std::max(4, m_spec.targetTurns);
    int used = 4;
    const auto take = [&](bool wanted, int turns) {
        if (wanted && used + turns <= target) {
            used += turns;
            return true;
        }
        return false;
    };
    p.shortOpener = phone && problemTooLong && take(wantOpener, 2);
    p.satisfaction = take(wantSatisfaction && !email, 2);
    p.satisfactionInvite = wantSatisfaction && !p.satisfaction;
    p.restate = take(wantRestate, 2);
    p.identity = take(wantIdentity, 2);
    p.complaint = take(wantComplaint, 2);
    p.analysis = take(wantAnalysis, 2);
    p.hold = take(wantHold, 1);
    p.anythingElse = take(wantAnythingElse, 2);
    p.shortOpener = p.shortOpener || take(wantOpener, 2);
    p.customerBye = take(wantBye, 1);
    p.systemStart = take(wantSystemStart, 1);
    p.systemEnd = take(wantSystemEnd, 1);

    // The rest is padding: two-turn exchanges, some of them with a hold or a silence (one turn more).
    int padding = target - used;
    if (padding <= 0) {
        return p;
    }
    if (!email) {
        // Every pause needs an exchange to sit in: at most a third of the padding turns are pauses.
        const double pauseRate = 0.03 + 0.12 * (1.0 - q);
        for (int unit = 0; unit < padding / 2 && 3 * (p.pauses + 1) <= padding; ++unit) {
            p.pauses += chance(pauseRate) ? 1 : 0;
        }
        if ((padding - p.pauses) % 2 != 0) {
            p.pauses += p.pauses > 0 ? -1 : 1;
        }
    } else if (padding % 2 != 0 && !p.customerBye) {
        p.customerBye = true;
        --padding;
    }
    const int units = std::max(0, (padding - p.pauses) / 2);
    const int probesWanted = q < 0.4 ? std::min(units, 1) : units / 3 + (units > 0 && chance(0.5) ? 1 : 0);
    p.probes = std::min({probeDeckSize(), probesWanted, 5});
    p.followUps = units - p.probes;
    return p;
}

QList<Beat> DialogueWriter::write()
{
    const Plan p = plan();
    m_script.reserve(std::max(4, m_spec.targetTurns) + 2);
    shuffle(m_followUps, m_scenario->followUps.size());
    shuffle(m_commonFollowUps, m_common.followUps.size());
    shuffle(m_orderFollowUps, m_common.orderFollowUps.size());
    shuffle(m_probes, probeDeckSize());
    shuffle(m_complaints, m_common.complaints.size());

    if (p.systemStart) {
        m_script.system(pick(channelPhrases().systemStart));
    }
    opening(p);
    if (p.identity) {
        identityCheck();
    }
    if (p.restate) {
        restatement();
    }
    int pauses = p.pauses;
    const int scenarioProbes = static_cast<int>(m_scenario->probes.size());
    for (int i = 0; i < p.probes; ++i) {
        const int index = m_probes.order[static_cast<std::size_t>(i)];
        probe(index < scenarioProbes ? m_scenario->probes.at(index) : m_common.probes.at(index - scenarioProbes));
        if (pauses > 0 && chance(double(pauses) / double(p.probes + p.followUps - i))) {
            pause();
            --pauses;
        }
    }
    if (p.followUps == 0) {
        for (; pauses > 0; --pauses) {
            pause();
        }
    }
    if (p.hold) {
        pause();
    }
    if (p.analysis) {
        analysis();
    }
    if (p.complaint) {
        complaintExchange();
    }
    solution();
    padAfterSolution(p.followUps, pauses);
    m_script.customer(pick(m_resolved ? m_common.accepts : m_common.rejects));
    closing(p);
    if (m_spec.channel == Channel::Email) {
        m_script.wrapAsEmails(m_common, m_standardGreeting, m_rng);
    }
    return std::move(m_script.beats());
}

// --- steps of the service flow ---------------------------------------------------------------------

void DialogueWriter::opening(const Plan &plan)
{
    const ChannelPhrases &channel = channelPhrases();
    const auto greeting = [&](bool afterProblem) -> const PhraseList & {
        switch (plan.greeting) {
        case Greeting::Standard:
            return afterProblem ? channel.greetingsAfterProblem : channel.greetingsBeforeProblem;
        case Greeting::Plain:
            return afterProblem ? m_common.plainGreetingsAfter : m_common.plainGreetingsBefore;
        case Greeting::Curt:
            break;
        }
        return afterProblem ? m_common.curtGreetingsAfter : m_common.curtGreetingsBefore;
    };
    if (plan.shortOpener) {
        m_script.customer(opener());
        m_script.agent(pick(greeting(false)));
        m_script.customer(aligned(m_scenario->problems));
    } else {
        m_script.customer(pick(channel.problemLeads));
        m_script.customerMore(aligned(m_scenario->problems));
    }
    if (plan.upset) {
        m_script.customerMore(pick(m_scenario->upsets));
    }
    if (!plan.shortOpener) {
        m_script.agent(pick(greeting(true)));
    }
    if (plan.calm) {
        m_script.agent(pick(m_common.calming));
    }
    if (plan.acknowledge) {
        m_script.agent(pick(m_common.acknowledgements));
    }
}

const PhraseTemplate &DialogueWriter::opener()
{
    // The customer has finished the opener when the agent answers: short ones for fast answers.
    const PhraseList &openers = channelPhrases().openers;
    const double charsInTime = m_spec.firstResponseS * (m_spec.english ? 12.0 : 3.0);
    for (int attempt = 0; attempt < 4; ++attempt) {
        const PhraseTemplate &candidate = pick(openers);
        if (double(candidate.estimatedLength()) <= charsInTime) {
            return candidate;
        }
    }
    return *std::min_element(openers.cbegin(), openers.cend(), [](const PhraseTemplate &a, const PhraseTemplate &b) {
        return a.estimatedLength() < b.estimatedLength();
    });
}

void DialogueWriter::identityCheck()
{
    const auto kind = static_cast<std::size_t>(m_scenario->identity);
    const bool polite = chance(0.1 + 0.85 * ramp(0.2, 0.6));
    m_script.agent(pick(polite ? m_common.identityAsks[kind] : m_common.curtIdentityAsks[kind]));
    m_script.customer(pick(m_common.identityGives[kind]));
    m_script.agent(pick(polite ? m_common.identityConfirmed : m_common.curtIdentityConfirmed));
}

void DialogueWriter::restatement()
{
    m_script.agent(pick(m_common.restatePrefixes));
    m_script.agentFragment(aligned(m_scenario->needs));
    m_script.agentFragment(pick(m_common.restateSuffixes));
    m_script.customer(pick(m_common.confirmations));
}

void DialogueWriter::probe(const Exchange &exchange)
{
    m_script.agent(exchange.first);
    m_script.customer(exchange.second);
    if (chance(ramp(0.3, 0.7))) {
        m_script.agent(pick(m_common.probeAcks));
    }
}

void DialogueWriter::pause()
{
    static const PhraseTemplate nothing;
    if (chance(0.25 + 0.75 * ramp(0.2, 0.7))) {
        m_script.agent(pick(channelPhrases().holds));
        const bool thank = m_resolved && chance(0.1 + ramp(0.2, 0.7));
        m_script.pauseAgent(Pause::Hold, thank ? pick(m_common.holdReturns) : nothing);
    } else if (!m_script.agentOpen()) {
        m_script.customer(pick(channelPhrases().nudges), Pause::Silence); // the customer notices
        m_script.prefixNextAgentTurn(chance(ramp(0.2, 0.7)) ? pick(m_common.nudgeApologies) : nothing);
    } else {
        m_script.pauseAgent(Pause::Silence, nothing); // the agent goes quiet and resumes later
    }
}

void DialogueWriter::analysis()
{
    if (m_resolved || chance(m_spec.quality)) {
        m_script.agent(aligned(m_scenario->analyses));
        m_script.customer(pick(m_common.analysisReactions));
    } else {
        m_script.agent(pick(chance(0.5) ? m_common.curtAnalyses : m_scenario->curtReplies));
        m_script.customer(pick(m_common.complaints));
    }
}

void DialogueWriter::complaintExchange()
{
    m_script.agent(pick(chance(0.5) ? m_scenario->curtReplies : m_common.curtReplies));
    m_script.customer(pick(m_common.complaints));
}

void DialogueWriter::solution()
{
    const PhraseTemplate &line = m_resolved ? aligned(m_scenario->solutions)
                                            : pick(chance(0.5) ? m_scenario->curtReplies : m_common.curtReplies);
    m_lastSolution.clear();
    line.appendTo(m_lastSolution, m_details);
    m_script.agentText(m_lastSolution);
}

void DialogueWriter::padAfterSolution(int units, int pauses)
{
    const double q = m_spec.quality;
    const bool poor = !m_resolved || q < 0.4;
    while (units > 0) {
        // Pauses are spread evenly over the exchanges left.
        const bool withPause = pauses > 0 && chance(double(pauses) / double(units));
        if (!withPause && chance(0.06)) {
            units -= secondIssue(units);
            continue;
        }
        pauses -= withPause ? 1 : 0;
        if (poor && !withPause && chance(0.35 * (1.0 - q))) {
            m_script.customer(m_common.complaints.at(deal(m_complaints, m_common.complaints.size())));
            m_script.agent(pick(m_common.curtComebacks));
        } else if (m_spec.channel == Channel::Phone && !withPause && chance(0.05)) {
            m_script.customer(pick(m_common.repeatAsks));
            m_script.agent(pick(m_common.repeatLeads));
            m_script.agentText(m_lastSolution);
        } else if (!poor && !withPause && chance(0.08)) {
            const Exchange &talk = m_common.smallTalk.at(m_rng.bounded(static_cast<int>(m_common.smallTalk.size())));
            m_script.customer(talk.first);
            if (withPause) {
                pause();
            }
            m_script.agent(talk.second);
        } else {
            followUp(withPause);
        }
        --units;
    }
}

void DialogueWriter::followUp(bool withPause)
{
    const bool poorAnswer = (!m_resolved || m_spec.quality < 0.5) && chance((1.0 - m_spec.quality) * 0.7);
    // Half the questions are about the scenario until its own run out; none repeats before every
    // question has been asked once.
    const bool commonLeft = hasCards(m_commonFollowUps) || (m_scenario->aboutOrder && hasCards(m_orderFollowUps));
    if (!hasCards(m_followUps) && !commonLeft) {
        shuffle(m_followUps, m_scenario->followUps.size());
        shuffle(m_commonFollowUps, m_common.followUps.size());
        shuffle(m_orderFollowUps, m_common.orderFollowUps.size());
    }
    const double orderShare =
        double(m_common.orderFollowUps.size()) / double(m_common.orderFollowUps.size() + m_common.followUps.size());
    const Exchange *exchange = nullptr;
    if (hasCards(m_followUps) && (!commonLeft || chance(0.5))) {
        exchange = &m_scenario->followUps.at(deal(m_followUps, m_scenario->followUps.size()));
    } else if (m_scenario->aboutOrder && hasCards(m_orderFollowUps) &&
               (!hasCards(m_commonFollowUps) || chance(orderShare))) {
        exchange = &m_common.orderFollowUps.at(deal(m_orderFollowUps, m_common.orderFollowUps.size()));
    } else {
        exchange = &m_common.followUps.at(deal(m_commonFollowUps, m_common.followUps.size()));
    }
    m_script.customer(exchange->first);
    if (withPause) {
        pause();
    }
    if (poorAnswer) {
        m_script.agent(pick(chance(0.5) ? m_scenario->curtReplies : m_common.curtReplies));
        return;
    }
    if (chance(0.3 * m_spec.quality)) {
        m_script.agent(pick(m_common.answerPrefixes));
    }
    m_script.agent(exchange->second);
}

int DialogueWriter::secondIssue(int unitsLeft)
{
    // "还有个事": another problem of the same category, about another order.
    const QList<int> &pool = m_book.byCategory[static_cast<std::size_t>(m_spec.category)];
    const int at = m_rng.bounded(static_cast<int>(pool.size()));
    const Scenario *next = &m_book.scenarios.at(pool.at(at));
    if (next == m_scenario && pool.size() > 1) {
        next = &m_book.scenarios.at(pool.at((at + 1) % pool.size()));
    }
    chooseScenario(*next);
    m_details.forgetOrder();
    shuffle(m_followUps, m_scenario->followUps.size());

    m_script.customer(pick(m_common.secondIssueLeads));
    m_script.customerMore(aligned(m_scenario->problems));
    int used = 1;
    if (unitsLeft >= 2 && chance(ramp(0.3, 0.7))) {
        restatement();
        used = 2;
    } else if (m_resolved && chance(0.5)) {
        m_script.agent(aligned(m_scenario->analyses));
    }
    m_script.agent(m_resolved ? aligned(m_scenario->solutions) : pick(m_scenario->curtReplies));
    return used;
}

void DialogueWriter::closing(const Plan &plan)
{
    const ChannelPhrases &channel = channelPhrases();
    if (plan.anythingElse) {
        m_script.agent(pick(m_common.anythingElseAsks));
        m_script.customer(pick(m_common.anythingElseNo));
    }
    if (plan.satisfaction) {
        m_script.agent(pick(m_common.satisfactionAsks));
        if (m_resolved) {
            m_script.customer(
                pick(chance(0.3 + 0.7 * m_spec.quality) ? m_common.satisfiedReplies : m_common.neutralReplies));
        } else {
            m_script.customer(pick(chance(0.7) ? m_common.dissatisfiedReplies : m_common.neutralReplies));
        }
    }
    if (plan.satisfactionInvite) {
        m_script.agent(pick(m_common.satisfactionInvites));
    }
    m_script.agent(pick(chance(std::max(0.03, ramp(0.25, 0.65))) ? channel.closings : channel.curtClosings));
    m_script.openAgentTurn();
    if (plan.customerBye) {
        m_script.customer(pick(m_resolved ? m_common.customerByes : m_common.angryByes));
    }
    if (plan.systemEnd) {
        m_script.system(pick(channel.systemEnd));
    }
}

} // namespace qadesk::demo
