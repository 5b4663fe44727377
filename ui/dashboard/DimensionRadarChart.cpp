#include "DimensionRadarChart.h"

#include "DashboardFormat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace qadesk {

DimensionRadarChart::DimensionRadarChart(QGraphicsItem *parent)
    : QPolarChart(parent)
{
    DashboardFormat::styleChart(this);
    m_angular = new QCategoryAxis(this);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radial = new QValueAxis(this);
    // Levels run from 1 (the centre) to 5 (the rim).
    m_radial->setRange(1, 5);
    m_radial->setTickCount(5);
    m_radial->setLabelFormat(QStringLiteral("%d"));
    QFont small = m_radial->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_radial->setLabelsFont(small);
    m_radial->setLabelsColor(QColor(0x80, 0x86, 0x90));
    QFont names = m_angular->labelsFont();
    names.setPointSizeF(names.pointSizeF() * 0.9);
    m_angular->setLabelsFont(names);
    addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    addAxis(m_radial, QPolarChart::PolarOrientationRadial);
}

void DimensionRadarChart::setData(const QList<DimensionInfo> &dimensions, const QList<DimensionStat> &selection,
                                  const QString &selectionName, const QList<DimensionStat> &comparison,
                                  const QString &comparisonName)
{
    removeAllSeries();
    m_dimensions = dimensions;
    m_selection = selection;
    m_comparison = comparison;
    m_selectionName = selectionName;
    m_comparisonName = comparisonName;
    const bool chinese = prefersChinese();
    for (const QString &label : m_angular->categoriesLabels()) {
        m_angular->remove(label);
    }
    const int n = int(m_dimensions.size());
    if (n == 0) {
        return;
    }
    m_angular->setRange(0, n);
    for (int i = 0; i < n; ++i) {
        m_angular->append(m_dimensions[i].name(chinese), i);
    }
    m_angular->setStartValue(0);

    // A closed polygon: the first spoke again at angle n; spokes without data are left out.
    const auto polygon = [&](const QList<DimensionStat> &stats, QLineSeries *line) {
        std::optional<double> first;
        for (int i = 0; i < n; ++i) {
            if (const auto avg = dimensionStat(stats, m_dimensions[i].key).average()) {
                line->append(i, *avg);
                if (i == 0) {
                    first = avg;
                }
            }
        }
        if (first) {
            line->append(n, *first);
        }
    };
    if (!m_comparison.isEmpty()) {
        auto *line = new QLineSeries(this);
        line->setName(comparisonName);
        line->setPen(QPen(DashboardFormat::seriesColor(1), 2, Qt::DashLine));
        polygon(m_comparison, line);
        addSeries(line);
        line->attachAxis(m_angular);
        line->attachAxis(m_radial);
    }
    auto *upper = new QLineSeries(this);
    polygon(m_selection, upper);
    auto *area = new QAreaSeries(upper);
    area->setName(selectionName);
    QColor fill = DashboardFormat::seriesColor(0);
    area->setPen(QPen(fill, 2.5));
    fill.setAlpha(70);
    area->setBrush(fill);
    area->setPointsVisible(true);
    addSeries(area);
    legend()->setVisible(!m_comparison.isEmpty()); // one shape needs no key
    area->attachAxis(m_angular);
    area->attachAxis(m_radial);
}

int DimensionRadarChart::dimensionAt(double angle) const
{
    const int n = int(m_dimensions.size());
    if (n == 0) {
        return -1;
    }
    const int index = int(std::lround(angle)) % n;
    return index < 0 ? index + n : index;
}

QString DimensionRadarChart::describe(int index) const
{
    if (index < 0 || index >= m_dimensions.size()) {
        return {};
    }
    const QString key = m_dimensions[index].key;
    const DimensionStat mine = dimensionStat(m_selection, key);
    QStringList lines{m_dimensions[index].name(prefersChinese())};
    lines << tr("%1: %2 (n = %3)").arg(m_selectionName, DashboardFormat::average(mine.average()), DashboardFormat::count(mine.n));
    if (!m_comparison.isEmpty()) {
        const DimensionStat theirs = dimensionStat(m_comparison, key);
        lines << tr("%1: %2 (n = %3)").arg(m_comparisonName, DashboardFormat::average(theirs.average()),
                                           DashboardFormat::count(theirs.n));
    }
    return lines.join(QLatin1Char('\n'));
}

QString DimensionRadarChart::toTsv() const
{
    QStringList rows{QStringList{tr("Dimension"), m_selectionName, tr("n"), m_comparisonName, tr("n")}.join(QLatin1Char('\t'))};
    for (const DimensionInfo &d : m_dimensions) {
        const DimensionStat mine = dimensionStat(m_selection, d.key);
        const DimensionStat theirs = dimensionStat(m_comparison, d.key);
        rows << QStringList{d.name(prefersChinese()),
                            mine.average() ? QString::number(*mine.average(), 'f', 4) : QString(), QString::number(mine.n),
                            theirs.average() ? QString::number(*theirs.average(), 'f', 4) : QString(),
                            QString::number(theirs.n)}
                    .join(QLatin1Char('\t'));
    }
    return rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace qadesk
