#pragma once

#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

class QRandomGenerator;

namespace qadesk::demo {

class DialogueDetails;

// The per-dialogue details a phrase may mention as {name}; see DialogueDetails for how each is made up.
enum class Slot : quint8
{
    Order,
    Tracking,
    Courier,
    Product,
    Device,
    Appliance,
    Amount,
    Date,
    LaterDate,
    Days,
    Phone,
    IdCard,
    BankCard,
    CardTail,
    Agent,
    Staff,
    Customer,
    TimeSlot,
    Hours,
    Minutes,
    Member,
    Points,
    Address,
    City,
    Ticket,
    Count
};

// A phrase with {slot} placeholders, split once when the tables are built so that filling it in costs
// only appends (no searching, no regular expressions) — the demo generator writes millions of turns.
class PhraseTemplate final
{
public:
    PhraseTemplate() = default;
    // Aborts on an unknown {name}: the tables are compiled-in data, so that is a programming error.
    explicit PhraseTemplate(const char *utf8);

    bool isEmpty() const { return m_head.isEmpty() && m_pieces.isEmpty(); }
    // Length of the literal text plus a typical length for each slot: enough to estimate speaking time.
    qsizetype estimatedLength() const { return m_estimatedLength; }
    void appendTo(QString &out, DialogueDetails &details) const;

private:
    struct Piece
    {
        Slot slot;
        QString after; // literal text following the slot
    };
    QString m_head; // literal text before the first slot
    QList<Piece> m_pieces;
    qsizetype m_estimatedLength = 0;
};

using PhraseList = QList<PhraseTemplate>;

// A two-line exchange: a question and its answer (who asks depends on the list it sits in).
struct Exchange
{
    PhraseTemplate first;
    PhraseTemplate second;
};

PhraseList phrases(std::initializer_list<const char *> texts);
QList<Exchange> exchanges(std::initializer_list<std::pair<const char *, const char *>> pairs);

// A uniformly chosen phrase; an empty list yields an empty phrase.
const PhraseTemplate &pick(const PhraseList &list, QRandomGenerator &rng);

} // namespace qadesk::demo
