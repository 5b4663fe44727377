#pragma once

#include <QString>

namespace qadesk {

class Connection;

// What a start-up check found in a database file.
struct DatabaseHealth
{
    bool ok = true;
    QString problem; // in words, for the user: damaged pages, or a schema newer than this program
};

// Consistent copies of a live SQLite database and their restore, with SQLite's online backup API on the
// same SQLite library Qt's driver uses (never a file copy: a copy taken while another program writes can be
// torn, and opening the live file outside SQLite would drop its locks).
class DatabaseBackup final
{
public:
    // Copies the database behind connection into a new file at target (replacing it only once the copy is
    // complete and checked), owner-only. Readers and writers elsewhere go on meanwhile. Throws qadesk::Error.
    static void backup(Connection &connection, const QString &target);
    // Replaces the content of the database behind connection with the backup at source, after checking the
    // backup (integrity and schema version), then migrates it to this program's schema. All or nothing.
    static void restore(Connection &connection, const QString &source);
    // PRAGMA quick_check and the schema version, without writing anything.
    static DatabaseHealth check(Connection &connection);
    // The same for a file not opened yet, read-only (nothing is written, not even the journal mode);
    // pages = false checks only that it opens and its schema version: instant, for files too large to
    // check whole before the window opens. A file that does not exist yet is healthy.
    static DatabaseHealth checkFile(const QString &path, bool pages);
};

} // namespace qadesk
