#include "DraftSaver.h"

#include "Error.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/PresenceStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QUuid>

namespace qadesk {

namespace {

// A short wait inside SQLite, then the saver's own retry: the inspector hears "not saved yet" promptly
// instead of a silent second-long stall, and no other draft waits behind one that cannot be written.
constexpr int kBusyWaitMs = 200;
constexpr int kRetryMs = 250;

} // namespace

DraftSaver::DraftSaver(QString databaseLocation, QObject *parent)
    : QObject(parent), m_location(std::move(databaseLocation)), m_holder(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<DraftSaver::Key>("qadesk::DraftSaver::Key");
    qRegisterMetaType<Evaluation>("qadesk::Evaluation");
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("DraftSaver"));
    m_thread->start();
}

DraftSaver::~DraftSaver()
{
    if (!waitForIdle(kDrainMs)) {
        qWarning("DraftSaver: %d evaluation(s) not saved when closing", int(m_pending.size()));
    }
    {
        const QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

quint64 DraftSaver::save(const Evaluation &draft)
{
    return enqueue(draft, false);
}

quint64 DraftSaver::submit(const Evaluation &evaluation)
{
    return enqueue(evaluation, true);
}

quint64 DraftSaver::enqueue(const Evaluation &evaluation, bool submit)
{
    const QMutexLocker locker(&m_mutex);
    const Key key = keyOf(evaluation);
    Job &job = m_pending[key];
    const bool takeOver = job.takeOver; // a pending keepMine() carries over to newer content
    job = Job{evaluation, ++m_sequence, submit, takeOver};
    m_wake.wakeAll();
    return job.sequence;
}

void DraftSaver::keepMine(const Key &key)
{
    const QMutexLocker locker(&m_mutex);
    m_blocked.remove(key);
    if (auto it = m_pending.find(key); it != m_pending.end()) {
        it->takeOver = true;
    }
    m_wake.wakeAll();
}

void DraftSaver::discard(const Key &key)
{
    const QMutexLocker locker(&m_mutex);
    m_blocked.remove(key);
    m_pending.remove(key);
    m_stored.remove(key); // the next save starts from what is stored
    m_idle.wakeAll();
}

void DraftSaver::setShown(const Key &key)
{
    const QMutexLocker locker(&m_mutex);
    m_shown = key;
    m_shownChanged = true;
    m_wake.wakeAll();
}

void DraftSaver::heartbeat(Connection &connection, const Key &shown)
{
    try {
        PresenceStore presence(connection);
        if (shown.first == 0) {
            presence.leave(m_holder);
            return;
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        presence.announce(m_holder, shown.first, shown.second, now);
        // Another holder counts while its heartbeat is fresh: a crashed window's row ages out.
        const int others = presence.others(m_holder, shown.first, shown.second, now - 3 * kHeartbeatMs / 1000);
        emit openElsewhere(shown, others > 0);
    } catch (const Error &) {
        // Busy or failing: presence is advisory; the next heartbeat tries again.
    }
}

bool DraftSaver::hasPending(const Key &key) const
{
    const QMutexLocker locker(&m_mutex);
    return m_pending.contains(key);
}

bool DraftSaver::hasPending() const
{
    const QMutexLocker locker(&m_mutex);
    return !m_pending.isEmpty() || m_working;
}

bool DraftSaver::waitForIdle(int msecs)
{
    QDeadlineTimer deadline(msecs);
    QMutexLocker locker(&m_mutex);
    while ((m_working || runnable()) && !deadline.hasExpired()) {
        m_idle.wait(&m_mutex, deadline);
    }
    return m_pending.isEmpty() && !m_working;
}

bool DraftSaver::runnable() const
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!m_blocked.contains(it.key())) {
            return true;
        }
    }
    return false;
}

