#include "PresenceStore.h"

#include "Connection.h"

namespace qadesk {

void PresenceStore::announce(const QString &holder, qint64 interactionId, const QString &inspector, qint64 now)
{
    Transaction transaction(m_connection);
    m_connection.run(QStringLiteral("DELETE FROM evaluation_presence WHERE holder = ? AND NOT "
                                    "(interaction_id = ? AND inspector = ?)"),
                     {holder, interactionId, inspector});
    m_connection.run(QStringLiteral("INSERT INTO evaluation_presence (interaction_id, inspector, holder, seen_at) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT (interaction_id, inspector, holder) "
                                    "DO UPDATE SET seen_at = excluded.seen_at"),
                     {interactionId, inspector, holder, now});
    transaction.commit();
}

void PresenceStore::leave(const QString &holder)
{
    m_connection.run(QStringLiteral("DELETE FROM evaluation_presence WHERE holder = ?"), {holder});
}

int PresenceStore::others(const QString &holder, qint64 interactionId, const QString &inspector, qint64 since)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT count(*) FROM evaluation_presence WHERE interaction_id = ? "
                                                  "AND inspector = ? AND holder <> ? AND seen_at >= ?"),
                                   {interactionId, inspector, holder, since});
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace qadesk
