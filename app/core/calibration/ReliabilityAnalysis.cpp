#include "ReliabilityAnalysis.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace qadesk {
namespace {

ReliabilityCell measure(const QList<const ReliabilityPair *> &pairs, KrippendorffAlpha::Level level,
                        const std::function<std::optional<double>(const ReliabilityPair &, bool first)> &valueOf,
                        const CalibrationAnalysis::Options &options)
{
    KrippendorffAlpha alpha;
    QHash<QString, int> raters;
    const auto rater = [&raters](const QString &name) {
        const auto it = raters.constFind(name);
        if (it != raters.constEnd()) {
            return *it;
        }
        const int index = int(raters.size());
        raters.insert(name, index);
        return index;
    };
    for (int u = 0; u < pairs.size(); ++u) {
        const ReliabilityPair &pair = *pairs.at(u);
        if (const auto a = valueOf(pair, true)) {
            alpha.add(u, rater(pair.first), *a);
        }
        if (const auto b = valueOf(pair, false)) {
            alpha.add(u, rater(pair.second), *b);
        }
    }
    ReliabilityCell cell;
    cell.alpha = alpha.compute(level);
    cell.reading = readingOf(cell.alpha.alpha);
    if (cell.alpha.alpha && options.resamples > 0) {
        if (const auto interval = alpha.bootstrap(level, options.resamples, options.seed)) {
            cell.interval = ConfidenceInterval{interval->low, interval->high};
        }
    }
    return cell;
}

ReliabilityPeriod period(const Rubric &rubric, const QDate &month, const QList<const ReliabilityPair *> &pairs,
                         const CalibrationAnalysis::Options &options)
{
    ReliabilityPeriod p;
    p.month = month;
    p.pairs = pairs.size();
    for (const RubricDimension &dimension : rubric.dimensions) {
        p.dimensions << measure(
            pairs, KrippendorffAlpha::Level::Ordinal,
            [&](const ReliabilityPair &pair, bool first) -> std::optional<double> {
                const QMap<QString, int> &levels = first ? pair.firstLevels : pair.secondLevels;
                const auto it = levels.constFind(dimension.key);
                if (it == levels.constEnd()) {
                    return std::nullopt;
                }
                return double(it.value());
            },
            options);
    }
    p.score = measure(
        pairs, KrippendorffAlpha::Level::Interval,
        [](const ReliabilityPair &pair, bool first) { return first ? pair.firstScore : pair.secondScore; }, options);
    return p;
}

} // namespace

ReliabilityResults ReliabilityAnalysis::compute(const Rubric &rubric, const QList<ReliabilityPair> &pairs,
                                                const QTimeZone &zone, const CalibrationAnalysis::Options &options)
{
    ReliabilityResults results;
    QMap<QDate, QList<const ReliabilityPair *>> byMonth;
    QList<const ReliabilityPair *> all;
    for (const ReliabilityPair &pair : pairs) {
        const QDate day = pair.completedAt.toTimeZone(zone).date();
        byMonth[QDate(day.year(), day.month(), 1)] << &pair;
        all << &pair;
    }
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        results.periods << period(rubric, it.key(), it.value(), options);
    }
    results.overall = period(rubric, QDate(), all, options);

    QMap<QString, InspectorDrift> drift;
    const QList<QDate> months = byMonth.keys();
    const auto record = [&](const QString &inspector, int monthIndex, double deviation, QList<double> &values) {
        InspectorDrift &d = drift[inspector];
        if (d.inspector.isEmpty()) {
            d.inspector = inspector;
            d.monthly = QList<std::optional<double>>(months.size());
            d.monthlyN = QList<qsizetype>(months.size(), 0);
        }
        const qsizetype n = d.monthlyN.at(monthIndex);
        d.monthly[monthIndex] = (d.monthly.at(monthIndex).value_or(0) * double(n) + deviation) / double(n + 1);
        d.monthlyN[monthIndex] = n + 1;
        values << deviation;
    };
    QHash<QString, QList<double>> deviations;
    for (int m = 0; m < months.size(); ++m) {
        for (const ReliabilityPair *pair : byMonth.value(months.at(m))) {
            if (pair->firstScore && pair->secondScore) {
                record(pair->first, m, *pair->firstScore - *pair->secondScore, deviations[pair->first]);
                record(pair->second, m, *pair->secondScore - *pair->firstScore, deviations[pair->second]);
            }
        }
    }
    for (auto it = drift.begin(); it != drift.end(); ++it) {
        const QList<double> &values = deviations.value(it.key());
        it->overallN = values.size();
        if (!values.isEmpty()) {
            double sum = 0;
            for (const double v : values) {
                sum += v;
            }
            it->overall = sum / double(values.size());
            it->interval = meanInterval(values);
        }
        results.drift << *it;
    }
    return results;
}

} // namespace qadesk
