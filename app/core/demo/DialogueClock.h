#pragma once

#include "demo/DialogueBeat.h"
#include "demo/DialogueCorpus.h"
#include "demo/DialogueWriter.h"

#include <QList>

class QRandomGenerator;

namespace qadesk::demo {

// Gives written beats plausible times for their channel: phone turns last as long as the words take
// to say, chat messages arrive after reading and typing time, e-mails hours apart. Holds and silences
// are longer the poorer the service.
class DialogueClock final
{
public:
    DialogueClock(const DialogueSpec &spec, QRandomGenerator &rng);
    QList<DemoTurn> stamp(QList<Beat> &beats);

private:
    double uniform(double low, double high);
    qint64 durationMs(const Beat &beat);
    qint64 gapMs(const Beat &beat, Speaker previous);
    qint64 pauseMs(Pause pause);

    DialogueSpec m_spec;
    QRandomGenerator &m_rng;
    double m_agentRate = 3.5; // characters per second, spoken or typed
    double m_customerRate = 3.0;
};

} // namespace qadesk::demo
