#pragma once

#include "calibration/CalibrationAnalysis.h"
#include "calibration/CalibrationResults.h"
#include "domain/Calibration.h"
#include "domain/Rubric.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace qadesk {

// Alpha of one thing over one period's pairs.
struct ReliabilityCell
{
    KrippendorffAlpha::Result alpha;
    std::optional<ConfidenceInterval> interval;
    AlphaReading reading = AlphaReading::Undefined;
};

// The pairs completed in one month (or all of them), measured per dimension (ordinal) and on the weighted score
// (interval).
struct ReliabilityPeriod
{
    QDate month; // the first day; invalid for the row over every month
    qsizetype pairs = 0;
    QList<ReliabilityCell> dimensions; // in rubric order
    ReliabilityCell score;
};

// An inspector's drift: per month, the mean of (own weighted score − the partner's) over the pairs they were in.
struct InspectorDrift
{
    QString inspector;
    QList<std::optional<double>> monthly; // per ReliabilityResults::periods
    QList<qsizetype> monthlyN;
    std::optional<double> overall;
    qsizetype overallN = 0;
    std::optional<ConfidenceInterval> interval; // 95 % t interval of the overall mean
};

struct ReliabilityResults
{
    QList<ReliabilityPeriod> periods; // oldest month first
    ReliabilityPeriod overall;
    QList<InspectorDrift> drift; // by name
    int pending = 0;             // second scores still waiting for the first inspector's evaluation
};

// Continuous reliability (issue 14) from the double-scored pairs of sampling plans: alpha per dimension and on the
// weighted score per month (of the pair's completion, in the organisation's zone) and over all months, each with its
// n and bootstrap interval; and each inspector's drift.
class ReliabilityAnalysis final
{
public:
    static ReliabilityResults compute(const Rubric &rubric, const QList<ReliabilityPair> &pairs, const QTimeZone &zone,
                                      const CalibrationAnalysis::Options &options);
};

} // namespace qadesk
