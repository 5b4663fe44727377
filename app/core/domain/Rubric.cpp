#include "Rubric.h"

namespace qadesk {

namespace {
// Weighted means of exact inputs can land a rounding error below a threshold (59.999999999999 for 60);
// that must still earn the band the arithmetic on paper gives.
constexpr double GradeTolerance = 1e-9;
} // namespace

bool prefersChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

const RubricLevel *RubricDimension::level(int score) const
{
    for (const RubricLevel &entry : levels) {
        if (entry.level == score) {
            return &entry;
        }
    }
    return nullptr;
}

int Rubric::dimensionIndex(const QString &dimensionKey) const
{
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        if (dimensions.at(i).key == dimensionKey) {
            return int(i);
        }
    }
    return -1;
}

double Rubric::totalWeight() const
{
    double total = 0;
    for (const RubricDimension &dimension : dimensions) {
        total += dimension.weight;
    }
    return total;
}

const GradeBand *Rubric::gradeFor(double score) const
{
    for (const GradeBand &band : gradeBands) {
        if (score + GradeTolerance >= band.minScore) {
            return &band;
        }
    }
    return lowestGrade();
}

} // namespace qadesk
