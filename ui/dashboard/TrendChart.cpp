#include "TrendChart.h"

#include "DashboardFormat.h"

#include <QCategoryAxis>
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
}

void TrendChart::reset(const QList<QDate> &bucketStarts, KpiBucket bucket)
{
    removeAllSeries();
    m_starts = bucketStarts;
    m_bucket = bucket;
    m_lines.clear();
    m_right->setVisible(false);
    for (const QString &label : m_x->categoriesLabels()) {
        m_x->remove(label);
    }
    // Buckets sit at 0, 1, 2, …, with half a bucket of room at either end; about eight labels at most.
    const qsizetype n = m_starts.size();
    m_x->setRange(-0.5, std::max<qsizetype>(n, 1) - 0.5);
    const QString format = bucket == KpiBucket::Month ? QStringLiteral("yyyy-MM") : QStringLiteral("MM-dd");
    const qsizetype step = std::max<qsizetype>(1, (n + 7) / 8);
    for (qsizetype i = 0; i < n; i += step) {
        m_x->append(m_starts[i].toString(format), double(i));
    }
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
    for (qsizetype i = 0; i < values.size() && i < m_starts.size(); ++i) {
        if (values[i]) {
            line->append(double(i), *values[i]);
            points->append(double(i), *values[i]);
        }
    }
    addSeries(line);
    addSeries(points);
    QValueAxis *axis = side == Side::Left ? m_left : m_right;
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(m_x);
        s->attachAxis(axis);
    }
    // One legend entry per line: the markers belong to it.
    if (const auto markers = legend()->markers(points); !markers.isEmpty()) {
        markers.first()->setVisible(false);
    }
    m_lines.append({name, values, counts, valueSuffix});
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
    QStringList lines{DashboardFormat::bucketLabel(m_starts[bucket], m_bucket)};
    for (const Line &line : m_lines) {
        const std::optional<double> v = line.values.value(bucket);
        const QString value = v ? QLocale().toString(*v, 'f', 1) + line.suffix : QStringLiteral("\u2014");
        lines << tr("%1: %2 (n = %3)").arg(line.name, value, DashboardFormat::count(line.counts.value(bucket)));
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
