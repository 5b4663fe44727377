#include "OrganisationZone.h"

#include "AuditLog.h"
#include "Connection.h"
#include "Schema.h"

#include <QDateTime>
#include <QReadWriteLock>

namespace qadesk {

namespace {

const QString kOrgKey = QStringLiteral("org_timezone");
const QString kDayKey = QStringLiteral("day_timezone");
const QString kLegacyKey = QStringLiteral("rollup_tz");
constexpr qint64 kUnixEpochJulianDay = 2440588;

// One stretch of time [from, to) in which the zone keeps one offset from UTC.
struct OffsetPeriod
{
    qint64 from = 0;
    qint64 to = 0;
    int offset = 0;
};

QList<OffsetPeriod> offsetPeriods(const QTimeZone &zone, qint64 first, qint64 last)
{
    QList<OffsetPeriod> periods;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(first, QTimeZone::utc());
    const QDateTime to = QDateTime::fromSecsSinceEpoch(last + 1, QTimeZone::utc());
    qint64 start = first;
    int offset = zone.offsetFromUtc(from);
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
        const qint64 at = t.atUtc.toSecsSinceEpoch();
        if (at > start) {
            periods.append({start, at, offset});
            start = at;
        }
        offset = t.offsetFromUtc;
    }
    periods.append({start, last + 1, offset});
    return periods;
}

QReadWriteLock &currentLock()
{
    static QReadWriteLock lock;
    return lock;
}

QTimeZone &currentZone()
{
    static QTimeZone zone = QTimeZone::utc();
    return zone;
}

} // namespace

QTimeZone OrganisationZone::current()
{
    QReadLocker locker(&currentLock());
    return currentZone();
}

void OrganisationZone::setCurrent(const QTimeZone &zone)
{
    QWriteLocker locker(&currentLock());
    currentZone() = zone.isValid() ? zone : QTimeZone::utc();
}

QString OrganisationZone::id(Connection &connection)
{
    QString zone = Schema::meta(connection, kOrgKey);
    if (zone.isEmpty()) {
        zone = Schema::meta(connection, kLegacyKey, QStringLiteral("UTC"));
    }
    return zone;
}

QTimeZone OrganisationZone::zone(Connection &connection)
{
    const QTimeZone zone(id(connection).toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString OrganisationZone::dayZoneId(Connection &connection)
{
    const QString zone = Schema::meta(connection, kDayKey);
    return zone.isEmpty() ? id(connection) : zone;
}

QByteArray OrganisationZone::systemZoneId()
{
    QByteArray zone = QTimeZone::systemTimeZoneId();
    if (zone.isEmpty() || !QTimeZone(zone).isValid()) {
        zone = QByteArrayLiteral("UTC");
    }
    return zone;
}

QTimeZone OrganisationZone::parse(const QString &name)
{
    const QByteArray id = name.trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id)) {
        return QTimeZone();
    }
    return QTimeZone(id);
}

void OrganisationZone::setInitial(Connection &connection, const QByteArray &zoneId)
{
    Schema::setMeta(connection, kOrgKey, QString::fromUtf8(zoneId));
    Schema::setMeta(connection, kDayKey, QString::fromUtf8(zoneId));
    Schema::setMeta(connection, kLegacyKey, QString::fromUtf8(zoneId));
}

void OrganisationZone::change(Connection &connection, const QTimeZone &zone, const QString &actor,
                              const ProgressCallback &progress)
{
    const QString zoneId = QString::fromUtf8(zone.id());
    const QString previous = id(connection);
    {
        Transaction transaction(connection);
        Schema::setMeta(connection, kOrgKey, zoneId);
        Schema::setMeta(connection, kLegacyKey, zoneId);
        if (previous != zoneId) {
            AuditLog(connection).append(actor, QStringLiteral("set:org_timezone"), QStringLiteral("settings"), 0,
                                        QStringLiteral("%1 -> %2").arg(previous, zoneId));
        }
        transaction.commit();
    }
    if (dayZoneId(connection) == zoneId) {
        reportProgress(progress, 1, 1);
        return;
    }
    QSqlQuery range = connection.run(QStringLiteral("SELECT MIN(started_at), MAX(started_at) FROM interactions"));
    QList<OffsetPeriod> periods;
    if (range.next() && !range.value(0).isNull()) {
        periods = offsetPeriods(zone, range.value(0).toLongLong(), range.value(1).toLongLong());
    }
    range.finish();
    const qint64 total = periods.size() + 1;
    reportProgress(progress, 0, total);
    qint64 done = 0;
    for (const OffsetPeriod &p : periods) {
        Transaction transaction(connection);
        // The local day of an instant t is floor((t + offset) / 86400) counted from the Unix epoch's Julian day.
        connection.run(QStringLiteral("UPDATE interactions SET day = (started_at + ? + 864000000) / 86400 - 10000 + ? "
                                      "WHERE started_at >= ? AND started_at < ?"),
                       {p.offset, kUnixEpochJulianDay, p.from, p.to});
        transaction.commit();
        reportProgress(progress, ++done, total);
    }
    Schema::setMeta(connection, kDayKey, zoneId);
    reportProgress(progress, total, total);
}

} // namespace qadesk