void DraftSaver::run()
{
    std::unique_ptr<Connection> connection;
    QDeadlineTimer nextHeartbeat(QDeadlineTimer::Forever);
    QMutexLocker locker(&m_mutex);
    forever {
        while (!m_stopping && !runnable() && !m_shownChanged && !nextHeartbeat.hasExpired()) {
            m_idle.wakeAll();
            m_wake.wait(&m_mutex, nextHeartbeat);
        }
        if (m_stopping) {
            break;
        }
        if (m_shownChanged || nextHeartbeat.hasExpired()) {
            const Key shown = m_shown;
            m_shownChanged = false;
            nextHeartbeat = shown.first == 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(kHeartbeatMs);
            locker.unlock();
            try {
                if (!connection) {
                    connection = std::make_unique<Connection>(m_location, kBusyWaitMs);
                }
                heartbeat(*connection, shown);
            } catch (const Error &) {
            }
            locker.relock();
            continue;
        }
        if (m_failing) {
            // After a failure: wait a little (new work or stop wake us), then try again.
            m_wake.wait(&m_mutex, kRetryMs);
            m_failing = false;
            continue;
        }
        Key key;
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (!m_blocked.contains(it.key())) {
                key = it.key();
                break;
            }
        }
        Job job = m_pending.take(key);
        m_working = true;
        locker.unlock();
        bool failed = false;
        try {
            if (!connection) {
                connection = std::make_unique<Connection>(m_location, kBusyWaitMs);
            }
            process(*connection, key, job);
        } catch (const ConflictError &error) {
            locker.relock();
            m_blocked.insert(key);
            if (!m_pending.contains(key)) {
                job.takeOver = false;
                m_pending.insert(key, job);
            }
            m_stored.remove(key);
            locker.unlock();
            emit conflict(key, error.message());
        } catch (const Error &error) {
            // Busy, or any other failure (disk full, file gone): keep the newest content and try again.
            failed = true;
            locker.relock();
            if (!m_pending.contains(key)) {
                m_pending.insert(key, job);
            }
            locker.unlock();
            emit saveFailed(key, error.message(), true);
        }
        locker.relock();
        m_working = false;
        m_failing = failed;
        if (!runnable()) {
            m_idle.wakeAll();
        }
    }
    locker.unlock();
    if (connection) {
        heartbeat(*connection, {0, QString()}); // this window shows nothing any more
    }
    connection.reset();
}

void DraftSaver::process(Connection &connection, const Key &key, Job job)
{
    EvaluationStore store(connection);
    Stored stored;
    {
        const QMutexLocker locker(&m_mutex);
        stored = m_stored.value(key);
    }
    Evaluation &e = job.evaluation;
    if (stored.id == 0 && e.id != 0) {
        stored = {e.id, e.rowVersion};
    }
    if (job.takeOver) {
        // The user chose to keep this content: write it over the stored draft, whatever its version.
        if (const std::optional<Evaluation> current = store.currentDraft(e.interactionId, e.inspector)) {
            stored = {current->id, current->rowVersion};
        } else {
            stored = {};
        }
    }
    if (stored.id == 0) {
        const Evaluation created = store.load(store.createDraft(e.interactionId, e.rubricVersionId, e.inspector));
        stored = {created.id, created.rowVersion};
        e.createdAt = created.createdAt;
        const QMutexLocker locker(&m_mutex);
        m_stored.insert(key, stored); // a retry after a failed first save writes into this draft
    }
    e.id = stored.id;
    e.rowVersion = stored.rowVersion;
    if (job.submit) {
        store.submit(e);
    } else {
        store.saveDraft(e);
    }
    {
        const QMutexLocker locker(&m_mutex);
        if (job.submit) {
            m_stored.remove(key);
        } else {
            m_stored.insert(key, {e.id, e.rowVersion});
        }
    }
    if (job.submit) {
        emit submitted(key, job.sequence, e);
    } else {
        emit saved(key, job.sequence, e);
    }
}

} // namespace qadesk
