#include "TrendChart.h"

#include "DashboardFormat.h"
#include "kpi/TimeBuckets.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace qadesk {

TrendChart::TrendChart(QGraphicsItem *parent)
    : QChart(parent)
{
    DashboardFormat::styleChart(this);
    m_x = new QCategoryAxis(this);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_left = new QValueAxis(this);
    m_right = new QValueAxis(this);
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_left, Qt::AlignLeft);
    addAxis(m_right, Qt::AlignRight);
    m_right->setVisible(false);
    // The room for labels is known only once the plot is laid out, and changes with the window.
    connect(this, &QChart::plotAreaChanged, this, [this]() { relabel(); });
}

void TrendChart::reset(const QList<QDate> &bucketStarts, KpiBucket bucket, QDate first, QDate last)
{
    removeAllSeries();
    m_starts = bucketStarts;
    m_bucket = bucket;
    m_lines.clear();
    m_partial.clear();
    for (const QDate &start : m_starts) {
        const QDate end = TimeBuckets::nextBucketStart(start, bucket).addDays(-1);
        m_partial << ((first.isValid() && start < first) || (last.isValid() && end > last));
    }
    m_right->setVisible(false);
    m_left->setLabelsColor(m_x->labelsColor());
    m_right->setLabelsColor(m_x->labelsColor());
    // Buckets sit at 0, 1, 2, …, with half a bucket of room at either end.
    const qsizetype n = m_starts.size();
    m_x->setRange(-0.5, std::max<qsizetype>(n, 1) - 0.5);
    m_labelStep = 0;
    relabel();
}

QString TrendChart::shortLabel(QDate start, KpiBucket bucket, bool withYear)
{
    if (bucket == KpiBucket::Month) {
        return withYear ? start.toString(QStringLiteral("yyyy-MM")) : QLocale().monthName(start.month(), QLocale::ShortFormat);
    }
    return withYear ? start.toString(QStringLiteral("yyyy-M-d")) : start.toString(QStringLiteral("M/d"));
}

void TrendChart::relabel()
{
    if (m_relabelling) {
        return;
    }
    m_relabelling = true;
    // A narrow chart with two value axes cannot give both their titles and "−100" too: the titles go, and each
    // axis's labels take the colour of its line instead (set in addLine).
    const bool narrow = size().width() < 300;
    m_left->setTitleVisible(!narrow || !m_right->isVisible());
    m_right->setTitleVisible(!narrow);
    const qsizetype n = m_starts.size();
    // Every k-th bucket is labelled, k the smallest step at which the widest label and a gap fit the room of k
    // buckets: deliberate thinning instead of Qt's "12-…". Before the first layout, assume a narrow chart.
    const double width = plotArea().width() > 1 ? plotArea().width() : 200.0;
    const QFontMetricsF metrics(m_x->labelsFont());
    double widest = 0;
    for (qsizetype i = 0; i < n; ++i) {
        widest = std::max(widest, metrics.horizontalAdvance(shortLabel(m_starts[i], m_bucket, m_bucket == KpiBucket::Month)));
    }
    const double gap = metrics.horizontalAdvance(QStringLiteral("MM"));
    const double perBucket = n > 0 ? width / double(n) : width;
    const qsizetype step = std::max<qsizetype>(1, qsizetype(std::ceil((widest + gap) / perBucket)));
    if (step != m_labelStep || m_x->count() == 0) {
        m_labelStep = int(step);
        for (const QString &label : m_x->categoriesLabels()) {
            m_x->remove(label);
        }
        m_x->setStartValue(-0.5);
        int lastYear = 0;
        for (qsizetype i = 0; i < n; i += step) {
            // A last label with less than half its width of room to the plot's right edge would spill past the chart.
            if (i > 0 && (double(n) - 0.5 - double(i)) * perBucket + 4 < widest / 2) {
                break;
            }
            // Months name the year where it starts or changes; labels must be unique on a category axis.
            const bool withYear = m_bucket == KpiBucket::Month && m_starts[i].year() != lastYear;
            QString label = shortLabel(m_starts[i], m_bucket, withYear);
            if (m_x->categoriesLabels().contains(label)) {
                label = shortLabel(m_starts[i], m_bucket, true);
            }
            lastYear = m_starts[i].year();
            m_x->append(label, double(i));
        }
    }
    m_relabelling = false;
}

QStringList TrendChart::axisLabels() const
{
    return m_x->categoriesLabels();
}

QList<int> TrendChart::cautionBuckets(int line) const
{
    return m_lines.value(line).caution;
}

void TrendChart::setAxis(Side side, const QString &title, double min, double max, const QString &labelFormat)
{
    QValueAxis *axis = side == Side::Left ? m_left : m_right;
    axis->setVisible(true);
    axis->setTitleText(title);
    axis->setRange(min, max);
    axis->setLabelFormat(labelFormat);
    axis->setTickCount(5);
}

