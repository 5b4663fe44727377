#pragma once

#include "domain/Rubric.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace qadesk {

// What the inspector entered for one dimension: a level 1..5, N/A, or nothing yet.
struct DimensionInput
{
    std::optional<int> score;
    bool notApplicable = false;
};

// One wᵢ·sᵢ term of the weighted sum, kept so the form can show the formula it used.
struct ScoreTerm
{
    double weight = 0;
    int score = 0;
};

struct ScoreResult
{
    // The official score: the formula's exact value rounded half away from zero to two decimals
    // (ScoreCalculator::officialScore); the grade band is decided on it. Empty when no dimension is scored (and
    // no critical item failed).
    std::optional<double> score;
    std::optional<double> exactScore; // the formula's value before rounding
    QString gradeKey, gradeZh, gradeEn; // empty when there is no score
    bool criticalFailed = false;
    double weightedSum = 0; // Σ wᵢ·sᵢ over the scored dimensions
    double weightTotal = 0; // Σ wᵢ over the same dimensions
    int notApplicableCount = 0;
    int unscoredCount = 0;
    QVarLengthArray<ScoreTerm, 16> terms; // inline storage: a rubric rarely has more than a dozen dimensions

    QString grade(bool chinese) const { return localized(gradeZh, gradeEn, chinese); }
    // The computation as the form shows it, e.g. "100 × (15×5 + 20×4 + 25×3) / (5 × 60) = 77.7".
    QString formula(bool chinese) const;
    // Why the score is what it is when it is not the formula's result (critical item, nothing scored).
    QString reason(bool chinese) const;
};

// The weighted score of DESIGN §2.4: score = 100 × Σ wᵢ·sᵢ / (5 × Σ wᵢ) over the dimensions that are
// scored and not N/A; a failed critical item makes it 0 in the lowest grade band. Cheap enough to run
// on every key press (no allocation besides sharing the rubric's grade texts).
class ScoreCalculator final
{
public:
    // inputs are in rubric order, one per dimension; throws qadesk::Error on a count mismatch or a
    // score outside 1..5.
    static ScoreResult compute(const Rubric &rubric, const QList<DimensionInput> &inputs, bool criticalFailed);

    // The one rounding rule (help text: ruleText): the official score is the exact value rounded half away from
    // zero to two decimals (74.1176 → 74.12, 78.665 → 78.67, 59.996 → 60.00), and the grade band is decided on
    // it, so the number after "=", the stored and exported score and the grade always agree.
    static double officialScore(double exact);
    // The rule in words, for the form's help and the sheet.
    static QString roundingRule(bool chinese);
    // "79.0", "78.33": one decimal when that is exact, otherwise two.
    static QString formatScore(double score);

    // Suggested response-speed level from the first response time in seconds (DESIGN §2.1 thresholds);
    // 0 when t is not a number.
    static int responseLevelForSeconds(double seconds);
    // The same with a channel's thresholds (Rubric::responseSeconds: upper bounds of levels 5, 4, 3, 2).
    static int responseLevelForSeconds(double seconds, const QList<double> &thresholds);
    // Suggested satisfaction level from a survey CSAT 1..5 (the same level); empty without a valid CSAT.
    static std::optional<int> satisfactionLevelForCsat(std::optional<int> csat);
};

} // namespace qadesk
