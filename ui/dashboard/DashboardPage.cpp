#include "DashboardPage.h"

#include "storage/OrganisationZone.h"
#include "AgentRankingModel.h"
#include "AgentView.h"
#include "DashboardFilterBar.h"
#include "DashboardFormat.h"
#include "DashboardOverview.h"
#include "DashboardRoles.h"
#include "DrillDownDialog.h"
#include "KpiTile.h"
#include "NumericSortModel.h"
#include "ScoreHistogramChart.h"
#include "TableClipboard.h"
#include "TargetsDialog.h"
#include "common/MessageBox.h"
#include "domain/Permissions.h"
#include "domain/DomainLabels.h"
#include "kpi/TimeBuckets.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qadesk {

DashboardPage::DashboardPage(DashboardLoader &loader, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_loader(loader)
    , m_zone(OrganisationZone::current())
{
    setObjectName(QStringLiteral("dashboardPage"));

    m_filters = new DashboardFilterBar(this);
    m_filters->setPreset(ReportingPeriod::fromKey(m_settings.dashboardPeriod(), PeriodPreset::LastFourWeeks));
    m_filters->setBucket(kpiBucketFromString(m_settings.dashboardBucket()).value_or(KpiBucket::Week));
    auto *targets = new QPushButton(tr("Target&s…"), this);
    targets->setObjectName(QStringLiteral("targetsButton"));
    connect(targets, &QPushButton::clicked, this, &DashboardPage::editTargets);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setTextFormat(Qt::PlainText);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, QColor(0x60, 0x66, 0x70));
    m_status->setPalette(muted);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addWidget(targets);

    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(6);
    for (const KpiDefinition &d : KpiCatalog::all()) {
        auto *tile = new KpiTile(d.kpi, this);
        connect(tile, &KpiTile::clicked, this, &DashboardPage::drillIntoKpi);
        m_tiles.insert(d.kpi, tile);
        m_tileOrder.append(tile);
    }
    arrangeTiles();

    m_overview = new DashboardOverview(this);
    m_agentView = new AgentView(this);
    m_ranking = new AgentRankingModel(this);
    m_rankingSorted = new NumericSortModel(this);
    m_rankingSorted->setSourceModel(m_ranking);
    m_rankingTable = new QTableView(this);
    m_rankingTable->setObjectName(QStringLiteral("agentRankingTable"));
    m_rankingTable->setModel(m_rankingSorted);
    m_rankingTable->setSortingEnabled(true);
    m_rankingTable->sortByColumn(AgentRankingModel::columnOfKpi(Kpi::QaScore), Qt::DescendingOrder);
    m_rankingTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rankingTable->setAlternatingRowColors(true);
    m_rankingTable->setToolTip(tr("Click a column to rank by it; double-click an agent for the agent view"));
    m_rankingTable->horizontalHeader()->setResizeContentsPrecision(64); // hundreds of agents: measure a sample
    TableClipboard::install(m_rankingTable);
    connect(m_rankingTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_filters->setAgent(index.data(KeyRole).toString());
        m_views->setCurrentWidget(m_agentView);
    });

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("dashboardViews"));
    m_views->addTab(m_overview, tr("Overview"));
    m_views->addTab(m_rankingTable, tr("Agent ranking"));
    m_views->addTab(m_agentView, tr("Agent"));
    connect(m_views, &QTabWidget::currentChanged, this, &DashboardPage::updateCurrentView);

    // The page scrolls up and down when the window is too short for it (a 1024×700 laptop); it never needs to
    // scroll sideways: filters and tiles wrap instead.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(m_tileGrid);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Changes that arrive together (a team change resets the agent) make one refresh.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_filters, &DashboardFilterBar::changed, this, [this]() {
        m_settings.setDashboardPeriod(ReportingPeriod::key(m_filters->preset()));
        m_settings.setDashboardBucket(kpiBucketName(m_filters->bucket()));
        scheduleRefresh();
    });
    connect(&m_loader, &DashboardLoader::snapshotReady, this, &DashboardPage::applySnapshot);
    connect(&m_loader, &DashboardLoader::directoryReady, this, &DashboardPage::applyDirectory);
    connect(&m_loader, &DashboardLoader::failed, this,
            [this](const QString &message) {
                m_lastStatus = tr("Could not compute the figures: %1").arg(message);
                m_status->setText(m_lastStatus);
            });
    // "Refreshing…" while figures are being computed; other work of the loader (a drill-down's list) says nothing,
    // and when the loader is idle again the line says what it said before (issue 16: it stayed "Refreshing…").
    connect(&m_loader, &DashboardLoader::busyChanged, this, [this](bool busy) {
        if (!busy && m_status->text() == tr("Refreshing…")) {
            m_status->setText(m_lastStatus);
        }
    });

    connect(m_overview, &DashboardOverview::surveyBucketClicked, this, [this](int bucket) {
        const auto [from, to] = bucketRange(bucket);
        DrillDownQuery q = query(DrillDownQuery::Subject::Interactions, from, to);
        q.requirement = DrillDownQuery::Requirement::Survey;
        showDrillDown(q, tr("Survey answers"));
    });
    connect(m_overview, &DashboardOverview::qaBucketClicked, this, [this](int bucket) {
        const auto [from, to] = bucketRange(bucket);
        showDrillDown(query(DrillDownQuery::Subject::Evaluations, from, to), tr("Evaluations"));
    });
    const auto dimensionDrillDown = [this](const QString &key) {
        if (!m_snapshot) {
            return;
        }
        DrillDownQuery q = query(DrillDownQuery::Subject::Evaluations, *m_snapshot->request.filter.from,
                                 *m_snapshot->request.filter.to);
        q.dimensionKey = key;
        QString name = key;
        for (const DimensionInfo &d : m_snapshot->dimensionInfo) {
            if (d.key == key) {
                name = d.name(prefersChinese());
            }
        }
        showDrillDown(q, tr("Evaluations scoring %1").arg(name));
    };
    connect(m_overview, &DashboardOverview::dimensionClicked, this, dimensionDrillDown);
    connect(m_agentView, &AgentView::dimensionClicked, this, dimensionDrillDown);
    connect(m_overview, &DashboardOverview::scoreBinClicked, this, [this](int bin) {
        if (!m_snapshot) {
            return;
        }
        DrillDownQuery q = query(DrillDownQuery::Subject::Evaluations, *m_snapshot->request.filter.from,
                                 *m_snapshot->request.filter.to);
        q.scoreRange = std::make_pair(bin * 10.0, bin == 9 ? 100.0 : bin * 10.0 + 10.0);
        showDrillDown(q, tr("Evaluations scored %1").arg(ScoreHistogramChart::binLabel(bin)));
    });
    connect(m_overview, &DashboardOverview::teamDimensionClicked, this, [this](const QString &team, const QString &key) {
        if (!m_snapshot) {
            return;
        }
        DrillDownQuery q = query(DrillDownQuery::Subject::Evaluations, *m_snapshot->request.filter.from,
                                 *m_snapshot->request.filter.to);
        q.filter.team = team;
        q.filter.agent.clear();
        q.dimensionKey = key;
        showDrillDown(q, tr("Evaluations of %1").arg(team));
    });
    connect(m_agentView, &AgentView::openInteractionsRequested, this, &DashboardPage::openInteractionsRequested);
    connect(m_agentView, &AgentView::raiseRectificationRequested, this, &DashboardPage::raiseRectificationRequested);

    m_loader.requestDirectory();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setToday(QDate today)
{
    m_today = today;
    scheduleRefresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        scheduleRefresh();
    }
}

