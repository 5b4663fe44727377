#pragma once

#include "kpi/DashboardSnapshot.h"

#include <QPolarChart>

class QCategoryAxis;
class QValueAxis;

namespace qadesk {

// The rubric dimensions as the spokes of a radar: the selection's average level (filled) against the level it is
// compared with (dashed), on the 1–5 scale.
class DimensionRadarChart final : public QPolarChart
{
    Q_OBJECT

public:
    explicit DimensionRadarChart(QGraphicsItem *parent = nullptr);

    void setData(const QList<DimensionInfo> &dimensions, const QList<DimensionStat> &selection,
                 const QString &selectionName, const QList<DimensionStat> &comparison, const QString &comparisonName);

    // The spoke nearest to an angular value of the plot, or -1.
    int dimensionAt(double angle) const;
    QString dimensionKey(int index) const { return m_dimensions.value(index).key; }
    QString describe(int index) const;
    QString toTsv() const;

private:
    QList<DimensionInfo> m_dimensions;
    QList<DimensionStat> m_selection;
    QList<DimensionStat> m_comparison;
    QString m_selectionName;
    QString m_comparisonName;
    QCategoryAxis *m_angular = nullptr;
    QValueAxis *m_radial = nullptr;
};

} // namespace qadesk
