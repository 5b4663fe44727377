#pragma once

namespace qadesk {

class Connection;

// A nested all-or-nothing unit inside an open transaction: rolled back to on scope exit unless released.
// Lets a dry run check several files in one transaction, each as if it had been imported.
class Savepoint final
{
public:
    explicit Savepoint(Connection &connection);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    void release();

private:
    Connection &m_connection;
    bool m_done = false;
};

} // namespace qadesk
