#include "TeamDimensionsChart.h"

#include "DashboardFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>

namespace qadesk {

namespace {

// Long team names break over two lines instead of being cut: at a space when there is one near the middle,
// else (Chinese) in the middle.
QString twoLines(const QString &name)
{
    if (name.size() <= 5) {
        return name.toHtmlEscaped();
    }
    qsizetype cut = (name.size() + 1) / 2;
    const qsizetype space = name.indexOf(QLatin1Char(' '), cut / 2);
    if (space > 0 && space < name.size() - 1) {
        cut = space;
    }
    return name.left(cut).trimmed().toHtmlEscaped() + QStringLiteral("<br>") + name.mid(cut).trimmed().toHtmlEscaped();
}

} // namespace

TeamDimensionsChart::TeamDimensionsChart(QGraphicsItem *parent)
    : QChart(parent)
{
    DashboardFormat::styleChart(this);
    connect(this, &QGraphicsWidget::geometryChanged, this, [this]() { DashboardFormat::fitLegend(this); });
    m_x = new QBarCategoryAxis(this);
    QFont names = m_x->labelsFont();
    names.setPointSizeF(names.pointSizeF() * 0.85);
    m_x->setLabelsFont(names);
    m_y = new QValueAxis(this);
    // Levels run from 1 to 5: the scale's floor is 1, and differences between teams stay visible.
    m_y->setRange(1, 5);
    m_y->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%d"));
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_y, Qt::AlignLeft);
}

void TeamDimensionsChart::setData(const QList<DimensionInfo> &dimensions, const QList<TeamDimensions> &teams,
                                  const QString &highlightTeam)
{
    removeAllSeries();
    m_dimensions = dimensions;
    m_allTeams = teams;
    m_teams = teams;
    if (m_teams.size() > kMaxTeams) {
        const auto mean = [&dimensions](const TeamDimensions &t) {
            double sum = 0;
            int n = 0;
            for (const DimensionInfo &d : dimensions) {
                if (const auto avg = dimensionStat(t.dimensions, d.key).average()) {
                    sum += *avg;
                    ++n;
                }
            }
            return n > 0 ? sum / n : 99.0;
        };
        std::stable_sort(m_teams.begin(), m_teams.end(),
                         [&](const TeamDimensions &a, const TeamDimensions &b) { return mean(a) < mean(b); });
        const auto highlighted = std::find_if(m_teams.begin(), m_teams.end(),
                                              [&](const TeamDimensions &t) { return t.teamName == highlightTeam; });
        if (highlighted != m_teams.end() && highlighted - m_teams.begin() >= kMaxTeams) {
            std::rotate(m_teams.begin() + kMaxTeams - 1, highlighted, highlighted + 1);
        }
        m_teams.resize(kMaxTeams);
    }
    m_x->clear();
    QStringList labels;
    for (const TeamDimensions &t : std::as_const(m_teams)) {
        const QString name = twoLines(t.teamName);
        labels << (t.teamName == highlightTeam && !highlightTeam.isEmpty() ? QStringLiteral("\u25b8 ") + name : name);
    }
    m_x->append(labels);
    auto *series = new QBarSeries(this);
    series->setBarWidth(0.85);
    const bool chinese = prefersChinese();
    for (qsizetype d = 0; d < dimensions.size(); ++d) {
        auto *set = new QBarSet(dimensions[d].name(chinese), series);
        set->setColor(DashboardFormat::seriesColor(int(d)));
        set->setBorderColor(DashboardFormat::seriesColor(int(d)));
        for (const TeamDimensions &t : std::as_const(m_teams)) {
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
    DashboardFormat::fitLegend(this);
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
    for (const TeamDimensions &t : m_allTeams) {
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
