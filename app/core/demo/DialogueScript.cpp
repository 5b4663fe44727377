#include "demo/DialogueScript.h"

#include "demo/DialogueDetails.h"

#include <QRandomGenerator>

namespace qadesk::demo {

DialogueScript::DialogueScript(DialogueDetails &details, bool english) : m_details(details), m_english(english) {}

void DialogueScript::append(QString &text, const PhraseTemplate &phrase, bool separate)
{
    if (phrase.isEmpty()) {
        return;
    }
    if (separate && m_english && !text.isEmpty() && !text.endsWith(QLatin1Char(' '))) {
        text += QLatin1Char(' ');
    }
    phrase.appendTo(text, m_details);
}

Beat &DialogueScript::agentBeat()
{
    if (m_agentOpen && m_nextPause == Pause::Normal) {
        return m_beats.last();
    }
    Beat beat{Speaker::Agent, m_nextPause, QString()};
    if (m_nextPrefix) {
        append(beat.text, *m_nextPrefix, true);
    }
    m_nextPause = Pause::Normal;
    m_nextPrefix = nullptr;
    m_beats.append(std::move(beat));
    m_agentOpen = true;
    return m_beats.last();
}

void DialogueScript::agent(const PhraseTemplate &phrase)
{
    if (!phrase.isEmpty()) {
        append(agentBeat().text, phrase, true);
    }
}

void DialogueScript::agentFragment(const PhraseTemplate &phrase)
{
    if (!phrase.isEmpty()) {
        append(agentBeat().text, phrase, false);
    }
}

void DialogueScript::agentText(const QString &text)
{
    QString &turn = agentBeat().text;
    if (m_english && !turn.isEmpty() && !turn.endsWith(QLatin1Char(' '))) {
        turn += QLatin1Char(' ');
    }
    turn += text;
}

void DialogueScript::openAgentTurn()
{
    agentBeat();
}

void DialogueScript::customer(const PhraseTemplate &phrase, Pause pause)
{
    Beat beat{Speaker::Customer, pause, QString()};
    append(beat.text, phrase, true);
    m_beats.append(std::move(beat));
    m_agentOpen = false;
}

void DialogueScript::customerMore(const PhraseTemplate &phrase)
{
    append(m_beats.last().text, phrase, true);
}

void DialogueScript::system(const PhraseTemplate &phrase)
{
    Beat beat{Speaker::System, Pause::Normal, QString()};
    append(beat.text, phrase, false);
    m_beats.append(std::move(beat));
    m_agentOpen = false;
}

void DialogueScript::pauseAgent(Pause pause, const PhraseTemplate &resume)
{
    m_nextPause = pause;
    m_nextPrefix = &resume;
}

void DialogueScript::prefixNextAgentTurn(const PhraseTemplate &prefix)
{
    m_nextPrefix = &prefix;
}

void DialogueScript::wrapAsEmails(const CommonPhrases &common, bool polite, QRandomGenerator &rng)
{
    // The first agent mail opens with the greeting and the last one ends with the closing, so only the
    // ones between need both; customers are less regular.
    qsizetype lastAgent = -1;
    for (qsizetype i = 0; i < m_beats.size(); ++i) {
        lastAgent = m_beats.at(i).speaker == Speaker::Agent ? i : lastAgent;
    }
    bool firstAgent = true;
    bool firstCustomer = true;
    for (qsizetype i = 0; i < m_beats.size(); ++i) {
        Beat &beat = m_beats[i];
        QString head;
        QString tail;
        if (beat.speaker == Speaker::Customer) {
            if (!firstCustomer && rng.bounded(2) == 0) {
                append(head, pick(common.customerEmailOpenings, rng), true);
            }
            if (rng.bounded(5) < 3) {
                append(tail, pick(common.customerEmailClosings, rng), true);
            }
            firstCustomer = false;
        } else if (beat.speaker == Speaker::Agent) {
            if (!firstAgent && polite) {
                append(head, pick(common.emailReplyOpenings, rng), true);
            }
            if (i != lastAgent) {
                append(tail, pick(polite ? common.emailSignatures : common.curtEmailSignatures, rng), true);
            }
            firstAgent = false;
        }
        if (!head.isEmpty()) {
            beat.text.prepend(m_english ? head + QLatin1Char(' ') : head);
        }
        if (!tail.isEmpty()) {
            if (m_english) {
                beat.text += QLatin1Char(' ');
            }
            beat.text += tail;
        }
    }
}

} // namespace qadesk::demo
