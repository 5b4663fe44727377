#pragma once

#include "ImportTypes.h"

#include <QStringList>

#include <atomic>

namespace qadesk {

class Connection;

// Imports files into the database (DESIGN §4.2). Each file is one transaction: imported whole or not at all,
// so a rejected or cancelled file changes nothing. Files that create interactions go before the transcripts and
// CSVs of turns that attach to them. A dry run checks everything inside one transaction that is rolled back.
class Importer final
{
public:
    explicit Importer(Connection &connection) : m_connection(connection) {}

    // `progress` is called from this thread now and then; `cancel` is polled between records.
    ImportResult importFiles(const QStringList &files, const ImportOptions &options,
                             const ImportProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    struct Planned
    {
        QString given; // as the caller named it (used in messages)
        QString path;  // absolute
        ImportFormat format = ImportFormat::Auto;
        QString openError; // the file cannot be read, or its format cannot be told
        int openLine = 0;
        int openColumn = 0;
    };
    Planned plan(const QString &file, const ImportOptions &options) const;
    FileImportResult importFile(const Planned &file, int index, int count, const ImportOptions &options,
                                const ImportProgressCallback &progress, const std::atomic_bool *cancel);

    Connection &m_connection;
};

} // namespace qadesk
