#include "AuditLog.h"

#include "AuditChain.h"
#include "Connection.h"
#include "Error.h"

#include <QCoreApplication>

#include <QTimeZone>

namespace qadesk {

void AuditLog::append(const QString &actor, const QString &action, const QString &entity, qint64 entityId,
                      const QString &detail)
{
    // The caller's write transaction keeps other writers out until commit; on PostgreSQL the head row is locked
    // as well, so that two sessions never both extend the chain from the same entry.
    QSqlQuery head = m_connection.run(m_connection.dialect() == SqlDialect::Postgres
                                          ? QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                                          : QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head.next()) {
        throw Error(QCoreApplication::translate("AuditLog", "The audit log's chain head is missing from %1; run "
                                                            "\"qadesk-cli audit verify\".")
                        .arg(m_connection.location()));
    }
    AuditRecord record;
    record.seq = head.value(0).toLongLong() + 1;
    record.prevHash = head.value(1).toString();
    record.at = QDateTime::currentSecsSinceEpoch();
    record.actor = Connection::text(actor);
    record.action = action;
    record.entity = entity;
    record.entityId = entityId;
    record.detail = Connection::text(detail);
    record.hash = AuditChain::hashOf(record);
    m_connection.run(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, "
                                    "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {*record.seq, record.at, record.actor, record.action, record.entity, entityId, record.detail,
                      record.prevHash, record.hash});
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
