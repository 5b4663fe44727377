#include "FilterKeys.h"

#include "Connection.h"
#include "kpi/TimeBuckets.h"

namespace qadesk {

FilterKeys FilterKeys::resolve(Connection &connection, const KpiFilter &filter)
{
    FilterKeys keys;
    if (!filter.team.isEmpty()) {
        QSqlQuery q = connection.run(QStringLiteral("SELECT id FROM teams WHERE name = ?"), {filter.team});
        if (q.next()) {
            keys.team = q.value(0).toLongLong();
        } else {
            keys.matchesNothing = true;
        }
    }
    if (!filter.agent.isEmpty()) {
        QSqlQuery q = connection.run(QStringLiteral("SELECT id FROM agents WHERE code = ?"), {filter.agent});
        if (q.next()) {
            keys.agent = q.value(0).toLongLong();
        } else {
            keys.matchesNothing = true;
        }
    }
    return keys;
}

FilterKeys FilterKeys::fromIds(qint64 teamId, qint64 agentId)
{
    FilterKeys keys;
    if (teamId > 0) {
        keys.team = teamId;
    }
    if (agentId > 0) {
        keys.agent = agentId;
    }
    return keys;
}

void FilterKeys::appendRawConditions(const KpiFilter &filter, QStringList &conditions, QVariantList &values) const
{
    appendRawConditions(filter.channel, filter.category, conditions, values);
}

void FilterKeys::appendRawConditions(const QString &channel, const QString &category, QStringList &conditions,
                                     QVariantList &values) const
{
    if (team) {
        conditions << (agent ? QStringLiteral("i.team_id + 0 = ?") : QStringLiteral("i.team_id = ?"));
        values << *team;
    }
    if (agent) {
        conditions << QStringLiteral("i.agent_id = ?");
        values << *agent;
    }
    if (!channel.isEmpty()) {
        conditions << QStringLiteral("i.channel = ?");
        values << channel;
    }
    if (!category.isEmpty()) {
        conditions << QStringLiteral("i.category = ?");
        values << category;
    }
}

void FilterKeys::appendRollupConditions(const KpiFilter &filter, QStringList &conditions, QVariantList &values) const
{
    conditions << QStringLiteral("r.channel = ?") << QStringLiteral("r.category = ?");
    values << (filter.channel.isEmpty() ? QStringLiteral("*") : filter.channel);
    values << (filter.category.isEmpty() ? QStringLiteral("*") : filter.category);
    if (team) {
        conditions << QStringLiteral("r.team_key = ?");
        values << *team;
    }
    if (agent) {
        conditions << QStringLiteral("r.agent_id = ?");
        values << *agent;
    }
}

void FilterKeys::appendPeriod(const KpiFilter &filter, const QString &column, QStringList &conditions,
                              QVariantList &values)
{
    if (filter.from) {
        conditions << column + QStringLiteral(" >= ?");
        values << TimeBuckets::startOfDayUtc(*filter.from, filter.zone);
    }
    if (filter.to) {
        conditions << column + QStringLiteral(" < ?");
        values << TimeBuckets::startOfDayUtc(filter.to->addDays(1), filter.zone);
    }
}

} // namespace qadesk
