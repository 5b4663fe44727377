#include "demo/DialogueWriter.h"

#include <QRandomGenerator>

#include <algorithm>

namespace qadesk::demo {

namespace {

enum class Greeting : quint8 { Standard, Plain, Curt };

void shuffle(std::vector<int> &order, int size, QRandomGenerator &rng)
{
    order.resize(static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
        order[static_cast<std::size_t>(i)] = i;
    }
    for (int i = size - 1; i > 0; --i) {
        std::swap(order[static_cast<std::size_t>(i)], order[rng.bounded(static_cast<quint32>(i + 1))]);
    }
}

} // namespace

// Which steps the agent takes, decided before anything is written so the length is known in advance.
struct DialogueWriter::Plan
{
    Greeting greeting = Greeting::Standard;
    bool upset = false;        // customer vents with the problem
    bool calm = false;         // agent calms the customer first (flow step 2)
    bool acknowledge = false;  // agent names the kind of request and the expected time (step 1)
    bool systemStart = false;
    bool shortOpener = false;  // "喂，你好" before the problem
    bool identity = false;
    bool restate = false;
    bool hold = false;
    bool analysis = false;
    bool complaint = false;    // brush-off and customer complaint before the "solution"
    bool anythingElse = false;
    bool satisfaction = false;       // asks and hears the answer
    bool satisfactionInvite = false; // no room for the answer: invites a rating in the closing
    bool customerBye = false;
    bool systemEnd = false;
    int probes = 0;
    int followUps = 0;
    int pauses = 0; // holds or silences inside the padding, one turn each
};

DialogueWriter::DialogueWriter(const DialogueSpec &spec, QRandomGenerator &rng)
    : m_spec(spec),
      m_rng(rng),
      m_book(spec.english ? PhraseBook::english() : PhraseBook::chinese()),
      m_common(m_book.common),
      m_details(rng, spec.english)
{
    const QList<int> &pool = m_book.byCategory[static_cast<std::size_t>(m_spec.category)];
    chooseScenario(m_book.scenarios.at(pool.at(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(pool.size()))))));
}

void DialogueWriter::chooseScenario(const Scenario &scenario)
{
    m_scenario = &scenario;
    m_variant = static_cast<int>(m_rng.bounded(static_cast<quint32>(scenario.problems.size())));
}

const PhraseTemplate &DialogueWriter::aligned(const PhraseList &list) const
{
    static const PhraseTemplate empty;
    return list.isEmpty() ? empty : list.at(m_variant % list.size());
}

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

int DialogueWriter::probeDeckSize() const
{
    // The generic questions ("是第一次出现吗？") make no sense for a suggestion.
    const bool suggestion = m_spec.category == 3;
    return static_cast<int>(m_scenario->probes.size() + (suggestion ? 0 : m_common.probes.size()));
}

const ChannelPhrases &DialogueWriter::channelPhrases() const
{
    return m_common.channels[static_cast<std::size_t>(m_spec.channel)];
}

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
    const bool wantAnythingElse = chance(std::max(0.02, ramp(0.35, 0.7)));
    const bool wantOpener = phone ? chance(m_spec.firstResponseS < 10 ? 0.85 : 0.4) : messaging && chance(0.25);
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
    p.satisfaction = take(wantSatisfaction, 2);
    p.satisfactionInvite = wantSatisfaction && !p.satisfaction;
    p.restate = take(wantRestate, 2);
    p.identity = take(wantIdentity, 2);
    p.complaint = take(wantComplaint, 2);
    p.analysis = take(wantAnalysis, 2);
    p.hold = take(wantHold, 1);
    p.anythingElse = take(wantAnythingElse, 2);
    p.shortOpener = take(wantOpener, 2);
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
    const int probesAvailable = probeDeckSize();
    const int probesWanted = q < 0.4 ? std::min(units, 1) : units / 3 + (units > 0 && chance(0.5) ? 1 : 0);
    p.probes = std::min({probesAvailable, probesWanted, 5});
    p.followUps = units - p.probes;
    return p;
}

