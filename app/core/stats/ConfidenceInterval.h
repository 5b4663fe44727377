#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace qadesk {

// A two-sided confidence interval [low, high] on the same scale as the estimate.
struct ConfidenceInterval
{
    double low = 0;
    double high = 0;
};

// The z of a two-sided 95 % interval (the 0.975 quantile of the standard normal distribution).
inline constexpr double kZ95 = 1.959963984540054;

// Wilson score interval of a proportion (successes of n trials), as fractions in [0, 1]; none when n = 0.
// Unlike the normal approximation it stays inside [0, 1] and is honest at p = 0, p = 1 and small n.
std::optional<ConfidenceInterval> wilsonInterval(qint64 successes, qint64 n, double z = kZ95);

// Interval of a Net Promoter Score in points (−100 … 100) from promoter and detractor counts of n answers:
// NPS ± z·√((p⁺ + p⁻ − (p⁺ − p⁻)²) / n) × 100, clipped to the scale; none when n = 0. NPS is a difference of
// two proportions of the same sample, so it has no Wilson interval; this is the usual normal approximation.
std::optional<ConfidenceInterval> npsInterval(qint64 promoters, qint64 detractors, qint64 n, double z = kZ95);

// The 0.975 quantile of Student's t distribution with df ≥ 1 degrees of freedom (a table to df 30, then the
// Cornish–Fisher expansion; both within 1e-4 of the exact value).
double studentT975(int df);

// 95 % t interval of the mean of values: mean ± t(n − 1)·s/√n with s the sample standard deviation; none when
// fewer than 2 values.
std::optional<ConfidenceInterval> meanInterval(const QList<double> &values);

} // namespace qadesk
