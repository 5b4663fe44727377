#pragma once

#include <QString>

namespace qadesk::kpisql {

// The KPI components (counts and sums) over interactions `i` left-joined to per-interaction evaluation
// aggregates `e`. The raw query and the daily rollups use this one list, so both paths count alike.
// `histogram` adds the score bins qb0..qb9 at the end; rankings leave them out (a third of the summing).
QString componentsFromInteractions(bool histogram = true);
// The same components summed over rollup rows `r`.
QString componentsFromRollup(bool histogram = true);
// The column names of the components, in order.
QString componentColumns(bool histogram = true);
// Evaluation aggregates per interaction: submitted (not draft) evaluations, scored ones, score sum, passes,
// and the score histogram qb0..qb9 (ten 10-point bins).
QString evaluationAggregate(const QString &extraWhere = {});
// Joins interactions `i` to the dimension levels `s` of their submitted evaluations `e`; with the condition
// below, only dimensions that were scored (not N/A, not left empty) count.
QString scoredDimensionsJoin();
QString scoredDimensionsCondition();
// Applies DESIGN §3's formulas to a derived table `t` holding the components; a rate with an empty
// denominator is NULL.
QString kpiFormulas();

} // namespace qadesk::kpisql
