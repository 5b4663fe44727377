#include "ScoreCalculator.h"

#include "Error.h"

#include <QCoreApplication>

#include <cmath>

namespace qadesk {

namespace {

// Floating-point noise in Σ wᵢ·sᵢ / Σ wᵢ (e.g. 60 computed as 59.99999999999999) is not a difference.
constexpr double ScoreTolerance = 1e-9;

QString formatWeight(double weight)
{
    return QString::number(weight, 'g', 12);
}

void setGrade(ScoreResult &result, const GradeBand *band)
{
    if (band) {
        result.gradeKey = band->key;
        result.gradeZh = band->nameZh;
        result.gradeEn = band->nameEn;
    }
}

} // namespace

ScoreResult ScoreCalculator::compute(const Rubric &rubric, const QList<DimensionInput> &inputs, bool criticalFailed)
{
    if (inputs.size() != rubric.dimensions.size()) {
        throw Error(
            QCoreApplication::translate("ScoreCalculator", "Expected %1 dimension scores for the rubric %2, got %3")
                .arg(rubric.dimensions.size())
                .arg(rubric.key)
                .arg(inputs.size()));
    }
    ScoreResult result;
    result.criticalFailed = criticalFailed;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const DimensionInput &input = inputs.at(i);
        if (input.notApplicable) {
            ++result.notApplicableCount;
            continue;
        }
        if (!input.score) {
            ++result.unscoredCount;
            continue;
        }
        const int score = *input.score;
        if (score < 1 || score > 5) {
            throw Error(QCoreApplication::translate("ScoreCalculator", "The score of %1 must be 1 to 5, not %2")
                            .arg(rubric.dimensions.at(i).key)
                            .arg(score));
        }
        const double weight = rubric.dimensions.at(i).weight;
        result.weightedSum += weight * score;
        result.weightTotal += weight;
        result.terms.append(ScoreTerm{weight, score});
    }
    if (criticalFailed) {
        result.score = 0.0;
        result.exactScore = 0.0;
        setGrade(result, rubric.lowestGrade());
    } else if (!result.terms.isEmpty() && result.weightTotal > 0) {
        const double exact = 100.0 * result.weightedSum / (5.0 * result.weightTotal);
        result.exactScore = exact;
        result.score = officialScore(exact);
        setGrade(result, rubric.gradeFor(*result.score));
    }
    return result;
}

double ScoreCalculator::officialScore(double exact)
{
    const double magnitude = std::floor(std::fabs(exact) * 100.0 + 0.5 + ScoreTolerance) / 100.0;
    return exact < 0 ? -magnitude : magnitude;
}

QString ScoreCalculator::roundingRule(bool chinese)
{
    // Printed in the sheet's language, whatever the UI language, like ScoreResult::reason.
    return chinese ? QStringLiteral("得分按四舍五入保留两位小数（74.1176 → 74.12，59.996 → 60.00），等级按保留后的得分评定。")
                   : QStringLiteral("The score is rounded half up to two decimals (74.1176 → 74.12, 59.996 → 60.00); "
                                    "the grade is decided on the rounded score.");
}

QString ScoreCalculator::formatScore(double score)
{
    const double shown = officialScore(score);
    const double tenths = shown * 10.0;
    const bool oneDecimal = std::fabs(tenths - std::round(tenths)) < 1e-6;
    return QString::number(shown, 'f', oneDecimal ? 1 : 2);
}

QString ScoreResult::formula(bool chinese) const
{
    if (terms.isEmpty()) {
        return criticalFailed ? reason(chinese) + QStringLiteral(" → 0") : reason(chinese);
    }
    QString sum;
    for (const ScoreTerm &term : terms) {
        if (!sum.isEmpty()) {
            sum += QStringLiteral(" + ");
        }
        sum += formatWeight(term.weight) + QStringLiteral("×") + QString::number(term.score);
    }
    const double raw = 100.0 * weightedSum / (5.0 * weightTotal);
    QString text = QStringLiteral("100 × (%1) / (5 × %2) = %3")
                       .arg(sum, formatWeight(weightTotal), ScoreCalculator::formatScore(raw));
    if (criticalFailed) {
        text += (chinese ? QStringLiteral("；") : QStringLiteral("; ")) + reason(chinese) + QStringLiteral(" → 0");
    }
    return text;
}

QString ScoreResult::reason(bool chinese) const
{
    // Sheets are printed in the language the user picks, whatever the UI language, so the two texts live
    // side by side here like the rubric's own bilingual texts.
    if (criticalFailed) {
        return chinese ? QStringLiteral("关键项不合格，一票否决") : QStringLiteral("A critical item failed (veto)");
    }
    if (!score) {
        return chinese ? QStringLiteral("没有已评分的维度，暂无得分")
                       : QStringLiteral("No dimension is scored: no score");
    }
    return {};
}

int ScoreCalculator::responseLevelForSeconds(double seconds)
{
    return responseLevelForSeconds(seconds, Rubric::defaultResponseSeconds());
}

int ScoreCalculator::responseLevelForSeconds(double seconds, const QList<double> &thresholds)
{
    if (std::isnan(seconds) || thresholds.size() != 4) {
        return 0;
    }
    for (int i = 0; i < 4; ++i) {
        if (seconds <= thresholds[i]) {
            return 5 - i;
        }
    }
    return 1;
}

std::optional<int> ScoreCalculator::satisfactionLevelForCsat(std::optional<int> csat)
{
    if (csat && *csat >= 1 && *csat <= 5) {
        return csat;
    }
    return std::nullopt;
}

} // namespace qadesk
