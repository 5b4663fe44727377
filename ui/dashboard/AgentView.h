#pragma once

#include "kpi/KpiTargets.h"
#include "kpi/DashboardSnapshot.h"

#include <QWidget>

class QLabel;
class QStackedLayout;
class QTableView;

namespace qadesk {

class DashboardChartView;
class DimensionComparisonModel;
class DrillDownEvaluationModel;
class KpiComparisonModel;
class NumericSortModel;
class TrendChart;

// One agent against their team: every KPI side by side, the weakest dimensions, the latest evaluations and the QA
// score and CSAT trends of both. Shows a hint while no agent is chosen.
class AgentView final : public QWidget
{
    Q_OBJECT

public:
    explicit AgentView(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot, const QString &agentName);
    bool hasAgent() const;

    QTableView *kpiTable() const { return m_kpiTable; }
    QTableView *dimensionTable() const { return m_dimensionTable; }
    QTableView *evaluationTable() const { return m_evaluationTable; }
    DashboardChartView *trendView() const { return m_trendView; }

signals:
    void dimensionClicked(const QString &dimensionKey);
    void openInteractionsRequested(const QList<qint64> &interactionIds);
    void raiseRectificationRequested(const QString &agentCode);

private:
    QString m_agentCode;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    KpiComparisonModel *m_kpis = nullptr;
    DimensionComparisonModel *m_dimensions = nullptr;
    DrillDownEvaluationModel *m_evaluations = nullptr;
    NumericSortModel *m_evaluationsSorted = nullptr;
    QTableView *m_kpiTable = nullptr;
    QTableView *m_dimensionTable = nullptr;
    QTableView *m_evaluationTable = nullptr;
    TrendChart *m_trend = nullptr;
    DashboardChartView *m_trendView = nullptr;
};

} // namespace qadesk
