#pragma once

#include "kpi/DashboardSnapshot.h"
#include "kpi/DrillDown.h"
#include "kpi/KpiTargetService.h"
#include "storage/StaffDirectory.h"

#include "DatabaseWorker.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace qadesk {

class Connection;

// The dashboard's way to the data: its queries run on a DatabaseWorker (a thread and connection of its own), so
// the window never waits for SQL. Every snapshot request gets a generation number; a request made stale by a newer one stops at its next
// check on the worker and its result, should it still arrive, is dropped.
class DashboardLoader final : public QObject
{
    Q_OBJECT

public:
    struct Directory
    {
        QList<TeamEntry> teams;
        QList<AgentEntry> agents;
        QString organisationZone; // OrganisationZone::id: the zone of every date on the page
    };

    explicit DashboardLoader(QString databasePath, QObject *parent = nullptr);
    ~DashboardLoader() override;

    // Returns the request's generation.
    quint64 requestSnapshot(const DashboardRequest &request);
    void requestDirectory();
    // `done` runs on the GUI thread with the rows, or with an error message and no rows.
    void requestInteractions(const DrillDownQuery &query,
                             std::function<void(const DrillDownResult<InteractionListRow> &, const QString &error)> done);
    void requestEvaluations(const DrillDownQuery &query,
                            std::function<void(const DrillDownResult<EvaluationListRow> &, const QString &error)> done);

    // Stores `targets` as the organisation's KPI targets in `by`'s name (KpiTargetService::set); `done` runs on
    // the GUI thread with an empty message, or with why they were not stored.
    void requestSaveTargets(const KpiTargets &targets, const Person &by, std::function<void(const QString &error)> done);
    // Moves the targets this computer kept in its settings into a database that holds none yet
    // (KpiTargetService::adopt); `done` gets the outcome, or an error message.
    void requestAdoptTargets(const KpiTargets &fromSettings, const Person &by,
                             std::function<void(KpiTargetService::Adoption adoption, const QString &error)> done);

    bool isBusy() const { return m_pending > 0; }
    quint64 latestGeneration() const { return m_latest->load(); }

signals:
    void snapshotReady(const qadesk::DashboardSnapshot &snapshot);
    void directoryReady(const qadesk::DashboardLoader::Directory &directory);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    // Runs `work` on the worker; `done` with its result on this thread; an error is emitted as failed().
    template <typename Result>
    void run(std::function<Result(Connection &)> work, std::function<void(Result)> done);
    void setPending(int delta);

    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_pending = 0;
    DatabaseWorker m_worker; // last: it finishes (and drops) its work before the rest goes
};

} // namespace qadesk
