#include "KpiTargetStore.h"

#include "AuditLog.h"
#include "Connection.h"

#include <QSqlQuery>
#include <QVariant>

namespace qadesk {

KpiTargets KpiTargetStore::load()
{
    KpiTargets targets;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT kpi, target, amber_margin FROM kpi_targets"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!KpiTargets::isKey(key)) {
            continue; // a KPI of a newer version of the app
        }
        targets.setTarget(key, q.value(1).isNull() ? std::nullopt : std::optional<double>(q.value(1).toDouble()));
        if (!q.value(2).isNull()) {
            targets.setMargin(key, q.value(2).toDouble());
        }
    }
    return targets;
}

bool KpiTargetStore::isEmpty()
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT count(*) FROM kpi_targets"));
    return !q.next() || q.value(0).toLongLong() == 0;
}

void KpiTargetStore::save(const KpiTargets &targets, const QString &actor, const QString &action, const QDateTime &now)
{
    Transaction transaction(m_connection);
    write(targets, actor, action, now);
    transaction.commit();
}

bool KpiTargetStore::saveIfEmpty(const KpiTargets &targets, const QString &actor, const QString &action,
                                 const QDateTime &now)
{
    Transaction transaction(m_connection);
    if (!isEmpty()) {
        return false;
    }
    write(targets, actor, action, now);
    transaction.commit();
    return true;
}

void KpiTargetStore::write(const KpiTargets &targets, const QString &actor, const QString &action, const QDateTime &now)
{
    m_connection.run(QStringLiteral("DELETE FROM kpi_targets"));
    for (const QString &key : KpiTargets::keys()) {
        if (!targets.isSet(key)) {
            continue;
        }
        const std::optional<double> target = targets.target(key);
        m_connection.run(QStringLiteral("INSERT INTO kpi_targets (kpi, target, amber_margin, updated_at, updated_by) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {key, target ? QVariant(*target) : QVariant(QMetaType(QMetaType::Double)),
                          targets.margin(key), now.toSecsSinceEpoch(), actor});
    }
    AuditLog(m_connection).append(actor, action, QStringLiteral("kpi_targets"), 0, targets.describe());
}

} // namespace qadesk