QList<Beat> DialogueWriter::write()
{
    const Plan p = plan();
    m_beats.reserve(std::max(4, m_spec.targetTurns) + 2);
    shuffle(m_followUpOrder, static_cast<int>(m_scenario->followUps.size()), m_rng);
    shuffle(m_commonFollowUpOrder, static_cast<int>(m_common.followUps.size()), m_rng);
    shuffle(m_probeOrder, probeDeckSize(), m_rng);

    if (p.systemStart) {
        system(pick(channelPhrases().systemStart));
    }
    opening(p);
    if (p.identity) {
        identityCheck();
    }
    if (p.restate) {
        restatement();
    }
    int pauses = p.pauses;
    for (int i = 0; i < p.probes; ++i) {
        const int probeCount = static_cast<int>(m_scenario->probes.size());
        const int index = m_probeOrder[static_cast<std::size_t>(i)];
        probe(index < probeCount ? m_scenario->probes.at(index) : m_common.probes.at(index - probeCount));
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
    reaction();
    closing(p);
    if (m_spec.channel == Channel::Email) {
        emailEnvelope();
    }
    return std::move(m_beats);
}

// --- building blocks -------------------------------------------------------------------------------

void DialogueWriter::append(QString &text, const PhraseTemplate &phrase, bool separate)
{
    if (phrase.isEmpty()) {
        return;
    }
    if (separate && m_spec.english && !text.isEmpty() && !text.endsWith(QLatin1Char(' '))) {
        text += QLatin1Char(' ');
    }
    phrase.appendTo(text, m_details);
}

Beat &DialogueWriter::openAgentBeat()
{
    if (m_agentOpen && m_nextAgentPause == Pause::Normal) {
        return m_beats.last();
    }
    Beat beat{Speaker::Agent, m_nextAgentPause, QString()};
    const bool afterNudge = !m_beats.isEmpty() && m_beats.last().pause == Pause::Silence &&
                            m_beats.last().speaker == Speaker::Customer;
    if (m_nextAgentPause == Pause::Hold && m_announcedHold && m_resolved && chance(0.1 + ramp(0.2, 0.7))) {
        append(beat.text, pick(m_common.holdReturns), true);
    } else if (afterNudge && chance(ramp(0.2, 0.7))) {
        append(beat.text, pick(m_common.nudgeApologies), true);
    }
    m_nextAgentPause = Pause::Normal;
    m_announcedHold = false;
    m_beats.append(std::move(beat));
    m_agentOpen = true;
    return m_beats.last();
}

void DialogueWriter::agent(const PhraseTemplate &phrase)
{
    if (!phrase.isEmpty()) {
        append(openAgentBeat().text, phrase, true);
    }
}

void DialogueWriter::agentFragment(const PhraseTemplate &phrase)
{
    if (!phrase.isEmpty()) {
        append(openAgentBeat().text, phrase, false);
    }
}

void DialogueWriter::customer(const PhraseTemplate &phrase, Pause pause)
{
    Beat beat{Speaker::Customer, pause, QString()};
    append(beat.text, phrase, true);
    m_beats.append(std::move(beat));
    m_agentOpen = false;
}

void DialogueWriter::customerMore(const PhraseTemplate &phrase)
{
    append(m_beats.last().text, phrase, true);
}

void DialogueWriter::system(const PhraseTemplate &phrase)
{
    Beat beat{Speaker::System, Pause::Normal, QString()};
    append(beat.text, phrase, false);
    m_beats.append(std::move(beat));
    m_agentOpen = false;
}

const Exchange &DialogueWriter::nextFrom(const QList<Exchange> &list, std::vector<int> &order, int &position)
{
    if (position >= static_cast<int>(order.size())) { // used them all: go round again in a new order
        shuffle(order, static_cast<int>(list.size()), m_rng);
        position = 0;
    }
    return list.at(order[static_cast<std::size_t>(position++)]);
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
        customer(pick(channel.openers));
        agent(pick(greeting(false)));
        customer(aligned(m_scenario->problems));
    } else {
        customer(pick(channel.problemLeads));
        customerMore(aligned(m_scenario->problems));
    }
    if (plan.upset) {
        customerMore(pick(m_scenario->upsets));
    }
    if (!plan.shortOpener) {
        agent(pick(greeting(true)));
    }
    if (plan.calm) {
        agent(pick(m_common.calming));
    }
    if (plan.acknowledge) {
        agent(pick(m_common.acknowledgements));
    }
}