void DashboardPage::reload()
{
    m_stale = true;
    m_loader.requestDirectory(); // refreshes the figures when it arrives
}

void DashboardPage::applyDirectory(const DashboardLoader::Directory &directory)
{
    m_directoryLoaded = true;
    const QTimeZone zone(directory.organisationZone.toUtf8());
    if (zone.isValid()) {
        m_zone = zone; // days, weeks and months in the organisation's zone, not this computer's
        OrganisationZone::setCurrent(zone);
    }
    m_filters->setDirectory(directory.teams, directory.agents);
    scheduleRefresh();
}

void DashboardPage::scheduleRefresh()
{
    m_stale = true;
    // Hidden pages wait: a submit in the workspace should not pay for a dashboard nobody looks at.
    if (m_directoryLoaded && isVisible()) {
        m_refreshTimer.start();
    }
}

void DashboardPage::refresh()
{
    m_stale = false;
    const QDate today = m_today.isValid() ? m_today : QDateTime::currentDateTime().toTimeZone(m_zone).date();
    const DashboardRequest request = m_filters->request(today, m_zone);
    m_filters->showRange({*request.filter.from, *request.filter.to});
    m_status->setText(tr("Refreshing…"));
    m_loader.requestSnapshot(request);
}

void DashboardPage::applySnapshot(const DashboardSnapshot &s)
{
    m_snapshot = s;
    m_targets = s.targets;
    const KpiFilter &f = s.request.filter;
    const std::optional<KpiValues> comparison =
        s.comparisonLevel == ComparisonLevel::None ? std::nullopt : std::optional<KpiValues>(s.comparison);
    const QString comparisonLabel = s.comparisonLevel == ComparisonLevel::Team ? s.comparisonName : tr("Centre");
    const QString previousPeriod = tr("%1 – %2").arg(s.request.previous.from.toString(Qt::ISODate),
                                                     s.request.previous.to.toString(Qt::ISODate));
    for (KpiTile *tile : std::as_const(m_tiles)) {
        tile->setFigures(s.current, s.previous, previousPeriod, m_targets.target(tile->kpi(), f.channel),
                         m_targets.margin(tile->kpi()), comparisonLabel, comparison);
    }
    m_outdatedViews = {m_overview, m_rankingTable, m_agentView};
    updateCurrentView();

    QString status = tr("%1 – %2 · %3 interactions · %4 evaluations · compared with %5 – %6 · updated %7 in %8 ms")
                         .arg(f.from->toString(Qt::ISODate), f.to->toString(Qt::ISODate),
                              DashboardFormat::count(s.current.interactions), DashboardFormat::count(s.current.evaluations),
                              s.request.previous.from.toString(Qt::ISODate), s.request.previous.to.toString(Qt::ISODate),
                              QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                         .arg(s.elapsedMs);
    m_lastStatus = status;
    m_status->setText(status);
    emit refreshed();
}

void DashboardPage::updateCurrentView()
{
    QWidget *view = m_views->currentWidget();
    if (!m_snapshot || !m_outdatedViews.remove(view)) {
        return;
    }
    const DashboardSnapshot &s = *m_snapshot;
    if (view == m_overview) {
        m_overview->setSnapshot(s, m_targets, selectionName(s.request.filter));
    } else if (view == m_agentView) {
        m_agentView->setSnapshot(s, m_filters->agentName(s.request.filter.agent));
    } else if (view == m_rankingTable) {
        const bool first = m_ranking->rowCount() == 0;
        m_ranking->setRows(s.ranking);
        m_ranking->setTargets(m_targets.byKpi(), m_targets.marginsByKpi());
        if (first) {
            m_rankingTable->resizeColumnsToContents();
        }
    }
}

QString DashboardPage::selectionName(const KpiFilter &f) const
{
    if (!f.agent.isEmpty()) {
        return m_filters->agentName(f.agent);
    }
    if (!f.team.isEmpty()) {
        return f.team;
    }
    return tr("All teams");
}

QString DashboardPage::filterSummary(const KpiFilter &f) const
{
    QStringList parts{selectionName(f)};
    if (!f.channel.isEmpty()) {
        parts << DomainLabels::channel(f.channel);
    }
    if (!f.category.isEmpty()) {
        parts << DomainLabels::category(f.category);
    }
    return parts.join(QStringLiteral(" · "));
}

std::pair<QDate, QDate> DashboardPage::bucketRange(int index) const
{
    if (!m_snapshot || index < 0 || index >= m_snapshot->trend.size()) {
        return {};
    }
    const KpiFilter &f = m_snapshot->request.filter;
    const QDate start = m_snapshot->trend[index].start;
    const QDate end = TimeBuckets::nextBucketStart(start, f.bucket).addDays(-1);
    return {std::max(start, *f.from), std::min(end, *f.to)};
}

DrillDownQuery DashboardPage::query(DrillDownQuery::Subject subject, QDate from, QDate to) const
{
    DrillDownQuery q;
    q.subject = subject;
    if (m_snapshot) {
        q.filter = m_snapshot->request.filter;
    }
    q.from = from;
    q.to = to;
    return q;
}

void DashboardPage::drillIntoKpi(Kpi kpi)
{
    if (!m_snapshot) {
        return;
    }
    const KpiDefinition &d = KpiCatalog::get(kpi);
    DrillDownQuery q = query(d.subject, *m_snapshot->request.filter.from, *m_snapshot->request.filter.to);
    q.requirement = d.requirement;
    showDrillDown(q, d.name());
}

void DashboardPage::showDrillDown(const DrillDownQuery &q, const QString &what)
{
    if (!q.from.isValid()) {
        return;
    }
    const QString dates = q.from == q.to ? q.from.toString(Qt::ISODate)
                                         : tr("%1 – %2").arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate));
    const QString description = tr("%1 · %2 · %3").arg(what, dates, filterSummary(q.filter));
    auto *dialog = new DrillDownDialog(q.subject, tr("Behind the figure"), description, this);
    connect(dialog, &DrillDownDialog::openInteractionsRequested, this, &DashboardPage::openInteractionsRequested);
    QPointer<DrillDownDialog> guard(dialog);
    if (q.subject == DrillDownQuery::Subject::Interactions) {
        m_loader.requestInteractions(q, [guard](const DrillDownResult<InteractionListRow> &result, const QString &error) {
            if (guard) {
                error.isEmpty() ? guard->setInteractions(result) : guard->setFailed(error);
            }
        });
    } else {
        const QList<GradeBand> bands = m_snapshot ? m_snapshot->gradeBands : QList<GradeBand>();
        m_loader.requestEvaluations(q, [guard, bands](const DrillDownResult<EvaluationListRow> &result, const QString &error) {
            if (guard) {
                error.isEmpty() ? guard->setEvaluations(result, bands) : guard->setFailed(error);
            }
        });
    }
    dialog->show();
}

