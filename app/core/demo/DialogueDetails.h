#pragma once

#include "demo/PhraseTemplate.h"

#include <QString>

#include <array>

class QRandomGenerator;

namespace qadesk::demo {

// The concrete facts one dialogue talks about (order number, amount, dates, the customer's phone ...).
// Each value is made up the first time a phrase asks for it and then stays fixed, so a dialogue is
// consistent with itself; only what is said costs random draws.
class DialogueDetails final
{
public:
    DialogueDetails(QRandomGenerator &rng, bool english);

    const QString &value(Slot slot);
    // The customer moves on to another order: forget order-specific facts, keep the person's own.
    void forgetOrder();

private:
    QString make(Slot slot);
    QString digits(int count);
    QString orderNumber();
    QString trackingNumber();
    QString idCardNumber();
    QString bankCardNumber();
    QString amount();
    QString date(int dayOffset);
    QString address();
    void ensureDate();

    QRandomGenerator &m_rng;
    bool m_english;
    std::array<QString, static_cast<std::size_t>(Slot::Count)> m_values;
    std::array<bool, static_cast<std::size_t>(Slot::Count)> m_known{};
    int m_courier = -1;
    int m_month = 0;
    int m_day = 0;
};

} // namespace qadesk::demo