void DialogueWriter::identityCheck()
{
    const auto kind = static_cast<std::size_t>(m_scenario->identity);
    const bool polite = chance(0.1 + 0.85 * ramp(0.2, 0.6));
    agent(pick(polite ? m_common.identityAsks[kind] : m_common.curtIdentityAsks[kind]));
    customer(pick(m_common.identityGives[kind]));
    agent(pick(polite ? m_common.identityConfirmed : m_common.curtIdentityConfirmed));
}

void DialogueWriter::restatement()
{
    agent(pick(m_common.restatePrefixes));
    agentFragment(aligned(m_scenario->needs));
    agentFragment(pick(m_common.restateSuffixes));
    customer(pick(m_common.confirmations));
}

void DialogueWriter::probe(const Exchange &exchange)
{
    agent(exchange.first);
    customer(exchange.second);
    if (chance(ramp(0.3, 0.7))) {
        agent(pick(m_common.probeAcks));
    }
}

void DialogueWriter::pause()
{
    if (chance(0.25 + 0.75 * ramp(0.2, 0.7))) {
        agent(pick(channelPhrases().holds));
        m_nextAgentPause = Pause::Hold;
        m_announcedHold = true;
    } else if (!m_agentOpen) {
        customer(pick(channelPhrases().nudges), Pause::Silence); // the customer notices the silence
    } else {
        m_nextAgentPause = Pause::Silence; // the agent falls silent mid-turn and resumes later
        m_announcedHold = false;
    }
}

void DialogueWriter::analysis()
{
    if (m_resolved || chance(m_spec.quality)) {
        agent(aligned(m_scenario->analyses));
    } else {
        agent(pick(chance(0.5) ? m_common.curtAnalyses : m_scenario->curtReplies));
    }
    customer(pick(m_common.analysisReactions));
}

void DialogueWriter::complaintExchange()
{
    agent(pick(chance(0.5) ? m_scenario->curtReplies : m_common.curtReplies));
    customer(pick(m_common.complaints));
}

void DialogueWriter::solution()
{
    const PhraseTemplate &line = m_resolved ? aligned(m_scenario->solutions)
                                            : pick(chance(0.5) ? m_scenario->curtReplies : m_common.curtReplies);
    m_lastAgentLine.clear();
    line.appendTo(m_lastAgentLine, m_details);
    Beat &beat = openAgentBeat();
    if (m_spec.english && !beat.text.isEmpty()) {
        beat.text += QLatin1Char(' ');
    }
    beat.text += m_lastAgentLine;
}

void DialogueWriter::reaction()
{
    customer(pick(m_resolved ? m_common.accepts : m_common.rejects));
}

void DialogueWriter::followUp()
{
    const bool poorAnswer = (!m_resolved || m_spec.quality < 0.5) && chance((1.0 - m_spec.quality) * 0.7);
    const Exchange &exchange = !m_scenario->followUps.isEmpty() && chance(0.5)
                                   ? nextFrom(m_scenario->followUps, m_followUpOrder, m_followUpPosition)
                                   : nextFrom(m_common.followUps, m_commonFollowUpOrder, m_commonFollowUpPosition);
    customer(exchange.first);
    if (m_nextAgentPause == Pause::Normal && m_pendingPause) {
        m_pendingPause = false;
        pause();
    }
    if (poorAnswer) {
        agent(pick(chance(0.5) ? m_scenario->curtReplies : m_common.curtReplies));
        return;
    }
    if (chance(0.3 * m_spec.quality)) {
        agent(pick(m_common.answerPrefixes));
    }
    agent(exchange.second);
}

int DialogueWriter::secondIssue(int unitsLeft)
{
    const QList<int> &pool = m_book.byCategory[static_cast<std::size_t>(m_spec.category)];
    const auto at = static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(pool.size())));
    const Scenario *next = &m_book.scenarios.at(pool.at(at));
    if (next == m_scenario && pool.size() > 1) {
        next = &m_book.scenarios.at(pool.at((at + 1) % pool.size()));
    }
    chooseScenario(*next);
    m_details.forgetOrder();
    shuffle(m_followUpOrder, static_cast<int>(m_scenario->followUps.size()), m_rng);
    m_followUpPosition = 0;

    customer(pick(m_common.secondIssueLeads));
    customerMore(aligned(m_scenario->problems));
    int used = 1;
    if (unitsLeft >= 2 && chance(ramp(0.3, 0.7))) {
        restatement();
        used = 2;
    } else if (m_resolved && chance(0.5)) {
        agent(aligned(m_scenario->analyses));
    }
    agent(m_resolved ? aligned(m_scenario->solutions) : pick(m_scenario->curtReplies));
    return used;
}

