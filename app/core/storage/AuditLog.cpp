#include "AuditLog.h"

#include "Connection.h"

#include <QTimeZone>

namespace qadesk {

void AuditLog::append(const QString &actor, const QString &action, const QString &entity, qint64 entityId,
                      const QString &detail)
{
    m_connection.run(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {QDateTime::currentSecsSinceEpoch(), Connection::text(actor), action, entity, entityId, Connection::text(detail)});
}

QList<AuditEntry> AuditLog::forEntity(const QString &entity, qint64 entityId)
{
    QList<AuditEntry> entries;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT at, actor, action, detail FROM audit_log "
                                                  "WHERE entity = ? AND entity_id = ? ORDER BY id"),
                                   {entity, entityId});
    while (q.next()) {
        entries.append({QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc()), q.value(1).toString(),
                        q.value(2).toString(), entity, entityId, q.value(3).toString()});
    }
    return entries;
}

} // namespace qadesk
