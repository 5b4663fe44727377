#pragma once

#include <QDate>

namespace qadesk {

class Connection;

// Demo rectification (整改) items in every state and a couple of coaching sessions (issue 13), so the page is not
// empty, for the people DemoPeople added (each agent's person, their team's lead): items raised and moved through
// their states at dates before `lastDay`, verification interactions drawn and (for the verified and
// reopened items) evaluated. The same seed gives the same data.
class ImprovementDemo final
{
public:
    ImprovementDemo(Connection &connection, quint32 seed, QDate lastDay)
        : m_connection(connection), m_seed(seed), m_lastDay(lastDay)
    {
    }
    // Returns how many evaluations it added (of verification interactions).
    int run();

private:
    Connection &m_connection;
    quint32 m_seed = 1;
    QDate m_lastDay;
};

} // namespace qadesk
