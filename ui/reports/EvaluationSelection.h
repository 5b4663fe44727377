#pragma once

#include <QList>

namespace qadesk {

// A page that holds evaluations the user has picked (rows of the reports list, the evaluation open in the
// workspace). File → Print and Export PDF act on the current page's selection when it offers one.
class EvaluationSelection
{
public:
    virtual ~EvaluationSelection() = default;
    // In the order the user sees them; empty when nothing is picked.
    virtual QList<qint64> selectedEvaluationIds() const = 0;
};

} // namespace qadesk
