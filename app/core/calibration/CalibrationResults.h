#pragma once

#include "stats/ConfidenceInterval.h"
#include "stats/KrippendorffAlpha.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

// How far an alpha may be trusted (Krippendorff 2004: ≥ .800 reliable, .667–.800 tentative conclusions only).
enum class AlphaReading
{
    Reliable,
    Tentative,
    NotReliable,
    Undefined
};

// What one row of the agreement table measures.
enum class AgreementKind
{
    Dimension,
    AllDimensions,
    Score,
    Grade,
    Critical,
    Checklist
};

// Krippendorff's alpha of one thing the graders scored, with its interval, its reading and, when the session has an
// expert, how far the other graders were from the expert's values.
struct AgreementRow
{
    AgreementKind kind = AgreementKind::Dimension;
    QString key; // stable: "dimension:response", "dimensions", "score", "grade", "critical:KEY", "checklist:KEY"
    QString nameZh, nameEn; // the rubric's words (empty for the fixed rows, which the views name)
    KrippendorffAlpha::Level level = KrippendorffAlpha::Level::Ordinal;
    KrippendorffAlpha::Result alpha;            // alpha, pairable units, raters, values (n)
    std::optional<ConfidenceInterval> interval; // 95 % bootstrap percentile interval of alpha
    AlphaReading reading = AlphaReading::Undefined;
    double scaleRange = 0; // 4 for levels 1–5, 100 for the score, 1 for nominal rows (agree or not)
    // Against the expert: over every (interaction, other grader) pair where both have a value.
    qsizetype expertPairs = 0;
    std::optional<double> meanAbsoluteDeviation; // ordinal and interval rows only, on the row's scale
    std::optional<double> alignment;             // 1 − mean |value − expert| ÷ scale range, 0…1
};

// A grader's leniency (positive) or severity (negative) on the weighted score.
struct GraderLeniency
{
    QString grader;
    bool expert = false;
    qsizetype n = 0;                            // interactions scored with at least one other grader's score
    std::optional<double> meanDeviation;        // mean of (own score − consensus), in score points
    std::optional<ConfidenceInterval> interval; // 95 % t interval of that mean (n ≥ 2)
    qsizetype expertN = 0;                      // interactions the expert scored too
    std::optional<double> expertDeviation;      // mean of (own score − expert's score)
};

// One cell of the interaction × grader heat map.
struct HeatCell
{
    bool submitted = false;
    std::optional<double> score;     // the weighted score (empty: all N/A)
    std::optional<double> deviation; // score − consensus (empty without another grader's score)
};

// Everything the results view, the report, the export and `qadesk-cli calibration results` show.
struct CalibrationResults
{
    QList<AgreementRow> rows;
    QList<GraderLeniency> graders;  // in participant order
    QStringList graderNames;        // heat map columns
    QList<qint64> interactionIds;   // heat map rows
    QList<QList<HeatCell>> heatMap; // [interaction][grader]
    QString expert;
    int resamples = 0;
    quint64 seed = 0;
    int scoresSubmitted = 0;
    int scoresExpected = 0; // interactions × participants
};

AlphaReading readingOf(const std::optional<double> &alpha);
// "reliable", "tentative", "not_reliable", "undefined": stable words for exports and scripts.
QString readingKey(AlphaReading reading);
QString kindKey(AgreementKind kind);

} // namespace qadesk
