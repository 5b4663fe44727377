#include "Savepoint.h"

#include "Connection.h"
#include "Error.h"

namespace qadesk {

Savepoint::Savepoint(Connection &connection) : m_connection(connection)
{
    m_connection.run(QStringLiteral("SAVEPOINT qadesk_unit"));
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        try {
            m_connection.run(QStringLiteral("ROLLBACK TO SAVEPOINT qadesk_unit"));
            m_connection.run(QStringLiteral("RELEASE SAVEPOINT qadesk_unit"));
        } catch (const Error &) {
            // The enclosing transaction is rolled back by its owner; nothing more can be done here.
        }
    }
}

void Savepoint::release()
{
    m_connection.run(QStringLiteral("RELEASE SAVEPOINT qadesk_unit"));
    m_done = true;
}

} // namespace qadesk
