#pragma once

#include "calibration/CalibrationResults.h"
#include "domain/Calibration.h"
#include "domain/Rubric.h"

#include <QList>

namespace qadesk {

// Computes the agreement of a calibration session from its scores (no database; exact and reproducible):
// Krippendorff's alpha per dimension (ordinal), over all dimensions pooled (ordinal; a unit is one dimension of one
// interaction), of the weighted score (interval), of the grade band, each critical item and each checklist step
// (nominal), each with a seeded bootstrap interval; deviation from the expert; each grader's leniency against the
// consensus (the mean of the other graders' scores of the same interaction); the heat map.
class CalibrationAnalysis final
{
public:
    struct Options
    {
        int resamples = 1000; // 0: no intervals
        quint64 seed = 1;
    };

    static CalibrationResults compute(const Rubric &rubric, const CalibrationSession &session,
                                      const QList<CalibrationScore> &scores, const Options &options);
};

} // namespace qadesk
