#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace qadesk {

class Connection;

// A thread with a database connection of its own: the way widgets reach the data. Work posted to it runs
// there, in order, on that connection (opened on first use, closed on that thread). A request's result, or
// the message of the error it threw, is delivered back on the thread that made the worker (the GUI thread),
// to a receiver that is dropped silently if the receiver is gone by then. The GUI thread never waits.
class DatabaseWorker final
{
public:
    // busyTimeoutMs: how long a statement waits for another connection's write lock (Connection's default:
    // two minutes; waiting is fine here, the window stays responsive).
    DatabaseWorker(QString location, const QString &threadName, int busyTimeoutMs = -1);
    // Runs what is queued, closes the connection, stops the thread. Results not yet delivered are dropped.
    ~DatabaseWorker();
    DatabaseWorker(const DatabaseWorker &) = delete;
    DatabaseWorker &operator=(const DatabaseWorker &) = delete;

    const QString &location() const { return m_location; }

    // Runs work on the worker thread; an error it throws is logged (qWarning) and otherwise ignored.
    void post(std::function<void(Connection &)> work);

    // Runs work on the worker thread; then done(result) — or failed(message) if work threw — on this
    // worker's owner thread, provided receiver still exists.
    template <typename Result>
    void request(QObject *receiver, std::function<Result(Connection &)> work, std::function<void(Result)> done,
                 std::function<void(const QString &)> failed = {})
    {
        QPointer<QObject> alive(receiver);
        post([this, alive, work = std::move(work), done = std::move(done), failed = std::move(failed)](
                 Connection &connection) {
            QString error;
            try {
                Result result = work(connection);
                deliver([alive, done, result = std::move(result)]() mutable {
                    if (alive) {
                        done(std::move(result));
                    }
                });
                return;
            } catch (const std::exception &e) {
                error = messageOf(e);
            }
            deliver([alive, failed, error] {
                if (alive && failed) {
                    failed(error);
                }
            });
        });
    }

    // Waits until everything posted so far has run (tests, shutdown paths; never the GUI thread in use).
    void flush();

private:
    static QString messageOf(const std::exception &e);
    void deliver(std::function<void()> call);

    QString m_location;
    int m_busyTimeoutMs = -1;
    QThread m_thread;
    QObject *m_context = nullptr;            // lives in m_thread
    std::unique_ptr<QObject> m_mailbox;      // lives in the owner's thread; results are delivered through it
    std::unique_ptr<Connection> m_connection; // opened, used and closed on m_thread only
};

} // namespace qadesk
