#pragma once

#include "DatabaseWorker.h"
#include "domain/Interaction.h"
#include "domain/Person.h"
#include "domain/Sampling.h"
#include "domain/WorkQueue.h"
#include "evaluation/EvaluationDocument.h"
#include "storage/DatabaseSummary.h"

#include <QDate>

namespace qadesk {

// An interaction as the workspace opens it: the call or chat, and the evaluation the inspector sees for it.
struct OpenedInteraction
{
    Interaction interaction;
    EvaluationDocument::Stored evaluation;
};

// What the sample dialog offers: the teams, and the latest day with interactions.
struct SampleChoices
{
    QList<TeamRef> teams;
    QDate latestDay;
};

// The workspace's way to the data: reads on one thread and connection, writes on another, results delivered
// to the GUI thread (see DatabaseWorker). A write waits for another program's write lock as long as
// Connection's default allows, without holding up the reads; the window stays responsive meanwhile.
class WorkspaceService final
{
public:
    explicit WorkspaceService(const QString &location);

    const QString &location() const { return m_worker.location(); }

    // The interaction with its turns and the evaluation `inspector` sees for it (EvaluationDocument::load).
    void open(QObject *receiver, qint64 interactionId, const QString &inspector,
              std::function<void(OpenedInteraction)> done, std::function<void(const QString &)> failed);
    // Puts the interaction on the inspector's queue, then added(); best effort (a failure is logged).
    void addToQueue(QObject *receiver, const QString &inspector, qint64 interactionId, std::function<void()> added);
    void sampleChoices(QObject *receiver, std::function<void(SampleChoices)> done,
                       std::function<void(const QString &)> failed);
    void drawSample(QObject *receiver, const SampleRequest &request, std::function<void(SampleDrawResult)> done,
                    std::function<void(const QString &)> failed);
    // Whether turns wait for the transcript search index.
    void hasPendingTurns(QObject *receiver, std::function<void(bool)> done);
    void counts(QObject *receiver, std::function<void(DatabaseCounts)> done, std::function<void(const QString &)> failed);

    // The people who may work here (not disabled), and one person by login (nothing when unknown).
    void people(QObject *receiver, std::function<void(QList<Person>)> done, std::function<void(const QString &)> failed);
    void person(QObject *receiver, const QString &login, std::function<void(std::optional<Person>)> done);
    // Adds a person (PeopleStore::add, audited as themselves); done with them, or failed.
    void addPerson(QObject *receiver, const Person &person, std::function<void(Person)> done,
                   std::function<void(const QString &)> failed);

    // Waits until everything requested so far has run on the worker (tests).
    void flush()
    {
        m_writer.flush();
        m_worker.flush();
    }

private:
    DatabaseWorker m_worker; // reads: never wait behind a write that waits for another program's lock
    DatabaseWorker m_writer; // writes: adding to the queue, drawing a sample, adding a person
};

} // namespace qadesk
