#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace qadesk {

// Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"), computed through the
// coincidence matrix for any number of raters and missing values, at the nominal, ordinal, interval or ratio
// level of measurement.
//
// Usage: add() every value (unit and rater are any identifiers; a rater gives a unit at most one value), then
// compute(). Values are numbers; nominal data give each category a number of its own (e.g. in the order first
// seen). Only units with at least two values are pairable and count.
class KrippendorffAlpha final
{
public:
    enum class Level { Nominal, Ordinal, Interval, Ratio };

    struct Result
    {
        std::optional<double> alpha; // empty: undefined (fewer than 2 pairable values, or no variation at all)
        qsizetype units = 0;         // pairable units (with 2 or more values)
        qsizetype raters = 0;        // raters who gave at least one pairable value
        qsizetype values = 0;        // pairable values (n, the coincidence matrix's total)
        QString undefinedReason;     // why alpha is empty
    };

    struct Interval
    {
        double low = 0;
        double high = 0;
    };

    // unitIndex/raterIndex are small dense integers (the caller maps its identifiers); a repeated (unit, rater)
    // pair is the caller's error to report.
    void add(int unitIndex, int raterIndex, double value);

    Result compute(Level level) const;
    // The first two values (indices in the order added) one rater gave one unit, if any.
    std::optional<std::pair<qsizetype, qsizetype>> duplicate() const;
    // 95 % percentile interval of alpha over `resamples` bootstrap samples of the pairable units (drawn with
    // replacement, the same number as the data has), from a seeded generator: the same seed gives the same
    // interval. Empty when alpha is undefined; resamples where it is undefined are left out.
    std::optional<Interval> bootstrap(Level level, int resamples, quint64 seed) const;

private:

    QList<std::pair<int, double>> m_entries; // (unit, value) in the order added
    QList<int> m_raters;                      // rater of each entry
};

} // namespace qadesk
