#pragma once

#include "calibration/CalibrationResults.h"

#include <QCoreApplication>
#include <QString>

namespace qadesk {

// The words and number formats of calibration results, shared by the page, the printed report and the export.
class CalibrationText final
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationText)

public:
    static QString rowName(const AgreementRow &row, bool chinese);
    static QString levelName(KrippendorffAlpha::Level level);
    static QString readingName(AlphaReading reading);
    // "0.812", or "undefined" (with why in reasonText).
    static QString alpha(const std::optional<double> &alpha);
    static QString reasonText(const AgreementRow &row);
    // "[0.701, 0.905]" or "—".
    static QString interval(const std::optional<ConfidenceInterval> &interval, int decimals = 3);
    // "+3.4" / "−2.0" points, or "—".
    static QString signedPoints(const std::optional<double> &value);
    static QString percent(const std::optional<double> &fraction);
    // How the consensus and leniency are defined, for the results view and the report.
    static QString consensusNote();
    static QString readingNote();
};

} // namespace qadesk
