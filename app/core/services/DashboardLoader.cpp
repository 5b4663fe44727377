#include "DashboardLoader.h"

#include "Error.h"
#include "kpi/DashboardService.h"
#include "storage/Connection.h"
#include "storage/DrillDownStore.h"
#include "storage/OrganisationZone.h"


namespace qadesk {

DashboardLoader::DashboardLoader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(std::move(databasePath), QStringLiteral("dashboard queries"))
{
}

DashboardLoader::~DashboardLoader()
{
    m_latest->fetch_add(1); // what runs stops at its next check; the worker then closes
}

void DashboardLoader::setPending(int delta)
{
    const bool wasBusy = isBusy();
    m_pending += delta;
    if (wasBusy != isBusy()) {
        emit busyChanged(isBusy());
    }
}

template <typename Result>
void DashboardLoader::run(std::function<Result(Connection &)> work, std::function<void(Result)> done)
{
    setPending(+1);
    m_worker.request<Result>(
        this, std::move(work),
        [this, done = std::move(done)](Result result) {
            setPending(-1);
            done(std::move(result));
        },
        [this](const QString &message) {
            setPending(-1);
            emit failed(message);
        });
}

quint64 DashboardLoader::requestSnapshot(const DashboardRequest &request)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    const auto latest = m_latest;
    run<std::optional<DashboardSnapshot>>(
        [generation, latest, request](Connection &connection) -> std::optional<DashboardSnapshot> {
            if (latest->load() != generation) {
                return std::nullopt; // a newer request is queued behind this one
            }
            return DashboardService(connection).load(request, [&]() { return latest->load() != generation; });
        },
        [this, generation](std::optional<DashboardSnapshot> snapshot) {
            if (snapshot && generation == m_latest->load()) {
                emit snapshotReady(*snapshot);
            }
        });
    return generation;
}

void DashboardLoader::requestDirectory()
{
    run<Directory>(
        [](Connection &connection) {
            Directory directory;
            StaffDirectory staff(connection);
            directory.teams = staff.teams();
            directory.agents = staff.agents();
            directory.organisationZone = OrganisationZone::id(connection);
            return directory;
        },
        [this](Directory directory) { emit directoryReady(directory); });
}

void DashboardLoader::requestInteractions(
    const DrillDownQuery &query, std::function<void(const DrillDownResult<InteractionListRow> &, const QString &)> done)
{
    setPending(+1);
    m_worker.request<DrillDownResult<InteractionListRow>>(
        this, [query](Connection &connection) { return DrillDownStore(connection).interactions(query); },
        [this, done](DrillDownResult<InteractionListRow> rows) {
            setPending(-1);
            done(rows, QString());
        },
        [this, done](const QString &message) {
            setPending(-1);
            done({}, message);
        });
}

void DashboardLoader::requestEvaluations(
    const DrillDownQuery &query, std::function<void(const DrillDownResult<EvaluationListRow> &, const QString &)> done)
{
    setPending(+1);
    m_worker.request<DrillDownResult<EvaluationListRow>>(
        this, [query](Connection &connection) { return DrillDownStore(connection).evaluations(query); },
        [this, done](DrillDownResult<EvaluationListRow> rows) {
            setPending(-1);
            done(rows, QString());
        },
        [this, done](const QString &message) {
            setPending(-1);
            done({}, message);
        });
}

void DashboardLoader::requestSaveTargets(const KpiTargets &targets, const Person &by,
                                         std::function<void(const QString &)> done)
{
    setPending(+1);
    m_worker.request<bool>(
        this,
        [targets, by](Connection &connection) {
            KpiTargetService(connection, by).set(targets);
            return true;
        },
        [this, done](bool) {
            setPending(-1);
            done(QString());
        },
        [this, done](const QString &message) {
            setPending(-1);
            done(message);
        });
}

void DashboardLoader::requestAdoptTargets(const KpiTargets &fromSettings, const Person &by,
                                          std::function<void(KpiTargetService::Adoption, const QString &)> done)
{
    setPending(+1);
    m_worker.request<KpiTargetService::Adoption>(
        this, [fromSettings, by](Connection &connection) { return KpiTargetService(connection, by).adopt(fromSettings); },
        [this, done](KpiTargetService::Adoption adoption) {
            setPending(-1);
            done(adoption, QString());
        },
        [this, done](const QString &message) {
            setPending(-1);
            done(KpiTargetService::Adoption::NotAllowed, message);
        });
}

} // namespace qadesk
