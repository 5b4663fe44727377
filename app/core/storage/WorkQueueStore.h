#pragma once

#include "domain/WorkQueue.h"

#include <QList>

#include <optional>

namespace qadesk {

class Connection;

// The inspector's work queue in the database: pages of interactions with the state of their newest
// evaluation, filtered and sorted in SQL so that a million-row database is never read whole; the
// membership of each inspector's queue (work_queue); and the hits of the last transcript search,
// kept in a temporary table of this connection so that paging through them stays cheap.
class WorkQueueStore final
{
public:
    explicit WorkQueueStore(Connection &connection) : m_connection(connection) {}

    // Rows offset … offset + limit - 1. In time order, pass the last row already loaded as `after`
    // instead: the page then starts right behind it in the index (keyset paging), as fast at row
    // 900,000 as at row 0; other orders skip `offset` rows.
    QList<WorkQueueRow> page(const WorkQueueFilter &filter, const WorkQueueSort &sort, int offset, int limit,
                             const WorkQueueRow *after = nullptr);
    // One row, fresh from the database (after an evaluation changed).
    std::optional<WorkQueueRow> row(qint64 interactionId);

    // Replaces the search hits that filters with searchHitsOnly see.
    void setSearchHits(const QList<qint64> &interactionIds);

    void add(const QString &inspector, qint64 interactionId, qint64 planId = 0);
    void remove(const QString &inspector, qint64 interactionId);
    bool contains(const QString &inspector, qint64 interactionId);
    qint64 queueSize(const QString &inspector);

    QList<TeamRef> teams();

private:
    void ensureSearchTable();
    void markVerification(QList<WorkQueueRow> &rows);

    Connection &m_connection;
    bool m_searchTableReady = false;
};

} // namespace qadesk
