#pragma once

#include "ExportTable.h"
#include "Progress.h"
#include "TableExporter.h"
#include "kpi/KpiFilter.h"

#include <QCoreApplication>

namespace qadesk {

class Connection;

// The tables QA Desk exports, built through the storage classes and the KPI service.
class ExportTables final
{
    Q_DECLARE_TR_FUNCTIONS(ExportTables)

public:
    // Submitted, disputed and final evaluations of the filter's interactions, one row each: the interaction,
    // agent, team, inspector, every dimension's score (N/A as text), score, grade, critical flag, dates (in
    // the filter's zone) and the overall comment. Dimension and grade names in Chinese when `chinese`.
    static ExportTable evaluations(Connection &connection, const KpiFilter &filter, bool chinese);
    // The same table streamed straight into a file, for any number of evaluations. Returns the rows written.
    static qint64 writeEvaluations(Connection &connection, const KpiFilter &filter, bool chinese, const QString &path,
                                   ExportFormat format, const ProgressCallback &progress = {});
    // The KPIs of DESIGN §3 per bucket, exactly as `qadesk-cli kpi` computes them, with their n.
    static ExportTable kpis(Connection &connection, const KpiFilter &filter);
};

} // namespace qadesk
