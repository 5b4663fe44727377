#pragma once

#include "kpi/DashboardSnapshot.h"

#include <QChart>

class QBarCategoryAxis;
class QValueAxis;

namespace qadesk {

// The average level of every rubric dimension per team, as grouped bars: where each team is strong or weak.
class TeamDimensionsChart final : public QChart
{
    Q_OBJECT

public:
    explicit TeamDimensionsChart(QGraphicsItem *parent = nullptr);

    // More teams than fit side by side: the chart shows this many, the weakest (lowest mean of their dimension
    // averages) and the highlighted one; the data copy has them all.
    static constexpr int kMaxTeams = 8;

    // `highlightTeam` (a name) is marked in its axis label.
    void setData(const QList<DimensionInfo> &dimensions, const QList<TeamDimensions> &teams, const QString &highlightTeam);
    // How many teams the data has, and how many the chart shows.
    int teamCount() const { return int(m_allTeams.size()); }
    int shownTeamCount() const { return int(m_teams.size()); }
    QString describe(int team, int dimension) const;
    QString toTsv() const;
    const QList<TeamDimensions> &teams() const { return m_teams; }
    QString dimensionKey(int dimension) const { return m_dimensions.value(dimension).key; }

signals:
    void barHovered(int team, int dimension); // -1, -1 when the pointer leaves the bars
    void barClicked(int team, int dimension);

private:
    QList<DimensionInfo> m_dimensions;
    QList<TeamDimensions> m_teams;    // shown
    QList<TeamDimensions> m_allTeams; // all, for the data copy
    QBarCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace qadesk
