#pragma once

#include <QtGlobal>

namespace qadesk {

class Connection;

struct DatabaseCounts
{
    qint64 interactions = 0;
    qint64 transcripts = 0; // interactions with at least one turn
    qint64 evaluations = 0;
};

// Cheap whole-database counts for the status bar.
class DatabaseSummary final
{
public:
    explicit DatabaseSummary(Connection &connection) : m_connection(connection) {}
    DatabaseCounts counts();

private:
    Connection &m_connection;
};

} // namespace qadesk
