#include "AgentView.h"

#include "DashboardChartView.h"
#include "DashboardFormat.h"
#include "DashboardRoles.h"
#include "DimensionComparisonModel.h"
#include "DrillDownEvaluationModel.h"
#include "KpiComparisonModel.h"
#include "NumericSortModel.h"
#include "TableClipboard.h"
#include "TrendChart.h"
#include "TrendSeries.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace qadesk {

namespace {

QTableView *makeTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->setAlternatingRowColors(true);
    TableClipboard::install(table);
    return table;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

AgentView::AgentView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("agentView"));
    auto *hint = new QLabel(tr("Choose an agent in the filter bar, or double-click an agent in the ranking, to compare "
                               "the agent with the team."),
                            this);
    hint->setObjectName(QStringLiteral("agentHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);

    auto *page = new QWidget(this);
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("agentHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);

    m_kpis = new KpiComparisonModel(this);
    m_kpiTable = makeTable(QStringLiteral("agentKpiTable"), m_kpis, page);
    m_dimensions = new DimensionComparisonModel(this);
    m_dimensionTable = makeTable(QStringLiteral("agentDimensionTable"), m_dimensions, page);
    m_dimensionTable->setToolTip(tr("Double-click a dimension to list the agent's evaluations that scored it"));
    connect(m_dimensionTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit dimensionClicked(index.data(KeyRole).toString()); });
    m_evaluations = new DrillDownEvaluationModel(this);
    m_evaluationsSorted = new NumericSortModel(this);
    m_evaluationsSorted->setSourceModel(m_evaluations);
    m_evaluationTable = makeTable(QStringLiteral("agentEvaluationTable"), m_evaluationsSorted, page);
    m_evaluationTable->setSortingEnabled(true);
    m_evaluationTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_evaluationTable->setToolTip(tr("Double-click an evaluation to open its interaction in the workspace"));
    for (const int hidden : {DrillDownEvaluationModel::Agent, DrillDownEvaluationModel::Team, DrillDownEvaluationModel::DimensionLevel}) {
        m_evaluationTable->setColumnHidden(hidden, true);
    }
    connect(m_evaluationTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openInteractionsRequested({index.data(InteractionIdRole).toLongLong()});
    });

    m_trend = new TrendChart;
    m_trend->setTitle(tr("Agent and team"));
    m_trendView = new DashboardChartView(m_trend, page);
    m_trendView->setObjectName(QStringLiteral("agentTrendChart"));
    m_trendView->setExportName(QStringLiteral("agent-trend"));
    m_trendView->setToolTipProvider([this](QPointF v) { return m_trend->describe(m_trend->bucketAt(v.x())); });
    m_trendView->setDataProvider([this]() { return m_trend->toTsv(); });

    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    // Issue 13: an agent below target on a dimension for 4 weeks is a finding a rectification item can be raised from.
    auto *raise = new QPushButton(tr("&Raise rectification…"), page);
    raise->setObjectName(QStringLiteral("raiseRectificationButton"));
    raise->setToolTip(tr("This agent's dimensions below target for 4 consecutive weeks, each offered as a rectification item"));
    connect(raise, &QPushButton::clicked, this, [this] { emit raiseRectificationRequested(m_agentCode); });
    grid->addWidget(m_heading, 0, 0, 1, 2);
    grid->addWidget(raise, 0, 2, Qt::AlignRight);
    grid->addWidget(titled(tr("KPIs against the team"), m_kpiTable, page), 1, 0);
    grid->addWidget(titled(tr("Weakest dimensions"), m_dimensionTable, page), 1, 1);
    grid->addWidget(titled(tr("Recent evaluations"), m_evaluationTable, page), 1, 2);
    grid->addWidget(m_trendView, 2, 0, 1, 3);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 4);
    grid->setRowStretch(1, 3); // room for the nine KPIs without scrolling
    grid->setRowStretch(2, 2);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(hint);
    m_stack->addWidget(page);
}

bool AgentView::hasAgent() const
{
    return m_stack->currentIndex() == 1;
}

void AgentView::setSnapshot(const DashboardSnapshot &s, const QString &agentName)
{
    const KpiFilter &f = s.request.filter;
    m_agentCode = f.agent;
    if (f.agent.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const QString team = s.comparisonLevel == ComparisonLevel::Team ? s.comparisonName : QString();
    m_heading->setText(team.isEmpty() ? tr("%1 (%2)").arg(agentName, f.agent)
                                      : tr("%1 (%2) · %3").arg(agentName, f.agent, team));
    m_kpis->setFigures(s.current, agentName, s.comparison, team.isEmpty() ? tr("Team") : team);
    const QString teamAverage = team.isEmpty() ? QString() : tr("%1 average").arg(team);
    m_dimensions->setDimensions(s.dimensionInfo, s.dimensions, s.comparisonDimensions, teamAverage);
    m_evaluations->setRows(s.recentEvaluations, s.gradeBands);
    for (QTableView *table : {m_kpiTable, m_dimensionTable, m_evaluationTable}) {
        table->resizeColumnsToContents();
    }

    const TrendSeries qa = TrendSeries::of(s.trend, Kpi::QaScore);
    const TrendSeries csat = TrendSeries::of(s.trend, Kpi::Csat);
    const TrendSeries teamQa = TrendSeries::of(s.comparisonTrend, Kpi::QaScore);
    const TrendSeries teamCsat = TrendSeries::of(s.comparisonTrend, Kpi::Csat);
    m_trend->reset(qa.starts, f.bucket, f.from.value_or(QDate()), f.to.value_or(QDate()));
    m_trend->setAxis(TrendChart::Side::Left, tr("Score / CSAT %"), 0, 100, QStringLiteral("%d"));
    const QString percent = QStringLiteral("%");
    m_trend->addLine(tr("%1 QA score").arg(agentName), DashboardFormat::seriesColor(2), qa.values, qa.counts,
                     TrendChart::Side::Left, QString());
    m_trend->addLine(tr("%1 CSAT").arg(agentName), DashboardFormat::seriesColor(0), csat.values, csat.counts,
                     TrendChart::Side::Left, percent);
    if (!team.isEmpty()) {
        m_trend->addLine(tr("%1 QA score").arg(team), DashboardFormat::seriesColor(2).lighter(140), teamQa.values,
                         teamQa.counts, TrendChart::Side::Left, QString(), true);
        m_trend->addLine(tr("%1 CSAT").arg(team), DashboardFormat::seriesColor(0).lighter(140), teamCsat.values,
                         teamCsat.counts, TrendChart::Side::Left, percent, true);
    }
}

} // namespace qadesk
