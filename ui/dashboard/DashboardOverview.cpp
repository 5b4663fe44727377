#include "DashboardOverview.h"

#include "DashboardChartView.h"
#include "DashboardFormat.h"
#include "DashboardRoles.h"
#include "DimensionComparisonModel.h"
#include "DimensionRadarChart.h"
#include "NumericSortModel.h"
#include "ScoreHistogramChart.h"
#include "TableClipboard.h"
#include "TeamDimensionsChart.h"
#include "TrendChart.h"
#include "TrendSeries.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace qadesk {

namespace {

QList<std::optional<double>> series(const QList<KpiValues> &buckets, Kpi kpi)
{
    return TrendSeries::of(buckets, kpi).values;
}

QList<qint64> counts(const QList<KpiValues> &buckets, Kpi kpi)
{
    return TrendSeries::of(buckets, kpi).counts;
}

QList<QDate> starts(const QList<KpiValues> &buckets)
{
    return TrendSeries::of(buckets, Kpi::Csat).starts;
}

DashboardChartView *makeView(QChart *chart, const QString &objectName, const QString &title, QWidget *parent)
{
    chart->setTitle(title);
    auto *view = new DashboardChartView(chart, parent);
    view->setObjectName(objectName);
    view->setExportName(objectName);
    return view;
}

} // namespace

DashboardOverview::DashboardOverview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardOverview"));
    m_survey = new TrendChart;
    m_qa = new TrendChart;
    m_radar = new DimensionRadarChart;
    m_histogram = new ScoreHistogramChart;
    m_teams = new TeamDimensionsChart;
    m_surveyView = makeView(m_survey, QStringLiteral("surveyTrendChart"), tr("CSAT and NPS"), this);
    m_qaView = makeView(m_qa, QStringLiteral("qaTrendChart"), tr("QA score"), this);
    m_radarView = makeView(m_radar, QStringLiteral("dimensionRadarChart"), tr("Six dimensions"), this);
    m_histogramView = makeView(m_histogram, QStringLiteral("scoreHistogramChart"), tr("Score distribution"), this);
    m_teamView = makeView(m_teams, QStringLiteral("teamDimensionsChart"), tr("Dimension averages by team"), this);

    m_surveyView->setToolTipProvider([this](QPointF v) { return m_survey->describe(m_survey->bucketAt(v.x())); });
    m_qaView->setToolTipProvider([this](QPointF v) { return m_qa->describe(m_qa->bucketAt(v.x())); });
    m_radarView->setToolTipProvider([this](QPointF v) { return m_radar->describe(m_radar->dimensionAt(v.x())); });
    m_surveyView->setDataProvider([this]() { return m_survey->toTsv(); });
    m_qaView->setDataProvider([this]() { return m_qa->toTsv(); });
    m_radarView->setDataProvider([this]() { return m_radar->toTsv(); });
    m_histogramView->setDataProvider([this]() { return m_histogram->toTsv(); });
    m_teamView->setDataProvider([this]() { return m_teams->toTsv(); });
    connect(m_surveyView, &DashboardChartView::plotClicked, this, [this](QPointF v) {
        if (const int b = m_survey->bucketAt(v.x()); b >= 0) {
            emit surveyBucketClicked(b);
        }
    });
    connect(m_qaView, &DashboardChartView::plotClicked, this, [this](QPointF v) {
        if (const int b = m_qa->bucketAt(v.x()); b >= 0) {
            emit qaBucketClicked(b);
        }
    });
    connect(m_radarView, &DashboardChartView::plotClicked, this, [this](QPointF v) {
        if (const int d = m_radar->dimensionAt(v.x()); d >= 0) {
            emit dimensionClicked(m_radar->dimensionKey(d));
        }
    });
    connect(m_histogram, &ScoreHistogramChart::binHovered, this, [this](int bin) {
        if (bin < 0) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(QCursor::pos(), m_histogram->describe(bin), m_histogramView);
        }
    });
    connect(m_histogram, &ScoreHistogramChart::binClicked, this, &DashboardOverview::scoreBinClicked);
    connect(m_teams, &TeamDimensionsChart::barHovered, this, [this](int team, int dimension) {
        if (team < 0) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(QCursor::pos(), m_teams->describe(team, dimension), m_teamView);
        }
    });
    connect(m_teams, &TeamDimensionsChart::barClicked, this, [this](int team, int dimension) {
        emit teamDimensionClicked(m_teams->teams().value(team).teamName, m_teams->dimensionKey(dimension));
    });

    m_weakest = new DimensionComparisonModel(this);
    m_weakestSorted = new NumericSortModel(this);
    m_weakestSorted->setSourceModel(m_weakest);
    m_weakestTable = new QTableView(this);
    m_weakestTable->setObjectName(QStringLiteral("weakestDimensionsTable"));
    m_weakestTable->setModel(m_weakestSorted);
    m_weakestTable->setSortingEnabled(true);
    m_weakestTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_weakestTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_weakestTable->verticalHeader()->setVisible(false);
    m_weakestTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_weakestTable->setToolTip(tr("Double-click a dimension to list the evaluations that scored it, lowest first"));
    TableClipboard::install(m_weakestTable);
    connect(m_weakestTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit dimensionClicked(index.data(KeyRole).toString()); });
    m_weakestTitle = new QLabel(tr("Weakest dimensions"), this);
    QFont bold = m_weakestTitle->font();
    bold.setBold(true);
    m_weakestTitle->setFont(bold);
    auto *weakestPanel = new QWidget(this);
    auto *weakestLayout = new QVBoxLayout(weakestPanel);
    weakestLayout->setContentsMargins(6, 6, 6, 6);
    weakestLayout->addWidget(m_weakestTitle);
    weakestLayout->addWidget(m_weakestTable);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    // The radar needs room for its spoke names, the team comparison for its team names.
    grid->addWidget(m_surveyView, 0, 0);
    grid->addWidget(m_qaView, 0, 1);
    grid->addWidget(m_radarView, 0, 2, 1, 2);
    grid->addWidget(m_histogramView, 1, 0);
    grid->addWidget(m_teamView, 1, 1, 1, 2);
    grid->addWidget(weakestPanel, 1, 3);
    for (int c = 0; c < 4; ++c) {
        grid->setColumnStretch(c, 1);
    }
}

