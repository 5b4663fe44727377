#pragma once

#include <QString>

namespace qadesk {

class Connection;

// Which windows (holders) have which inspector's evaluation of an interaction open, renewed by heartbeats.
class PresenceStore final
{
public:
    explicit PresenceStore(Connection &connection) : m_connection(connection) {}

    // This holder shows the interaction now (and nothing else).
    void announce(const QString &holder, qint64 interactionId, const QString &inspector, qint64 now);
    void leave(const QString &holder);
    // How many other holders announced the same interaction and inspector at or after since.
    int others(const QString &holder, qint64 interactionId, const QString &inspector, qint64 since);

private:
    Connection &m_connection;
};

} // namespace qadesk
