#pragma once

#include <QList>
#include <QString>

class QRandomGenerator;

namespace qadesk {

// One line of a synthetic transcript, in the shape of the turns table (DESIGN §4.1).
struct DemoTurn
{
    QString speaker; // "agent" | "customer" | "system"
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;

    bool operator==(const DemoTurn &other) const = default;
};

struct DialogueRequest
{
    QString channel = QStringLiteral("phone");         // phone, chat, email, other
    QString category = QStringLiteral("consultation"); // consultation, complaint, after_sales, suggestion, other
    double quality = 0.8;                              // 0 = poor service .. 1 = excellent
    int targetTurns = 12;                              // approximate, at least 4
    bool english = false;
    double firstResponseS = 3.0; // seconds from the first customer turn to the first agent turn
};

// Realistic customer-service dialogues for demo data: one of many scenarios of the category, following
// the six-step service flow (DESIGN §2.2) when quality is high and breaking it more the lower it is.
// Deterministic: all randomness comes from the generator passed in.
//
// Timing: the customer speaks first at 0 ms (a phone or chat transcript may open with a zero-length
// system turn at 0 as well); the first agent turn starts exactly firstResponseS after it; turns never
// overlap. Phone turns last as long as the words take to say; chat, e-mail and other turns are
// messages, stamped when sent (end == start).
class DialogueCorpus final
{
public:
    static QList<DemoTurn> generate(const DialogueRequest &request, QRandomGenerator &rng);
};

} // namespace qadesk
