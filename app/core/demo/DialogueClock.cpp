#include "demo/DialogueClock.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace qadesk::demo {

namespace {

constexpr qint64 second = 1000;
constexpr qint64 hour = 3600 * second;

} // namespace

DialogueClock::DialogueClock(const DialogueSpec &spec, QRandomGenerator &rng) : m_spec(spec), m_rng(rng)
{
    // Chinese speech runs at about 2.5-4 characters a second, typing at 1.5-3; English text has about
    // four times as many characters for the same content, so its rates are scaled accordingly.
    const bool spoken = m_spec.channel == Channel::Phone;
    const double scale = m_spec.english ? 4.0 : 1.0;
    if (spoken) {
        m_agentRate = uniform(3.0, 4.0) * scale;
        m_customerRate = uniform(2.5, 3.8) * scale;
    } else {
        m_agentRate = uniform(2.0, 3.0) * scale;
        m_customerRate = uniform(1.5, 2.5) * scale;
    }
}

double DialogueClock::uniform(double low, double high)
{
    return low + (high - low) * m_rng.generateDouble();
}

qint64 DialogueClock::durationMs(const Beat &beat)
{
    if (m_spec.channel != Channel::Phone || beat.speaker == Speaker::System) {
        return 0; // a message is stamped when it is sent
    }
    const double rate = beat.speaker == Speaker::Agent ? m_agentRate : m_customerRate;
    const double ms = 1000.0 * static_cast<double>(beat.text.size()) / rate * uniform(0.9, 1.1) + 200.0;
    return std::max<qint64>(500, std::llround(ms));
}

qint64 DialogueClock::pauseMs(Pause pause)
{
    const double poor = 1.0 - m_spec.quality;
    if (pause == Pause::Hold) {
        return std::llround(uniform(12.0 + 20.0 * poor, 35.0 + 120.0 * poor) * second);
    }
    return std::llround(uniform(15.0 + 25.0 * poor, 40.0 + 140.0 * poor) * second);
}

qint64 DialogueClock::gapMs(const Beat &beat, Speaker previous)
{
    const double poor = 1.0 - m_spec.quality;
    const qint64 pause = beat.pause == Pause::Normal ? 0 : pauseMs(beat.pause);
    switch (m_spec.channel) {
    case Channel::Phone:
        if (beat.speaker == Speaker::System) {
            return std::llround(uniform(0.3, 1.5) * second);
        }
        if (beat.speaker == Speaker::Agent && previous != Speaker::Agent) {
            return pause + std::llround(uniform(0.4, 1.5 + 2.5 * poor) * second);
        }
        return pause + std::llround(uniform(0.3, 1.2) * second);
    case Channel::Email:
        if (beat.speaker == Speaker::Agent) {
            return std::llround(uniform(1.0 + 10.0 * poor, 8.0 + 60.0 * poor) * hour);
        }
        return std::llround(uniform(1.0, 30.0) * hour);
    case Channel::Chat:
    case Channel::Other:
        break;
    }
    if (beat.speaker == Speaker::System) {
        return std::llround(uniform(5.0, 60.0) * second);
    }
    // Reading the other side's message, then typing this one (long answers are pasted, hence the cap).
    const bool agent = beat.speaker == Speaker::Agent;
    const double rate = agent ? m_agentRate : m_customerRate;
    double seconds = uniform(1.0, 4.0) + std::min(60.0, static_cast<double>(beat.text.size()) / rate);
    if (agent) {
        seconds *= 1.0 + 0.8 * poor;
    }
    if (m_spec.channel == Channel::Other) {
        seconds += uniform(5.0, 60.0); // social-media inboxes are answered in batches
    }
    return pause + std::llround(seconds * second);
}

QList<DemoTurn> DialogueClock::stamp(QList<Beat> &beats)
{
    static const QString agentName = QStringLiteral("agent");
    static const QString customerName = QStringLiteral("customer");
    static const QString systemName = QStringLiteral("system");

    const qint64 firstResponseMs = std::max<qint64>(0, std::llround(m_spec.firstResponseS * 1000.0));
    QList<DemoTurn> turns;
    turns.reserve(beats.size());
    qint64 clock = 0; // end of the previous turn
    qint64 firstCustomerStart = -1;
    bool agentSeen = false;
    Speaker previous = Speaker::System;
    for (qsizetype i = 0; i < beats.size(); ++i) {
        Beat &beat = beats[i];
        qint64 start = 0;
        if (beat.speaker == Speaker::Customer && firstCustomerStart < 0) {
            start = clock;
            firstCustomerStart = start;
        } else if (beat.speaker == Speaker::Agent && !agentSeen && firstCustomerStart >= 0) {
            start = firstCustomerStart + firstResponseMs; // the response time asked for, exactly
        } else if (i > 0) {
            start = clock + gapMs(beat, previous);
        }
        qint64 end = start + durationMs(beat);
        const bool firstCustomerTurn = beat.speaker == Speaker::Customer && start == firstCustomerStart && !agentSeen &&
                                       i + 1 < beats.size() && beats.at(i + 1).speaker == Speaker::Agent;
        if (firstCustomerTurn) {
            end = std::min(end, start + firstResponseMs); // the agent picks up when the customer pauses
        }
        agentSeen = agentSeen || beat.speaker == Speaker::Agent;
        clock = std::max(clock, end);
        previous = beat.speaker;
        const QString &speaker = beat.speaker == Speaker::Agent      ? agentName
                                 : beat.speaker == Speaker::Customer ? customerName
                                                                     : systemName;
        turns.append(DemoTurn{speaker, start, end, std::move(beat.text)});
    }
    return turns;
}

} // namespace qadesk::demo