void DashboardPage::setPerson(const Person &person)
{
    m_person = person;
    const std::optional<KpiTargets> kept = m_settings.legacyKpiTargets();
    if (!kept || !allows(person.role, Action::SetTargets)) {
        return;
    }
    m_loader.requestAdoptTargets(
        *kept, person, [guard = QPointer<DashboardPage>(this)](KpiTargetService::Adoption adoption, const QString &error) {
            if (!guard || !error.isEmpty() || adoption == KpiTargetService::Adoption::NotAllowed) {
                return; // tried again at the next start
            }
            guard->m_settings.forgetLegacyKpiTargets();
            if (adoption == KpiTargetService::Adoption::Adopted) {
                guard->m_lastStatus = tr("The KPI targets this computer kept are now the organisation's, in the database.");
                guard->m_status->setText(guard->m_lastStatus);
                guard->scheduleRefresh();
            }
        });
}

void DashboardPage::editTargets()
{
    const bool editable = allows(m_person.role, Action::SetTargets);
    auto *dialog = new TargetsDialog(m_targets, editable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { saveTargets(dialog->result()); });
    dialog->open();
}

void DashboardPage::saveTargets(const KpiTargets &targets)
{
    m_loader.requestSaveTargets(targets, m_person, [guard = QPointer<DashboardPage>(this)](const QString &error) {
        if (!guard) {
            return;
        }
        if (!error.isEmpty()) {
            MessageBox::warning(guard, tr("KPI targets"), tr("The targets were not changed: %1").arg(error));
        } else {
            guard->refresh();
        }
        emit guard->targetsSaved(error);
    });
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeTiles();
}

