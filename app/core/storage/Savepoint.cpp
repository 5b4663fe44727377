#include "Savepoint.h"

#include "Connection.h"
#include "Error.h"

namespace qadesk {

// Not prepared: PostgreSQL cannot prepare SAVEPOINT (Qt prepares what run() runs).
Savepoint::Savepoint(Connection &connection) : m_connection(connection)
{
    m_connection.execute(QStringLiteral("SAVEPOINT qadesk_unit"));
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        try {
            m_connection.execute(QStringLiteral("ROLLBACK TO SAVEPOINT qadesk_unit"));
            m_connection.execute(QStringLiteral("RELEASE SAVEPOINT qadesk_unit"));
        } catch (const Error &) {
            // The enclosing transaction is rolled back by its owner; nothing more can be done here.
        }
    }
}

void Savepoint::release()
{
    m_connection.execute(QStringLiteral("RELEASE SAVEPOINT qadesk_unit"));
    m_done = true;
}

} // namespace qadesk
