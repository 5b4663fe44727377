#include "BulkLoad.h"

#include "Connection.h"

namespace qadesk {

BulkLoad::BulkLoad(Connection &connection, const QStringList &tables) : m_connection(connection)
{
    if (m_connection.dialect() != SqlDialect::Sqlite) {
        return;
    }
    for (const QString &table : tables) {
        // Only explicit indexes: the ones behind UNIQUE and PRIMARY KEY constraints have no SQL and stay.
        QSqlQuery q = m_connection.run(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"),
            {table});
        while (q.next()) {
            m_indexes.append({q.value(0).toString(), q.value(1).toString()});
        }
    }
    for (const auto &[name, sql] : std::as_const(m_indexes)) {
        // An index name cannot be a bound parameter; these names come from the schema itself.
        m_connection.run(QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(name));
    }
}

BulkLoad::~BulkLoad()
{
    try {
        finish();
    } catch (...) {
        // The indexes are rebuilt by the next migration check at the latest; never throw from a destructor.
    }
}

void BulkLoad::finish()
{
    const auto indexes = std::exchange(m_indexes, {});
    for (const auto &[name, sql] : indexes) {
        Q_UNUSED(name);
        m_connection.run(sql);
    }
}

} // namespace qadesk
