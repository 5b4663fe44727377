#include "WorkspaceService.h"

#include "Error.h"
#include "sampling/SampleDraw.h"
#include "storage/Connection.h"
#include "storage/InteractionReader.h"
#include "storage/PeopleStore.h"
#include "storage/SamplingStore.h"
#include "storage/TranscriptIndex.h"
#include "storage/WorkQueueStore.h"

namespace qadesk {

WorkspaceService::WorkspaceService(const QString &location)
    : m_worker(location, QStringLiteral("workspace data")), m_writer(location, QStringLiteral("workspace writes"))
{
}

void WorkspaceService::open(QObject *receiver, qint64 interactionId, const QString &inspector,
                            std::function<void(OpenedInteraction)> done, std::function<void(const QString &)> failed)
{
    m_worker.request<OpenedInteraction>(
        receiver,
        [interactionId, inspector](Connection &connection) {
            OpenedInteraction opened;
            opened.interaction = InteractionReader(connection).load(interactionId);
            opened.evaluation = EvaluationDocument::load(connection, interactionId, inspector);
            return opened;
        },
        std::move(done), std::move(failed));
}

void WorkspaceService::addToQueue(QObject *receiver, const QString &inspector, qint64 interactionId,
                                  std::function<void()> added)
{
    m_writer.request<bool>(
        receiver,
        [inspector, interactionId](Connection &connection) {
            WorkQueueStore(connection).add(inspector, interactionId);
            return true;
        },
        [added = std::move(added)](bool) { added(); },
        [inspector](const QString &message) {
            qWarning("Could not add to the queue of %s: %s", qPrintable(inspector), qPrintable(message));
        });
}

void WorkspaceService::sampleChoices(QObject *receiver, std::function<void(SampleChoices)> done,
                                     std::function<void(const QString &)> failed)
{
    m_worker.request<SampleChoices>(
        receiver,
        [](Connection &connection) {
            return SampleChoices{WorkQueueStore(connection).teams(), SamplingStore(connection).latestDay()};
        },
        std::move(done), std::move(failed));
}

void WorkspaceService::drawSample(QObject *receiver, const SampleRequest &request,
                                  std::function<void(SampleDrawResult)> done,
                                  std::function<void(const QString &)> failed)
{
    m_writer.request<SampleDrawResult>(
        receiver, [request](Connection &connection) { return SampleDraw::run(connection, request); },
        std::move(done), std::move(failed));
}

void WorkspaceService::hasPendingTurns(QObject *receiver, std::function<void(bool)> done)
{
    m_worker.request<bool>(
        receiver, [](Connection &connection) { return TranscriptIndex(connection).hasPendingTurns(); },
        std::move(done));
}

void WorkspaceService::counts(QObject *receiver, std::function<void(DatabaseCounts)> done,
                              std::function<void(const QString &)> failed)
{
    m_worker.request<DatabaseCounts>(
        receiver, [](Connection &connection) { return DatabaseSummary(connection).counts(); }, std::move(done),
        std::move(failed));
}

void WorkspaceService::people(QObject *receiver, std::function<void(QList<Person>)> done,
                              std::function<void(const QString &)> failed)
{
    m_worker.request<QList<Person>>(
        receiver,
        [](Connection &connection) {
            QList<Person> active;
            for (const Person &p : PeopleStore(connection).list()) {
                if (!p.disabled) {
                    active.append(p);
                }
            }
            return active;
        },
        std::move(done), std::move(failed));
}

void WorkspaceService::person(QObject *receiver, const QString &login, std::function<void(std::optional<Person>)> done)
{
    m_worker.request<std::optional<Person>>(
        receiver, [login](Connection &connection) { return PeopleStore(connection).find(login); }, std::move(done),
        [](const QString &message) { qWarning("Cannot read the profile: %s", qPrintable(message)); });
}

void WorkspaceService::addPerson(QObject *receiver, const Person &person, std::function<void(Person)> done,
                                 std::function<void(const QString &)> failed)
{
    m_writer.request<Person>(
        receiver,
        [person](Connection &connection) {
            return PeopleStore(connection).add(person.login, person.login, person.name, person.role,
                                               person.agentCode, person.team);
        },
        std::move(done), std::move(failed));
}

} // namespace qadesk