void DashboardPage::arrangeTiles()
{
    if (m_tileOrder.isEmpty()) {
        return;
    }
    // A nominal width (the figures wrap inside it), not the tiles' current hints: those follow the figures shown.
    const int widest = qMax(150, fontMetrics().averageCharWidth() * 20);
    const int available = qMax(1, width() - 16 - (isVisible() ? 20 : 0)); // margins, and a vertical scroll bar
    const int count = int(m_tileOrder.size());
    int columns = qBound(1, (available + m_tileGrid->spacing()) / (widest + m_tileGrid->spacing()), count);
    if (columns < count) {
        columns = (count + (count + columns - 1) / columns - 1) / ((count + columns - 1) / columns); // even rows
    }
    if (columns == m_tileColumns) {
        return;
    }
    m_tileColumns = columns;
    for (KpiTile *tile : std::as_const(m_tileOrder)) {
        m_tileGrid->removeWidget(tile);
    }
    for (int c = 0; c < m_tileGrid->columnCount(); ++c) {
        m_tileGrid->setColumnStretch(c, 0);
    }
    for (int i = 0; i < count; ++i) {
        m_tileGrid->addWidget(m_tileOrder.at(i), i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c) {
        m_tileGrid->setColumnStretch(c, 1);
    }
}

} // namespace qadesk
