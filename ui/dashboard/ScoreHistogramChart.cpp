#include "ScoreHistogramChart.h"

#include "DashboardFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
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
    m_x = new QBarCategoryAxis(this);
    // The lower bound of each bin keeps the labels short enough for a narrow chart; tooltips give the range.
    QStringList labels;
    for (int bin = 0; bin < 10; ++bin) {
        labels << QString::number(bin * 10);
    }
    m_x->append(labels);
    m_x->setTitleText(tr("Score"));
    m_y = new QValueAxis(this);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(tr("Evaluations"));
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_y, Qt::AlignLeft);
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
    for (qsizetype b = bands.size() - 1; b >= 0; --b) {
        auto *set = new QBarSet(bands[b].name(chinese), series);
        const QColor color = bandColor(bands[b].key, int(b), int(bands.size()));
        set->setColor(color);
        set->setBorderColor(color.darker(115));
        const double upper = b == 0 ? 1e9 : bands[b - 1].minScore;
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
    const qint64 peak = *std::max_element(bins.begin(), bins.end());
    m_y->setRange(0, std::max<qint64>(peak, 1) * 1.1);
    m_y->applyNiceNumbers();
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
