#pragma once

#include "domain/Evaluation.h"

#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QWaitCondition>

class QThread;

namespace qadesk {

// Writes evaluation drafts and submissions on a thread and connection of its own, so that no keystroke
// waits for the database and a locked database never costs an edit. Every change is handed over at once
// and lands within milliseconds when the database is free; while another program holds the write lock the
// newest content of each draft waits here and is retried until it lands (saveFailed says so, with
// retrying = true). Work that would overwrite someone else's newer version stops with conflict() until the
// user chooses: keepMine() writes this content over theirs, discard() drops it.
// A draft is known by its interaction and inspector: there is at most one draft per pair (the schema
// enforces it), and this saver creates it on the first save.
class DraftSaver final : public QObject
{
    Q_OBJECT

public:
    using Key = QPair<qint64, QString>; // interaction id, inspector login

    explicit DraftSaver(QString databaseLocation, QObject *parent = nullptr);
    // Waits up to kDrainMs for queued work to land, then stops.
    ~DraftSaver() override;

    static constexpr int kDrainMs = 10000;
    static Key keyOf(const Evaluation &evaluation) { return {evaluation.interactionId, evaluation.inspector}; }

    // Queues the content of a draft (replacing older queued content of the same draft); returns its sequence
    // number, reported back by saved().
    quint64 save(const Evaluation &draft);
    // Queues the final save and lock of an evaluation as submitted (the caller has computed score and grade).
    quint64 submit(const Evaluation &evaluation);
    void keepMine(const Key &key);
    void discard(const Key &key);

    // The evaluation this window shows (interaction 0: none). The saver announces it, renews it every
    // kHeartbeatMs and reports through openElsewhere() whether another window or program shows it too.
    void setShown(const Key &key);
    static constexpr int kHeartbeatMs = 5000;

    bool hasPending(const Key &key) const;
    bool hasPending() const;
    // Blocks until nothing is queued or msecs passed; true when everything queued has landed.
    bool waitForIdle(int msecs);

signals:
    // Emitted from the saver's thread: connect with an object living elsewhere (queued).
    void saved(const qadesk::DraftSaver::Key &key, quint64 sequence, const qadesk::Evaluation &stored);
    void submitted(const qadesk::DraftSaver::Key &key, quint64 sequence, const qadesk::Evaluation &stored);
    void saveFailed(const qadesk::DraftSaver::Key &key, const QString &message, bool retrying);
    void conflict(const qadesk::DraftSaver::Key &key, const QString &message);
    void openElsewhere(const qadesk::DraftSaver::Key &key, bool elsewhere);

private:
    struct Job
    {
        Evaluation evaluation;
        quint64 sequence = 0;
        bool submit = false;
        bool takeOver = false; // keepMine(): write over the stored version
    };
    struct Stored
    {
        qint64 id = 0;
        int rowVersion = 0;
    };

    quint64 enqueue(const Evaluation &evaluation, bool submit);
    void run();
    bool runnable() const; // m_mutex held
    void process(class Connection &connection, const Key &key, Job job);
    void heartbeat(class Connection &connection, const Key &shown);

    const QString m_location;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    QMap<Key, Job> m_pending;
    QSet<Key> m_blocked;    // waiting for the user after a conflict
    bool m_working = false; // a job is being written
    bool m_stopping = false;
    bool m_failing = false; // the last attempt failed: wait before the next
    quint64 m_sequence = 0;
    Key m_shown;                // what this window shows; {0, ""} for nothing
    bool m_shownChanged = false;
    const QString m_holder;     // this saver's name in evaluation_presence
    QMap<Key, Stored> m_stored; // the saver thread's knowledge of each draft's row
    QThread *m_thread = nullptr;
};

} // namespace qadesk
