#pragma once

#include "services/DashboardLoader.h"
#include "kpi/KpiTargets.h"
#include "kpi/DashboardSnapshot.h"
#include "settings/AppSettings.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
class QTableView;

class QGridLayout;

namespace qadesk {

class AgentRankingModel;
class AgentView;
class DashboardFilterBar;
class DashboardOverview;
class KpiTile;
class NumericSortModel;

// The team lead's dashboard (issue 5): filters, KPI tiles against targets, trend and dimension charts, the agent
// ranking and the agent view. Every figure comes from the worker (DashboardLoader); clicking one lists what stands
// behind it, and the workspace opens those interactions through openInteractionsRequested().
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    // Every figure comes through `loader` (its own thread and connection).
    DashboardPage(DashboardLoader &loader, AppSettings &settings, QWidget *parent = nullptr);
    ~DashboardPage() override;

    DashboardFilterBar *filterBar() const { return m_filters; }
    KpiTile *tile(Kpi kpi) const { return m_tiles.value(kpi); }
    DashboardOverview *overview() const { return m_overview; }
    AgentView *agentView() const { return m_agentView; }
    QTableView *rankingTable() const { return m_rankingTable; }
    QTabWidget *views() const { return m_views; }
    const std::optional<DashboardSnapshot> &snapshot() const { return m_snapshot; }
    // Anchors the period presets on another day than today (tests, demos of past data).
    void setToday(QDate today);
    bool isRefreshing() const { return m_loader.isBusy(); }
    // The person working: whether they may change the organisation's KPI targets (Action::SetTargets), and whose
    // name a change goes under. A QA manager's or administrator's first start also moves the targets this
    // computer kept in its settings (before they lived in the database) into a database that has none.
    void setPerson(const Person &person);
    // The organisation's targets as last read (with the figures).
    const KpiTargets &targets() const { return m_targets; }

public slots:
    // The database changed: reload the team and agent lists and the figures.
    void reload();
    // Recompute the figures for the current filters.
    void refresh();
    // Shows the targets (for a QA manager or administrator, to edit; stored through saveTargets()).
    void editTargets();
    // Stores `targets` as the organisation's, in the person's name, then refreshes; a refusal is said.
    void saveTargets(const KpiTargets &targets);

signals:
    void openInteractionsRequested(const QList<qint64> &interactionIds);
    // The agent view's "Raise rectification" (issue 13): the agent's findings are offered on the improvement page.
    void raiseRectificationRequested(const QString &agentCode);
    // A snapshot is on screen.
    void refreshed();
    // The organisation's targets were stored (saveTargets), or storing them failed with `error`.
    void targetsSaved(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void applySnapshot(const DashboardSnapshot &snapshot);
    // Brings the view in front up to date with the snapshot; views behind wait until they are shown.
    void updateCurrentView();
    void applyDirectory(const DashboardLoader::Directory &directory);
    QString selectionName(const KpiFilter &filter) const;
    QString filterSummary(const KpiFilter &filter) const;
    // The dates of bucket `index` of the shown trend, clipped to the period.
    std::pair<QDate, QDate> bucketRange(int index) const;
    DrillDownQuery query(DrillDownQuery::Subject subject, QDate from, QDate to) const;
    void showDrillDown(const DrillDownQuery &query, const QString &what);
    void drillIntoKpi(Kpi kpi);

    AppSettings &m_settings;
    DashboardLoader &m_loader;
    KpiTargets m_targets;
    Person m_person;
    QTimeZone m_zone;
    QDate m_today;
    DashboardFilterBar *m_filters = nullptr;
    QString m_lastStatus; // what the status line said after the last snapshot (or failure)
    QLabel *m_status = nullptr;
    QHash<Kpi, KpiTile *> m_tiles;
    QList<KpiTile *> m_tileOrder;
    QGridLayout *m_tileGrid = nullptr;
    int m_tileColumns = 0;
    // As many tiles a row as the width allows (all nine on a wide window, two rows on a laptop).
    void arrangeTiles();
    QTabWidget *m_views = nullptr;
    DashboardOverview *m_overview = nullptr;
    AgentView *m_agentView = nullptr;
    AgentRankingModel *m_ranking = nullptr;
    NumericSortModel *m_rankingSorted = nullptr;
    QTableView *m_rankingTable = nullptr;
    QTimer m_refreshTimer;
    std::optional<DashboardSnapshot> m_snapshot;
    bool m_stale = true; // figures wait for the page to be shown
    bool m_directoryLoaded = false;
    QSet<QWidget *> m_outdatedViews;
};

} // namespace qadesk