void TrendChart::addLine(const QString &name, const QColor &color, const QList<std::optional<double>> &values,
                         const QList<qint64> &counts, Side side, const QString &valueSuffix, bool thin)
{
    auto *line = new QLineSeries(this);
    line->setName(name);
    QPen pen(color, thin ? 1.5 : 2.5);
    if (thin) {
        pen.setStyle(Qt::DotLine);
    }
    line->setPen(pen);
    auto *points = new QScatterSeries(this);
    points->setMarkerSize(thin ? 5 : 7);
    points->setColor(color);
    points->setBorderColor(color);
    // Points of a small sample or a partial bucket: hollow and larger, so n = 1 does not read like a real value.
    auto *caution = new QScatterSeries(this);
    caution->setObjectName(QStringLiteral("cautionPoints"));
    caution->setMarkerSize(thin ? 7 : 9);
    caution->setColor(Qt::white);
    caution->setPen(QPen(color, 1.8));
    QList<int> cautionBuckets;
    for (qsizetype i = 0; i < values.size() && i < m_starts.size(); ++i) {
        if (values[i]) {
            line->append(double(i), *values[i]);
            const qint64 n = counts.value(i);
            if ((n > 0 && n < kSmallSampleThreshold) || m_partial.value(i)) {
                caution->append(double(i), *values[i]);
                cautionBuckets << int(i);
            } else {
                points->append(double(i), *values[i]);
            }
        }
    }
    addSeries(line);
    addSeries(points);
    addSeries(caution);
    QValueAxis *axis = side == Side::Left ? m_left : m_right;
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points),
                               static_cast<QAbstractSeries *>(caution)}) {
        s->attachAxis(m_x);
        s->attachAxis(axis);
    }
    // One legend entry per line: the markers belong to it.
    for (QScatterSeries *s : {points, caution}) {
        if (const auto markers = legend()->markers(s); !markers.isEmpty()) {
            markers.first()->setVisible(false);
        }
    }
    // With two value axes, each axis's labels are in the colour of its first line: which scale is whose.
    const bool firstOnSide = std::none_of(m_lines.cbegin(), m_lines.cend(), [&](const Line &l) { return l.side == side; });
    if (firstOnSide) {
        axis->setLabelsColor(color.darker(110));
    }
    m_lines.append({name, values, counts, valueSuffix, cautionBuckets, side});
}

void TrendChart::addTarget(const QString &name, const QColor &color, double value, Side side)
{
    if (m_starts.isEmpty()) {
        return;
    }
    auto *line = new QLineSeries(this);
    line->setName(name);
    QPen pen(color.lighter(125), 1.5, Qt::DashLine);
    line->setPen(pen);
    line->append(m_x->min(), value);
    line->append(m_x->max(), value);
    addSeries(line);
    line->attachAxis(m_x);
    line->attachAxis(side == Side::Left ? m_left : m_right);
}

int TrendChart::bucketAt(double x) const
{
    if (m_starts.isEmpty()) {
        return -1;
    }
    return int(std::clamp<qint64>(std::llround(x), 0, m_starts.size() - 1));
}

QString TrendChart::describe(int bucket) const
{
    if (bucket < 0 || bucket >= m_starts.size()) {
        return {};
    }
    const QString label = DashboardFormat::bucketLabel(m_starts[bucket], m_bucket);
    QStringList lines{m_partial.value(bucket) ? tr("%1 (partly outside the period)").arg(label) : label};
    for (const Line &line : m_lines) {
        const std::optional<double> v = line.values.value(bucket);
        const QString value = v ? QLocale().toString(*v, 'f', 1) + line.suffix : QStringLiteral("\u2014");
        const qint64 n = line.counts.value(bucket);
        lines << (n > 0 && n < kSmallSampleThreshold
                      ? tr("%1: %2 (n = %3, small sample)").arg(line.name, value, DashboardFormat::count(n))
                      : tr("%1: %2 (n = %3)").arg(line.name, value, DashboardFormat::count(n)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TrendChart::toTsv() const
{
    QStringList header{tr("Bucket")};
    for (const Line &line : m_lines) {
        header << line.name << tr("%1 n").arg(line.name);
    }
    QStringList rows{header.join(QLatin1Char('\t'))};
    for (qsizetype b = 0; b < m_starts.size(); ++b) {
        QStringList row{m_starts[b].toString(Qt::ISODate)};
        for (const Line &line : m_lines) {
            const std::optional<double> v = line.values.value(b);
            row << (v ? QString::number(*v, 'f', 4) : QString()) << QString::number(line.counts.value(b));
        }
        rows << row.join(QLatin1Char('\t'));
    }
    return rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace qadesk
