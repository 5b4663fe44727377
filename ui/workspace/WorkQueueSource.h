#pragma once

#include "domain/WorkQueue.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace qadesk {

class Connection;
class DatabaseWorker;
class WorkQueueStore;

// Where the work queue's rows come from. A request is answered by a signal carrying its ticket, so
// the model can drop answers to requests it no longer cares about. DirectWorkQueueSource answers at
// once on the caller's connection (model tests); ThreadedWorkQueueSource answers from a worker thread with its own
// connection, so that sorting a million rows or searching every transcript never freezes the window.
class WorkQueueSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void requestPage(quint64 ticket, const WorkQueueFilter &filter, const WorkQueueSort &sort, int offset,
                             int limit, const std::optional<WorkQueueRow> &after) = 0;
    // Runs a transcript search whose hits later pages see through WorkQueueFilter::searchHitsOnly.
    virtual void requestSearch(quint64 ticket, const QString &text, int limit) = 0;
    // One row, for refreshing what the inspector just changed: rowReady, unless it is gone.
    virtual void requestRow(qint64 interactionId) = 0;
    // The teams, for the team filter: teamsReady.
    virtual void requestTeams() = 0;

signals:
    void pageReady(quint64 ticket, const QList<qadesk::WorkQueueRow> &rows);
    void searchReady(quint64 ticket, int hits);
    void rowReady(const qadesk::WorkQueueRow &row);
    void teamsReady(const QList<qadesk::TeamRef> &teams);
    void failed(quint64 ticket, const QString &message);
};

class DirectWorkQueueSource final : public WorkQueueSource
{
    Q_OBJECT

public:
    explicit DirectWorkQueueSource(Connection &connection, QObject *parent = nullptr);
    ~DirectWorkQueueSource() override;

    void requestPage(quint64 ticket, const WorkQueueFilter &filter, const WorkQueueSort &sort, int offset, int limit,
                     const std::optional<WorkQueueRow> &after) override;
    void requestSearch(quint64 ticket, const QString &text, int limit) override;
    void requestRow(qint64 interactionId) override;
    void requestTeams() override;

private:
    Connection &m_connection;
    std::unique_ptr<WorkQueueStore> m_store;
};

class ThreadedWorkQueueSource final : public WorkQueueSource
{
    Q_OBJECT

public:
    // Answers from a DatabaseWorker: a thread and connection of its own, opened from `databasePath`.
    explicit ThreadedWorkQueueSource(const QString &databasePath, QObject *parent = nullptr);
    ~ThreadedWorkQueueSource() override;

    void requestPage(quint64 ticket, const WorkQueueFilter &filter, const WorkQueueSort &sort, int offset, int limit,
                     const std::optional<WorkQueueRow> &after) override;
    void requestSearch(quint64 ticket, const QString &text, int limit) override;
    void requestRow(qint64 interactionId) override;
    void requestTeams() override;

private:
    // Runs work with the worker thread's store (made there on first use: the search hit table lives on that
    // thread's connection); an error becomes failed(ticket, message).
    template <typename Result>
    void run(quint64 ticket, std::function<Result(Connection &, WorkQueueStore &)> work,
             std::function<void(Result)> done);

    std::shared_ptr<std::unique_ptr<WorkQueueStore>> m_store; // touched on the worker thread only
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace qadesk
