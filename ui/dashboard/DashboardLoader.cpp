#include "DashboardLoader.h"

#include "Error.h"
#include "kpi/DashboardService.h"
#include "storage/Connection.h"
#include "storage/DrillDownStore.h"
#include "storage/OrganisationZone.h"
#include "storage/RollupStore.h"


namespace qadesk {

DashboardLoader::DashboardLoader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("dashboard-queries"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DashboardLoader::~DashboardLoader()
{
    // Stop whatever runs, then close the connection on the thread that opened it.
    m_latest->fetch_add(1);
    QMetaObject::invokeMethod(m_worker, [this]() { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DashboardLoader::setPending(int delta)
{
    const bool wasBusy = isBusy();
    m_pending += delta;
    if (wasBusy != isBusy()) {
        emit busyChanged(isBusy());
    }
}

void DashboardLoader::post(std::function<void(Connection &)> work)
{
    setPending(+1);
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work)]() {
        QString error;
        try {
            if (!m_connection) {
                m_connection = std::make_unique<Connection>(m_databasePath);
            }
            work(*m_connection);
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        // Back on the GUI thread; dropped with the loader if it is gone by then.
        QMetaObject::invokeMethod(this, [this, error]() {
            setPending(-1);
            if (!error.isEmpty()) {
                emit failed(error);
            }
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

quint64 DashboardLoader::requestSnapshot(const DashboardRequest &request)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    const auto latest = m_latest;
    post([this, generation, latest, request](Connection &connection) {
        if (latest->load() != generation) {
            return; // a newer request is queued behind this one
        }
        auto snapshot = DashboardService(connection).load(request, [&]() { return latest->load() != generation; });
        if (!snapshot) {
            return;
        }
        QMetaObject::invokeMethod(this, [this, generation, snapshot = std::move(*snapshot)]() {
            if (generation == m_latest->load()) {
                emit snapshotReady(snapshot);
            }
        }, Qt::QueuedConnection);
    });
    return generation;
}

void DashboardLoader::requestDirectory()
{
    post([this](Connection &connection) {
        Directory directory;
        StaffDirectory staff(connection);
        directory.teams = staff.teams();
        directory.agents = staff.agents();
        directory.organisationZone = OrganisationZone::id(connection);
        QMetaObject::invokeMethod(this, [this, directory]() { emit directoryReady(directory); }, Qt::QueuedConnection);
    });
}

namespace {

// Runs a drill-down on the worker and hands its rows, or its error, to `done` on the GUI thread.
template <typename Row, typename Query>
void deliver(QObject *context, Query query, std::function<void(const DrillDownResult<Row> &, const QString &)> done)
{
    DrillDownResult<Row> result;
    QString error;
    try {
        result = query();
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    QMetaObject::invokeMethod(context, [done, result = std::move(result), error]() { done(result, error); },
                              Qt::QueuedConnection);
}

} // namespace

void DashboardLoader::requestInteractions(
    const DrillDownQuery &query, std::function<void(const DrillDownResult<InteractionListRow> &, const QString &)> done)
{
    post([this, query, done = std::move(done)](Connection &connection) {
        deliver<InteractionListRow>(this, [&]() { return DrillDownStore(connection).interactions(query); }, done);
    });
}

void DashboardLoader::requestEvaluations(
    const DrillDownQuery &query, std::function<void(const DrillDownResult<EvaluationListRow> &, const QString &)> done)
{
    post([this, query, done = std::move(done)](Connection &connection) {
        deliver<EvaluationListRow>(this, [&]() { return DrillDownStore(connection).evaluations(query); }, done);
    });
}

} // namespace qadesk
