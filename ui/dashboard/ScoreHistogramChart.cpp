#include "ScoreHistogramChart.h"

#include "DashboardFormat.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace qadesk {

namespace {

QColor bandColor(const QString &key, int position, int count)
{
    if (key == QLatin1String("excellent")) {
        return QColor(0x2e, 0x8b, 0x57);
    }
    if (key == QLatin1String("good")) {
        return QColor(0x7c, 0xb8, 0x6a);
    }
    if (key == QLatin1String("pass")) {
        return QColor(0xe0, 0xa8, 0x3a);
    }
    if (key == QLatin1String("needs_improvement")) {
        return QColor(0xd6, 0x45, 0x41);
    }
    // Bands of a custom rubric: from green (highest) to red (lowest).
    const double t = count > 1 ? double(position) / (count - 1) : 0.0;
    return QColor::fromHsvF(0.33 * (1.0 - t), 0.6, 0.75);
}

} // namespace

ScoreHistogramChart::ScoreHistogramChart(QGraphicsItem *parent)
    : QChart(parent)
{
    DashboardFormat::styleChart(this);
    // Scores label the bin edges (0, 10, … 100), thinned out to fit the width (issue 16: "0 … … …" at the
    // smallest window); the tooltip of a bar gives its range.
    m_x = new QCategoryAxis(this);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setRange(-0.5, 9.5);
    m_x->setTitleText(tr("Score"));
    m_y = new QValueAxis(this);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(tr("Evaluations"));
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_y, Qt::AlignLeft);
    relabel();
    connect(this, &QChart::plotAreaChanged, this, [this]() { relabel(); });
    connect(this, &QGraphicsWidget::geometryChanged, this, [this]() { DashboardFormat::fitLegend(this, m_shortNames); });
}

void ScoreHistogramChart::relabel()
{
    const double width = plotArea().width() > 1 ? plotArea().width() : 150.0;
    const QFontMetricsF metrics(m_x->labelsFont());
    const double need = metrics.horizontalAdvance(QStringLiteral("100")) + metrics.horizontalAdvance(QStringLiteral("MM"));
    int step = 1;
    while (step < 5 && need > width / 10.0 * step) {
        step = step == 1 ? 2 : 5;
    }
    if (step == m_labelStep) {
        return;
    }
    m_labelStep = step;
    for (const QString &label : m_x->categoriesLabels()) {
        m_x->remove(label);
    }
    m_x->setStartValue(-0.5);
    for (int edge = 0; edge <= 10; edge += step) {
        m_x->append(QString::number(edge * 10), edge - 0.5);
    }
}

QStringList ScoreHistogramChart::axisLabels() const
{
    return m_x->categoriesLabels();
}

QString ScoreHistogramChart::binLabel(int bin)
{
    return bin == 9 ? QStringLiteral("90–100") : QStringLiteral("%1–%2").arg(bin * 10).arg(bin * 10 + 9);
}

void ScoreHistogramChart::setData(const std::array<qint64, 10> &bins, const QList<GradeBand> &bands)
{
    removeAllSeries();
    m_bins = bins;
    m_bands = bands;
    auto *series = new QStackedBarSeries(this);
    series->setBarWidth(0.9);
    // One set per grade band, each holding only the bins whose lower edge falls in that band.
    const bool chinese = prefersChinese();
    m_shortNames.clear();
    for (qsizetype b = bands.size() - 1; b >= 0; --b) {
        auto *set = new QBarSet(bands[b].name(chinese), series);
        const QColor color = bandColor(bands[b].key, int(b), int(bands.size()));
        set->setColor(color);
        set->setBorderColor(color.darker(115));
        const double upper = b == 0 ? 1e9 : bands[b - 1].minScore;
        // A narrow legend names the bands by their scores: "under 60", "60+", "90+" (no "<": legends read HTML).
        m_shortNames << (b == bands.size() - 1 && b > 0 ? tr("under %1").arg(bands[b - 1].minScore)
                                               : QStringLiteral("%1+").arg(bands[b].minScore));
        for (int bin = 0; bin < 10; ++bin) {
            const double low = bin * 10.0;
            *set << (low >= bands[b].minScore && low < upper ? double(bins[size_t(bin)]) : 0.0);
        }
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this](bool on, int index) { emit binHovered(on ? index : -1); });
        connect(set, &QBarSet::clicked, this, [this](int index) { emit binClicked(index); });
    }
    addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    // Counts are whole numbers: ticks at whole, round steps (1, 2, 5, 10, 20 …), never "0 0 1 1" from fractions.
    const qint64 peak = std::max<qint64>(*std::max_element(bins.begin(), bins.end()), 1);
    qint64 step = 1;
    for (qint64 base = 1; step * 5 < peak; base *= 10) {
        for (const qint64 m : {1, 2, 5}) {
            step = m * base;
            if (step * 5 >= peak) {
                break;
            }
        }
    }
    const qint64 top = (peak + step - 1) / step * step;
    m_y->setRange(0, double(top));
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(double(step));
    DashboardFormat::fitLegend(this, m_shortNames);
}

QString ScoreHistogramChart::describe(int bin) const
{
    if (bin < 0 || bin >= 10) {
        return {};
    }
    qint64 total = 0;
    for (const qint64 n : m_bins) {
        total += n;
    }
    const double share = total > 0 ? 100.0 * double(m_bins[size_t(bin)]) / double(total) : 0.0;
    return tr("Score %1: %2 evaluations (%3% of %4)")
        .arg(binLabel(bin), DashboardFormat::count(m_bins[size_t(bin)]), QLocale().toString(share, 'f', 1),
             DashboardFormat::count(total));
}

QString ScoreHistogramChart::toTsv() const
{
    QStringList rows{tr("Score") + QLatin1Char('\t') + tr("Evaluations")};
    for (int bin = 0; bin < 10; ++bin) {
        rows << binLabel(bin) + QLatin1Char('\t') + QString::number(m_bins[size_t(bin)]);
    }
    return rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace qadesk
