#include "DashboardFormat.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>

#include <QLocale>

#include <cmath>

namespace qadesk {

namespace {

QString fixed(double v, int places)
{
    return QLocale().toString(v, 'f', places);
}

// U+2212 MINUS SIGN reads better than a hyphen next to figures.
QString signedFixed(double v, int places)
{
    const double rounded = std::round(v * std::pow(10.0, places)) / std::pow(10.0, places);
    if (rounded == 0) {
        return fixed(0.0, places);
    }
    return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + fixed(std::abs(rounded), places);
}

} // namespace

QString DashboardFormat::number(const KpiDefinition &kpi, std::optional<double> value)
{
    if (!value) {
        return QStringLiteral("\u2014");
    }
    return kpi.unit == KpiUnit::NpsPoints ? signedFixed(*value, 1) : fixed(*value, kpi.decimals());
}

QString DashboardFormat::value(const KpiDefinition &kpi, std::optional<double> value)
{
    if (!value) {
        return QStringLiteral("\u2014");
    }
    switch (kpi.unit) {
    case KpiUnit::Percent:
        return tr("%1%").arg(fixed(*value, 1));
    case KpiUnit::NpsPoints:
        return signedFixed(*value, 1);
    case KpiUnit::Seconds:
        return tr("%1 s").arg(fixed(*value, kpi.decimals()));
    case KpiUnit::Score:
        return fixed(*value, 1);
    }
    return {};
}

QString DashboardFormat::change(const KpiDefinition &kpi, std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous) {
        return {};
    }
    const double delta = *current - *previous;
    switch (kpi.unit) {
    case KpiUnit::Percent: // a change of a rate is in percentage points, not per cent
        return tr("%1 pp").arg(signedFixed(delta, 1));
    case KpiUnit::NpsPoints:
        return tr("%1 pts").arg(signedFixed(delta, 1));
    case KpiUnit::Seconds:
        return tr("%1 s").arg(signedFixed(delta, kpi.decimals()));
    case KpiUnit::Score:
        return signedFixed(delta, 1);
    }
    return {};
}

QString DashboardFormat::target(const KpiDefinition &kpi, double target, bool compact)
{
    const QString bound = kpi.higherIsBetter ? QStringLiteral("\u2265 ") : QStringLiteral("\u2264 ");
    QString text = value(kpi, target);
    if (compact && target == std::round(target)) {
        text.replace(QLocale().decimalPoint() + QLatin1Char('0'), QString());
    }
    return bound + text;
}

QString DashboardFormat::interval(const KpiDefinition &kpi, const ConfidenceInterval &interval)
{
    const bool signedScale = kpi.unit == KpiUnit::NpsPoints;
    const QString low = signedScale ? signedFixed(interval.low, 1) : fixed(interval.low, 1);
    const QString high = signedScale ? signedFixed(interval.high, 1) : fixed(interval.high, 1);
    if (signedScale) {
        return tr("95% CI %1 to %2").arg(low, high); // a dash between signed figures reads as another minus
    }
    return tr("95% CI %1–%2%3").arg(low, high, kpi.unit == KpiUnit::Percent ? QStringLiteral("%") : QString());
}

QString DashboardFormat::count(qint64 n)
{
    return QLocale().toString(n);
}

QString DashboardFormat::average(std::optional<double> value)
{
    return value ? fixed(*value, 2) : QStringLiteral("\u2014");
}

QString DashboardFormat::bucketLabel(QDate start, KpiBucket bucket)
{
    switch (bucket) {
    case KpiBucket::Week:
        return tr("Week of %1").arg(start.toString(Qt::ISODate));
    case KpiBucket::Month:
        return start.toString(QStringLiteral("yyyy-MM"));
    case KpiBucket::Day:
    case KpiBucket::None:
        return start.toString(Qt::ISODate);
    }
    return {};
}

QColor DashboardFormat::statusColor(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return QColor(0x2e, 0x9d, 0x5b);
    case TargetStatus::Near:
        return QColor(0xe0, 0x9a, 0x1a);
    case TargetStatus::Missed:
        return QColor(0xd6, 0x45, 0x41);
    case TargetStatus::NoTarget:
        return QColor(0xa0, 0xa4, 0xab);
    }
    return {};
}

QColor DashboardFormat::improvementColor(std::optional<bool> improvement)
{
    if (!improvement) {
        return QColor(0x70, 0x75, 0x7d);
    }
    return *improvement ? QColor(0x2e, 0x9d, 0x5b) : QColor(0xd6, 0x45, 0x41);
}

QColor DashboardFormat::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x2f, 0x6f, 0xb0), QColor(0xe0, 0x7b, 0x28), QColor(0x3f, 0x9a, 0x5a),
                                    QColor(0x8e, 0x5c, 0xb8), QColor(0xc9, 0x4a, 0x6a), QColor(0x1f, 0x9e, 0xa8),
                                    QColor(0x9a, 0x7b, 0x3c), QColor(0x5d, 0x6d, 0x7e)};
    return colors[index % int(std::size(colors))];
}

void DashboardFormat::styleChart(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
}

void DashboardFormat::fitLegend(QChart *chart, const QStringList &shortNames)
{
    QLegend *legend = chart->legend();
    const QFontMetricsF metrics(legend->font());
    QList<QLegendMarker *> markers;
    for (QLegendMarker *marker : legend->markers()) {
        if (marker->isVisible()) {
            markers << marker;
        }
    }
    // Each entry is its marker square, the name and some spacing, as QLegend lays them out, with a margin to spare.
    auto rowWidth = [&](auto nameOf) {
        double width = metrics.height() * 2;
        for (qsizetype i = 0; i < markers.size(); ++i) {
            width += metrics.horizontalAdvance(nameOf(i)) + metrics.height() * 1.6 + metrics.averageCharWidth() * 2;
        }
        return width;
    };
    // A bar marker takes its label from its set again whenever the set changes, so a bar set is renamed itself;
    // the name it was made with is kept on it (or on the marker) before the first shortening.
    const auto holder = [](QLegendMarker *marker) -> QObject * {
        if (marker->type() == QLegendMarker::LegendMarkerTypeBar) {
            return static_cast<QBarLegendMarker *>(marker)->barset();
        }
        return marker;
    };
    for (QLegendMarker *marker : markers) {
        if (!holder(marker)->property("fullName").isValid()) {
            holder(marker)->setProperty("fullName", marker->label());
        }
    }
    const auto fullName = [&](qsizetype i) { return holder(markers[i])->property("fullName").toString(); };
    const auto shortName = [&](qsizetype i) { return shortNames.value(i, fullName(i)); };
    const double room = chart->size().width() - chart->margins().left() - chart->margins().right();
    const bool fullFits = rowWidth(fullName) <= room;
    const bool useShort = !fullFits && !shortNames.isEmpty();
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const QString name = useShort ? shortName(i) : fullName(i);
        if (markers[i]->type() == QLegendMarker::LegendMarkerTypeBar) {
            if (QBarSet *set = static_cast<QBarLegendMarker *>(markers[i])->barset(); set->label() != name) {
                set->setLabel(name);
            }
        } else {
            markers[i]->setLabel(name);
        }
    }
    legend->setShowToolTips(true);
    legend->setAlignment(fullFits || useShort ? Qt::AlignBottom : Qt::AlignRight);
}

} // namespace qadesk
