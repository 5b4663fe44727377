#pragma once

#include <QList>
#include <QString>

#include <atomic>

namespace qadesk {

class Connection;

// Full-text search in transcripts. On SQLite with FTS5 the turns are indexed in the trigram table
// turns_fts up to a mark (meta fts_indexed_turn_id) by catchUp(), which the application runs in the
// background; turns above the mark — not indexed yet — are searched with LIKE, so a search is always
// complete. Without FTS5 every search uses LIKE.
// Terms shorter than three characters cannot use a trigram index and are matched with LIKE as well.
class TranscriptIndex final
{
public:
    explicit TranscriptIndex(Connection &connection) : m_connection(connection) {}

    // Whether this database has the FTS5 table.
    bool available();
    qint64 indexedUpTo();
    // Turns stored but not indexed yet.
    qint64 pendingTurns();
    // Cheaper than pendingTurns() > 0 on a large backlog.
    bool hasPendingTurns();
    // Indexes up to `limit` pending turns (all when 0) in the caller's transaction; returns how many.
    qint64 catchUp(qint64 limit = 0);
    // Indexes every pending turn in transactions of `chunk` turns, stopping early when `cancel` is set.
    // For a worker thread with its own connection; returns how many turns it indexed.
    qint64 catchUpInChunks(qint64 chunk, const std::atomic<bool> *cancel = nullptr);

    // Interactions whose transcript contains every whitespace-separated term of `text` (anywhere in
    // the transcript, case-insensitive for Latin letters), plus those whose external id, agent code or
    // agent name equals `text`. Newest interaction ids first, at most `limit`.
    QList<qint64> search(const QString &text, int limit);

    static QStringList terms(const QString &text);

private:
    Connection &m_connection;
};

} // namespace qadesk
