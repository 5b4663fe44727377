#include "demo/PhraseTemplate.h"

#include "demo/DialogueDetails.h"

#include <QRandomGenerator>

#include <array>

namespace qadesk::demo {

namespace {

constexpr std::array<const char *, static_cast<int>(Slot::Count)> slotNames = {
    "order", "tracking", "courier", "product",  "device",   "appliance", "amount", "date",     "laterdate",
    "days",  "phone",    "idcard",  "bankcard", "cardtail", "agent",     "staff",  "customer", "timeslot",
    "hours", "minutes",  "member",  "points",   "address",  "city",      "ticket"};

Slot slotNamed(QStringView name, const char *phrase)
{
    for (std::size_t i = 0; i < slotNames.size(); ++i) {
        if (name == QLatin1String(slotNames[i])) {
            return static_cast<Slot>(i);
        }
    }
    qFatal("Unknown slot {%s} in demo phrase: %s", name.toUtf8().constData(), phrase);
}

} // namespace

PhraseTemplate::PhraseTemplate(const char *utf8)
{
    const QString text = QString::fromUtf8(utf8);
    // The literal before a slot belongs to the head or to the piece before it.
    const auto setLiteral = [this](QString literal) {
        (m_pieces.isEmpty() ? m_head : m_pieces.last().after) = std::move(literal);
    };
    qsizetype literalStart = 0;
    for (qsizetype open = text.indexOf(QLatin1Char('{')); open >= 0;
         open = text.indexOf(QLatin1Char('{'), literalStart)) {
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            qFatal("Unclosed slot in demo phrase: %s", utf8);
        }
        setLiteral(text.mid(literalStart, open - literalStart));
        m_pieces.append(Piece{slotNamed(QStringView(text).mid(open + 1, close - open - 1), utf8), QString()});
        literalStart = close + 1;
    }
    setLiteral(text.mid(literalStart));
    m_estimatedLength = m_head.size();
    for (const Piece &piece : m_pieces) {
        m_estimatedLength += 6 + piece.after.size();
    }
}

void PhraseTemplate::appendTo(QString &out, DialogueDetails &details) const
{
    out += m_head;
    for (const Piece &piece : m_pieces) {
        out += details.value(piece.slot);
        out += piece.after;
    }
}

PhraseList phrases(std::initializer_list<const char *> texts)
{
    PhraseList list;
    list.reserve(static_cast<qsizetype>(texts.size()));
    for (const char *text : texts) {
        list.append(PhraseTemplate(text));
    }
    return list;
}

QList<Exchange> exchanges(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QList<Exchange> list;
    list.reserve(static_cast<qsizetype>(pairs.size()));
    for (const auto &[first, second] : pairs) {
        list.append(Exchange{PhraseTemplate(first), PhraseTemplate(second)});
    }
    return list;
}

const PhraseTemplate &pick(const PhraseList &list, QRandomGenerator &rng)
{
    static const PhraseTemplate empty;
    if (list.isEmpty()) {
        return empty;
    }
    return list.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(list.size()))));
}

} // namespace qadesk::demo
