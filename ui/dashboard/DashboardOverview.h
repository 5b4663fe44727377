#pragma once

#include "kpi/KpiTargets.h"
#include "kpi/DashboardSnapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace qadesk {

class DashboardChartView;
class DimensionComparisonModel;
class DimensionRadarChart;
class NumericSortModel;
class ScoreHistogramChart;
class TeamDimensionsChart;
class TrendChart;

// The dashboard's charts for one snapshot: NPS and CSAT trend with targets, QA score trend, dimension radar,
// score distribution, dimension averages per team, and the weakest dimensions. Reports which part was clicked.
class DashboardOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardOverview(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot, const KpiTargets &targets, const QString &selectionName);

    DashboardChartView *surveyView() const { return m_surveyView; }
    DashboardChartView *qaView() const { return m_qaView; }
    DashboardChartView *radarView() const { return m_radarView; }
    DashboardChartView *histogramView() const { return m_histogramView; }
    DashboardChartView *teamView() const { return m_teamView; }
    TrendChart *surveyChart() const { return m_survey; }
    TrendChart *qaChart() const { return m_qa; }
    DimensionRadarChart *radarChart() const { return m_radar; }
    ScoreHistogramChart *histogramChart() const { return m_histogram; }
    TeamDimensionsChart *teamChart() const { return m_teams; }
    QTableView *weakestTable() const { return m_weakestTable; }

signals:
    void surveyBucketClicked(int bucket);
    void qaBucketClicked(int bucket);
    void dimensionClicked(const QString &dimensionKey);
    void scoreBinClicked(int bin);
    void teamDimensionClicked(const QString &teamName, const QString &dimensionKey);

private:
    TrendChart *m_survey = nullptr;
    TrendChart *m_qa = nullptr;
    DimensionRadarChart *m_radar = nullptr;
    ScoreHistogramChart *m_histogram = nullptr;
    TeamDimensionsChart *m_teams = nullptr;
    DashboardChartView *m_surveyView = nullptr;
    DashboardChartView *m_qaView = nullptr;
    DashboardChartView *m_radarView = nullptr;
    DashboardChartView *m_histogramView = nullptr;
    DashboardChartView *m_teamView = nullptr;
    DimensionComparisonModel *m_weakest = nullptr;
    NumericSortModel *m_weakestSorted = nullptr;
    QTableView *m_weakestTable = nullptr;
    QLabel *m_weakestTitle = nullptr;
};

} // namespace qadesk
