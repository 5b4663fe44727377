#pragma once

#include <QString>

class QThread;

namespace qadesk {

// Keeps SQL off one thread: the GUI thread of the app, which must never wait for the database. Every statement
// a Connection prepares or runs, and every connection opened, is checked. Debug builds stop at the first
// offence, naming the statement; every build counts offences, so tests can assert there were none.
class SqlThreadGuard final
{
public:
    SqlThreadGuard() = delete;

    // From now on SQL on `thread` is an offence; fatal: stop the program at once (debug builds only).
    static void forbid(QThread *thread, bool fatal);
    // No thread is forbidden any more; the count stays.
    static void lift();

    static int offences();
    // The statement of the latest offence.
    static QString lastOffence();
    static void resetCount();

    // Called by Connection for each statement (or "open DATABASE").
    static void check(const QString &statement);
};

} // namespace qadesk
