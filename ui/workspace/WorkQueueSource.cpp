#include "WorkQueueSource.h"

#include "Error.h"
#include "services/DatabaseWorker.h"
#include "storage/Connection.h"
#include "storage/TranscriptIndex.h"
#include "storage/WorkQueueStore.h"

namespace qadesk {

DirectWorkQueueSource::DirectWorkQueueSource(Connection &connection, QObject *parent)
    : WorkQueueSource(parent), m_connection(connection), m_store(std::make_unique<WorkQueueStore>(connection))
{
}

DirectWorkQueueSource::~DirectWorkQueueSource() = default;

void DirectWorkQueueSource::requestPage(quint64 ticket, const WorkQueueFilter &filter, const WorkQueueSort &sort,
                                        int offset, int limit, const std::optional<WorkQueueRow> &after)
{
    try {
        const QList<WorkQueueRow> rows = m_store->page(filter, sort, offset, limit, after ? &*after : nullptr);
        emit pageReady(ticket, rows);
    } catch (const Error &error) {
        emit failed(ticket, error.message());
    }
}

void DirectWorkQueueSource::requestSearch(quint64 ticket, const QString &text, int limit)
{
    try {
        const QList<qint64> hits = TranscriptIndex(m_connection).search(text, limit);
        m_store->setSearchHits(hits);
        emit searchReady(ticket, int(hits.size()));
    } catch (const Error &error) {
        emit failed(ticket, error.message());
    }
}

void DirectWorkQueueSource::requestRow(qint64 interactionId)
{
    try {
        if (const std::optional<WorkQueueRow> fresh = m_store->row(interactionId)) {
            emit rowReady(*fresh);
        }
    } catch (const Error &error) {
        emit failed(0, error.message());
    }
}

void DirectWorkQueueSource::requestTeams()
{
    try {
        emit teamsReady(m_store->teams());
    } catch (const Error &error) {
        emit failed(0, error.message());
    }
}

ThreadedWorkQueueSource::ThreadedWorkQueueSource(const QString &databasePath, QObject *parent)
    : WorkQueueSource(parent)
    , m_store(std::make_shared<std::unique_ptr<WorkQueueStore>>())
    , m_worker(std::make_unique<DatabaseWorker>(databasePath, QStringLiteral("work queue")))
{
}

ThreadedWorkQueueSource::~ThreadedWorkQueueSource()
{
    // The store goes on the worker thread, before its connection closes.
    m_worker->post([store = m_store](Connection &) { store->reset(); });
    m_worker.reset();
}

template <typename Result>
void ThreadedWorkQueueSource::run(quint64 ticket, std::function<Result(Connection &, WorkQueueStore &)> work,
                                  std::function<void(Result)> done)
{
    m_worker->request<Result>(
        this,
        [store = m_store, work = std::move(work)](Connection &connection) {
            if (!*store) {
                *store = std::make_unique<WorkQueueStore>(connection);
            }
            return work(connection, **store);
        },
        std::move(done), [this, ticket](const QString &message) { emit failed(ticket, message); });
}

void ThreadedWorkQueueSource::requestPage(quint64 ticket, const WorkQueueFilter &filter, const WorkQueueSort &sort,
                                          int offset, int limit, const std::optional<WorkQueueRow> &after)
{
    run<QList<WorkQueueRow>>(
        ticket,
        [filter, sort, offset, limit, after](Connection &, WorkQueueStore &store) {
            return store.page(filter, sort, offset, limit, after ? &*after : nullptr);
        },
        [this, ticket](QList<WorkQueueRow> rows) { emit pageReady(ticket, rows); });
}

void ThreadedWorkQueueSource::requestSearch(quint64 ticket, const QString &text, int limit)
{
    run<int>(
        ticket,
        [text, limit](Connection &connection, WorkQueueStore &store) {
            const QList<qint64> hits = TranscriptIndex(connection).search(text, limit);
            store.setSearchHits(hits);
            return int(hits.size());
        },
        [this, ticket](int count) { emit searchReady(ticket, count); });
}

void ThreadedWorkQueueSource::requestRow(qint64 interactionId)
{
    run<std::optional<WorkQueueRow>>(
        0, [interactionId](Connection &, WorkQueueStore &store) { return store.row(interactionId); },
        [this](std::optional<WorkQueueRow> row) {
            if (row) {
                emit rowReady(*row);
            }
        });
}

void ThreadedWorkQueueSource::requestTeams()
{
    run<QList<TeamRef>>(
        0, [](Connection &, WorkQueueStore &store) { return store.teams(); },
        [this](QList<TeamRef> teams) { emit teamsReady(teams); });
}

} // namespace qadesk
