#include "CoachingTrendView.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace qadesk {

namespace {

// Weeks from the session's week: −1 the week before it, +1 the week after.
double offset(const QDate &week, const QDate &sessionDay)
{
    const qint64 sessionWeek = sessionDay.toJulianDay() - sessionDay.toJulianDay() % 7;
    return double(week.toJulianDay() - sessionWeek) / 7.0;
}

} // namespace

CoachingTrendView::CoachingTrendView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("coachingTrendChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coachingTrendSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    clear(tr("Choose a session to see the agent's trend before and after it."));
}

void CoachingTrendView::clear(const QString &message)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setChart(chart);
    m_summary->setText(message);
}

void CoachingTrendView::setTrend(const CoachingTrend &trend, const QString &dimensionName)
{
    if (trend.dimensionKey.isEmpty()) {
        clear(tr("The session names no dimension worked on: no trend to show."));
        return;
    }
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(tr("%1: weekly mean level, %2 weeks before and after").arg(dimensionName).arg(trend.weeks));
    const auto addSeries = [&](const QList<WeeklyMean> &means, const QString &name, const QColor &color) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->setColor(color);
        auto *points = new QScatterSeries;
        points->setColor(color);
        points->setMarkerSize(7);
        for (const WeeklyMean &w : means) {
            const double x = offset(w.weekStart, trend.sessionDay);
            line->append(x, w.mean);
            points->append(x, w.mean);
        }
        chart->addSeries(line);
        chart->addSeries(points);
        return std::make_pair(line, points);
    };
    const auto before = addSeries(trend.before, tr("Before"), QColor(0x80, 0x80, 0x80));
    const auto after = addSeries(trend.after, tr("After"), QColor(0x1f, 0x6f, 0xc5));
    auto *x = new QValueAxis;
    x->setRange(-trend.weeks - 0.5, trend.weeks + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(trend.weeks > 8 ? 4 : 2);
    x->setLabelFormat(QStringLiteral("%+d"));
    x->setTitleText(tr("Weeks from the session"));
    auto *y = new QValueAxis;
    // Levels 1..5 labelled, with room above 5 and below 1 so that points there are not cut by the plot's edge.
    y->setRange(0.7, 5.3);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(1);
    y->setTickInterval(1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->markers(before.second).constFirst()->setVisible(false);
    chart->legend()->markers(after.second).constFirst()->setVisible(false);
    m_view->setChart(chart);

    qint64 beforeN = 0;
    qint64 afterN = 0;
    const double beforeMean = CoachingTrend::pooled(trend.before, &beforeN);
    const double afterMean = CoachingTrend::pooled(trend.after, &afterN);
    const auto part = [this](const QString &label, double mean, qint64 n) {
        return n > 0 ? tr("%1: mean %2 (n = %3)").arg(label, QString::number(mean, 'f', 2)).arg(n)
                     : tr("%1: no evaluations").arg(label);
    };
    m_summary->setText(part(tr("Before"), beforeMean, beforeN) + QStringLiteral(" · ") +
                       part(tr("After"), afterMean, afterN));
}

QString CoachingTrendView::summary() const
{
    return m_summary->text();
}

} // namespace qadesk
