#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace qadesk {

class Connection;

// For loading many rows into near-empty tables: drops the tables' secondary indexes and builds them again
// at the end, which SQLite does far faster than maintaining them row by row. Only on SQLite; elsewhere a no-op.
class BulkLoad final
{
public:
    BulkLoad(Connection &connection, const QStringList &tables);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Rebuilds the indexes now (also done by the destructor).
    void finish();

private:
    Connection &m_connection;
    QList<QPair<QString, QString>> m_indexes; // name, CREATE statement
};

} // namespace qadesk