void DashboardOverview::setSnapshot(const DashboardSnapshot &s, const KpiTargets &targets, const QString &selectionName)
{
    const KpiBucket bucket = s.request.filter.bucket;
    const QString percent = QStringLiteral("%");
    const KpiDefinition &csat = KpiCatalog::get(Kpi::Csat);
    const KpiDefinition &nps = KpiCatalog::get(Kpi::Nps);
    const QDate first = s.request.filter.from.value_or(QDate());
    const QDate last = s.request.filter.to.value_or(QDate());
    m_survey->reset(starts(s.trend), bucket, first, last);
    m_survey->setAxis(TrendChart::Side::Left, tr("CSAT %"), 0, 100, QStringLiteral("%d"));
    m_survey->setAxis(TrendChart::Side::Right, tr("NPS"), -100, 100, QStringLiteral("%d"));
    m_survey->addLine(csat.name(), DashboardFormat::seriesColor(0), series(s.trend, Kpi::Csat), counts(s.trend, Kpi::Csat),
                      TrendChart::Side::Left, percent);
    m_survey->addLine(nps.name(), DashboardFormat::seriesColor(1), series(s.trend, Kpi::Nps), counts(s.trend, Kpi::Nps),
                      TrendChart::Side::Right, QString());
    if (const auto t = targets.target(Kpi::Csat)) {
        m_survey->addTarget(DashboardFormat::target(csat, *t, true), DashboardFormat::seriesColor(0), *t, TrendChart::Side::Left);
    }
    if (const auto t = targets.target(Kpi::Nps)) {
        m_survey->addTarget(DashboardFormat::target(nps, *t, true), DashboardFormat::seriesColor(1), *t, TrendChart::Side::Right);
    }

    const KpiDefinition &qa = KpiCatalog::get(Kpi::QaScore);
    m_qa->reset(starts(s.trend), bucket, first, last);
    m_qa->setAxis(TrendChart::Side::Left, tr("Score / %"), 0, 100, QStringLiteral("%d"));
    m_qa->addLine(qa.name(), DashboardFormat::seriesColor(2), series(s.trend, Kpi::QaScore), counts(s.trend, Kpi::QaScore),
                  TrendChart::Side::Left, QString());
    m_qa->addLine(KpiCatalog::get(Kpi::QaPassRate).name(), DashboardFormat::seriesColor(3), series(s.trend, Kpi::QaPassRate),
                  counts(s.trend, Kpi::QaPassRate), TrendChart::Side::Left, percent, true);
    if (s.comparisonLevel != ComparisonLevel::None) {
        const QString name = s.comparisonLevel == ComparisonLevel::Team ? s.comparisonName : tr("Centre");
        m_qa->addLine(tr("%1 QA score").arg(name), DashboardFormat::seriesColor(7), series(s.comparisonTrend, Kpi::QaScore),
                      counts(s.comparisonTrend, Kpi::QaScore), TrendChart::Side::Left, QString(), true);
    }
    if (const auto t = targets.target(Kpi::QaScore)) {
        m_qa->addTarget(DashboardFormat::target(qa, *t, true), DashboardFormat::seriesColor(2), *t, TrendChart::Side::Left);
    }

    const QString comparisonName = s.comparisonLevel == ComparisonLevel::Team     ? tr("%1 average").arg(s.comparisonName)
                                   : s.comparisonLevel == ComparisonLevel::Centre ? tr("Centre average")
                                                                                  : QString();
    m_radar->setData(s.dimensionInfo, s.dimensions, selectionName, s.comparisonDimensions, comparisonName);
    m_histogram->setData(s.current.qaScoreBins, s.gradeBands);
    m_teams->setData(s.dimensionInfo, s.teamDimensions, s.request.filter.team);
    m_teams->setTitle(m_teams->shownTeamCount() < m_teams->teamCount()
                          ? tr("Dimension averages: the %1 weakest of %2 teams").arg(m_teams->shownTeamCount()).arg(m_teams->teamCount())
                          : tr("Dimension averages by team"));
    m_weakest->setDimensions(s.dimensionInfo, s.dimensions, s.comparisonDimensions, comparisonName);
    m_weakestTitle->setText(comparisonName.isEmpty() ? tr("Weakest dimensions · %1").arg(selectionName)
                                                     : tr("Weakest dimensions · %1 against %2").arg(selectionName, comparisonName));
    m_weakestTable->setColumnHidden(DimensionComparisonModel::Comparison, !m_weakest->hasComparison());
    m_weakestTable->setColumnHidden(DimensionComparisonModel::Gap, !m_weakest->hasComparison());
    m_weakestTable->resizeColumnsToContents();
    m_weakestTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace qadesk
