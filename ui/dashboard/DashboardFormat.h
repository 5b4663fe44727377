#pragma once

#include "kpi/DashboardSnapshot.h"
#include "kpi/KpiCatalog.h"

#include <QChart>
#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qadesk {

// How the dashboard writes figures, names and colours, in one place so tiles, tables and tooltips agree.
class DashboardFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)

public:
    // "82.4%", "+23.5", "372 s", "4.2 s", "78.3"; "—" when there is no value.
    static QString value(const KpiDefinition &kpi, std::optional<double> value);
    // The number alone, for tables: "82.4", "23.5", "372".
    static QString number(const KpiDefinition &kpi, std::optional<double> value);
    // "+1.3 pts", "−12 s"; empty when either value is missing.
    static QString change(const KpiDefinition &kpi, std::optional<double> current, std::optional<double> previous);
    // "≥ 85.0%", "≤ 420 s"; with `compact`, no ".0" ("≥ 85%").
    static QString target(const KpiDefinition &kpi, double target, bool compact = false);
    static QString interval(const KpiDefinition &kpi, const ConfidenceInterval &interval);
    static QString count(qint64 n);
    static QString average(std::optional<double> value); // a 1–5 dimension level: "3.42"

    // "2024-03-04", "Week of 2024-03-04", "2024-03"; for the trend charts' tooltips.
    static QString bucketLabel(QDate start, KpiBucket bucket);

    static QColor statusColor(TargetStatus status);
    static QColor improvementColor(std::optional<bool> improvement);
    // A distinct colour per series index (the six dimensions, the two lines of a chart).
    static QColor seriesColor(int index);
    // The dashboard's chart look: no animation, tight margins, bold title, a compact legend at the bottom.
    static void styleChart(QChart *chart);
    // Keeps a bottom legend readable at the chart's width: when its names do not fit one row, the markers take
    // `shortNames` (in marker order; the full names stay the series' names and tooltips), and without short names
    // the legend moves to the right, one name a line. Call it whenever the chart's width or series change.
    static void fitLegend(QChart *chart, const QStringList &shortNames = {});
};

} // namespace qadesk