void DialogueWriter::padAfterSolution(int units, int pauses)
{
    const double q = m_spec.quality;
    while (units > 0) {
        m_pendingPause = pauses > 0 && chance(double(pauses) / double(units));
        if (m_pendingPause) {
            --pauses;
        }
        const bool poor = !m_resolved || q < 0.4;
        if (!m_pendingPause && units >= 1 && chance(0.06)) {
            units -= secondIssue(units);
            continue;
        }
        if (poor && !m_pendingPause && chance(0.35 * (1.0 - q))) {
            customer(pick(m_common.complaints));
            agent(pick(m_common.curtComebacks));
        } else if (m_spec.channel == Channel::Phone && !m_lastAgentLine.isEmpty() && chance(0.05)) {
            customer(pick(m_common.repeatAsks));
            if (m_pendingPause) {
                m_pendingPause = false;
                pause();
            }
            agent(pick(m_common.repeatLeads));
            Beat &beat = openAgentBeat();
            beat.text += m_lastAgentLine;
        } else if (chance(0.08)) {
            const Exchange &talk = m_common.smallTalk.at(
                static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(m_common.smallTalk.size()))));
            customer(talk.first);
            if (m_pendingPause) {
                m_pendingPause = false;
                pause();
            }
            agent(talk.second);
        } else {
            followUp();
        }
        --units;
    }
}

void DialogueWriter::closing(const Plan &plan)
{
    const ChannelPhrases &channel = channelPhrases();
    if (plan.anythingElse) {
        agent(pick(m_common.anythingElseAsks));
        customer(pick(m_common.anythingElseNo));
    }
    if (plan.satisfaction) {
        agent(pick(m_common.satisfactionAsks));
        const double q = m_spec.quality;
        if (m_resolved) {
            customer(pick(chance(0.3 + 0.7 * q) ? m_common.satisfiedReplies : m_common.neutralReplies));
        } else {
            customer(pick(chance(0.7) ? m_common.dissatisfiedReplies : m_common.neutralReplies));
        }
    }
    if (plan.satisfactionInvite) {
        agent(pick(m_common.satisfactionInvites));
    }
    agent(pick(chance(std::max(0.03, ramp(0.25, 0.65))) ? channel.closings : channel.curtClosings));
    openAgentBeat(); // the closing turn exists even when the curt closing is empty
    if (plan.customerBye) {
        customer(pick(m_resolved ? m_common.customerByes : m_common.angryByes));
    }
    if (plan.systemEnd) {
        system(pick(channel.systemEnd));
    }
}

void DialogueWriter::emailEnvelope()
{
    // Mails carry their own salutation and signature; the first agent mail opens with the greeting and
    // the last one ends with the closing, so only the ones between need both.
    qsizetype lastAgent = -1;
    for (qsizetype i = 0; i < m_beats.size(); ++i) {
        if (m_beats.at(i).speaker == Speaker::Agent) {
            lastAgent = i;
        }
    }
    bool firstAgent = true;
    bool firstCustomer = true;
    const bool polite = m_standardGreeting;
    for (qsizetype i = 0; i < m_beats.size(); ++i) {
        Beat &beat = m_beats[i];
        QString head;
        QString tail;
        if (beat.speaker == Speaker::Customer) {
            if (!firstCustomer && chance(0.5)) {
                append(head, pick(m_common.customerEmailOpenings), true);
            }
            if (chance(0.6)) {
                append(tail, pick(m_common.customerEmailClosings), true);
            }
            firstCustomer = false;
        } else if (beat.speaker == Speaker::Agent) {
            if (!firstAgent && polite) {
                append(head, pick(m_common.emailReplyOpenings), true);
            }
            if (i != lastAgent) {
                append(tail, pick(polite ? m_common.emailSignatures : m_common.curtEmailSignatures), true);
            }
            firstAgent = false;
        }
        if (!head.isEmpty()) {
            if (m_spec.english) {
                head += QLatin1Char(' ');
            }
            beat.text.prepend(head);
        }
        if (!tail.isEmpty()) {
            if (m_spec.english) {
                beat.text += QLatin1Char(' ');
            }
            beat.text += tail;
        }
    }
}

} // namespace qadesk::demo
