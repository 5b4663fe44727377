#include "TeamDimensionsChart.h"

#include "DashboardFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>

namespace qadesk {

TeamDimensionsChart::TeamDimensionsChart(QGraphicsItem *parent)
    : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(4, 4, 4, 4));
    legend()->setAlignment(Qt::AlignBottom);
    m_x = new QBarCategoryAxis(this);
    m_y = new QValueAxis(this);
    m_y->setRange(0, 5);
    m_y->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%d"));
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_y, Qt::AlignLeft);
}

void TeamDimensionsChart::setData(const QList<DimensionInfo> &dimensions, const QList<TeamDimensions> &teams,
                                  const QString &highlightTeam)
{
    removeAllSeries();
    m_dimensions = dimensions;
    m_teams = teams;
    m_x->clear();
    QStringList labels;
    for (const TeamDimensions &t : teams) {
        labels << (t.teamName == highlightTeam && !highlightTeam.isEmpty() ? QStringLiteral("\u25b8 ") + t.teamName
                                                                            : t.teamName);
    }
    m_x->append(labels);
    auto *series = new QBarSeries(this);
    series->setBarWidth(0.85);
    const bool chinese = prefersChinese();
    for (qsizetype d = 0; d < dimensions.size(); ++d) {
        auto *set = new QBarSet(dimensions[d].name(chinese), series);
        set->setColor(DashboardFormat::seriesColor(int(d)));
        set->setBorderColor(DashboardFormat::seriesColor(int(d)));
        for (const TeamDimensions &t : teams) {
            *set << dimensionStat(t.dimensions, dimensions[d].key).average().value_or(0.0);
        }
        series->append(set);
        const int dimension = int(d);
        connect(set, &QBarSet::hovered, this, [this, dimension](bool on, int team) {
            emit barHovered(on ? team : -1, on ? dimension : -1);
        });
        connect(set, &QBarSet::clicked, this, [this, dimension](int team) { emit barClicked(team, dimension); });
    }
    addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
}

QString TeamDimensionsChart::describe(int team, int dimension) const
{
    if (team < 0 || team >= m_teams.size() || dimension < 0 || dimension >= m_dimensions.size()) {
        return {};
    }
    const DimensionStat s = dimensionStat(m_teams[team].dimensions, m_dimensions[dimension].key);
    return tr("%1 · %2: %3 (n = %4)")
        .arg(m_teams[team].teamName, m_dimensions[dimension].name(prefersChinese()), DashboardFormat::average(s.average()),
             DashboardFormat::count(s.n));
}

QString TeamDimensionsChart::toTsv() const
{
    QStringList header{tr("Team")};
    for (const DimensionInfo &d : m_dimensions) {
        header << d.name(prefersChinese()) << tr("n");
    }
    QStringList rows{header.join(QLatin1Char('\t'))};
    for (const TeamDimensions &t : m_teams) {
        QStringList row{t.teamName};
        for (const DimensionInfo &d : m_dimensions) {
            const DimensionStat s = dimensionStat(t.dimensions, d.key);
            row << (s.average() ? QString::number(*s.average(), 'f', 4) : QString()) << QString::number(s.n);
        }
        rows << row.join(QLatin1Char('\t'));
    }
    return rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace qadesk
