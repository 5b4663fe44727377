#include "WorkQueueSource.h"

#include "Error.h"
#include "storage/Connection.h"
#include "storage/TranscriptIndex.h"
#include "storage/WorkQueueStore.h"

namespace qadesk {

// Lives in the worker thread; owns that thread's connection and the temporary search table on it.
class WorkQueueWorker final : public QObject
{
public:
    explicit WorkQueueWorker(QString path) : m_path(std::move(path)) {}

    // Runs in the worker thread; answers through `answer`, which the source delivers in its own thread.
    template <typename Work> void run(ThreadedWorkQueueSource *source, quint64 ticket, Work work)
    {
        try {
            if (!m_connection) {
                m_connection = std::make_unique<Connection>(m_path);
                m_store = std::make_unique<WorkQueueStore>(*m_connection);
            }
            work(*m_connection, *m_store);
        } catch (const Error &error) {
            QMetaObject::invokeMethod(
                source, [source, ticket, message = error.message()] { emit source->failed(ticket, message); },
                Qt::QueuedConnection);
        }
    }

    // Closes the connection in the thread that opened it.
    void close()
    {
        m_store.reset();
        m_connection.reset();
    }

private:
    QString m_path;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<WorkQueueStore> m_store;
};

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
    : WorkQueueSource(parent), m_worker(new WorkQueueWorker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("work queue"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ThreadedWorkQueueSource::~ThreadedWorkQueueSource()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ThreadedWorkQueueSource::requestPage(quint64 ticket, const WorkQueueFilter &filter, const WorkQueueSort &sort,
                                          int offset, int limit, const std::optional<WorkQueueRow> &after)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, ticket, filter, sort, offset, limit, after] {
            worker->run(this, ticket, [&](Connection &, WorkQueueStore &store) {
                const QList<WorkQueueRow> rows = store.page(filter, sort, offset, limit, after ? &*after : nullptr);
                QMetaObject::invokeMethod(
                    this, [this, ticket, rows] { emit pageReady(ticket, rows); }, Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void ThreadedWorkQueueSource::requestSearch(quint64 ticket, const QString &text, int limit)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, ticket, text, limit] {
            worker->run(this, ticket, [&](Connection &connection, WorkQueueStore &store) {
                const QList<qint64> hits = TranscriptIndex(connection).search(text, limit);
                store.setSearchHits(hits);
                const int count = int(hits.size());
                QMetaObject::invokeMethod(
                    this, [this, ticket, count] { emit searchReady(ticket, count); }, Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void ThreadedWorkQueueSource::requestRow(qint64 interactionId)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, interactionId] {
            worker->run(this, 0, [&](Connection &, WorkQueueStore &store) {
                if (const std::optional<WorkQueueRow> fresh = store.row(interactionId)) {
                    QMetaObject::invokeMethod(
                        this, [this, row = *fresh] { emit rowReady(row); }, Qt::QueuedConnection);
                }
            });
        },
        Qt::QueuedConnection);
}

void ThreadedWorkQueueSource::requestTeams()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker] {
            worker->run(this, 0, [&](Connection &, WorkQueueStore &store) {
                QMetaObject::invokeMethod(
                    this, [this, teams = store.teams()] { emit teamsReady(teams); }, Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

} // namespace qadesk
