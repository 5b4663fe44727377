#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace qadesk {

class Connection;

struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString detail;
};

// The append-only record of who did what and when (the database refuses updates and deletes).
class AuditLog final
{
public:
    explicit AuditLog(Connection &connection) : m_connection(connection) {}
    void append(const QString &actor, const QString &action, const QString &entity, qint64 entityId,
                const QString &detail = {});
    QList<AuditEntry> forEntity(const QString &entity, qint64 entityId);

private:
    Connection &m_connection;
};

} // namespace qadesk
