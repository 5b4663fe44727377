#include "FilterKeys.h"

#include "Connection.h"

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

} // namespace qadesk
