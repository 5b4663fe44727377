#pragma once

#include "domain/Evaluation.h"
#include "domain/EvaluationRecord.h"
#include "kpi/KpiFilter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

#include <optional>

namespace qadesk {

class Connection;

// Reads evaluations joined with their interaction, agent, team and inspector for sheets, the reports page,
// exports and the agent monthly report. Lists take the KPI filter (DESIGN §3) so that an export or report
// covers exactly the interactions the matching KPI figures cover: dates are the interaction's start in the
// filter's zone, team is the team at the time of the interaction. Drafts are never listed.
class EvaluationReportStore final
{
public:
    explicit EvaluationReportStore(Connection &connection) : m_connection(connection) {}

    // One evaluation, whatever its status; empty when there is no such evaluation.
    std::optional<EvaluationRecord> record(qint64 evaluationId);
    // Submitted, disputed and final evaluations of the filter's interactions, by interaction start then id.
    QList<EvaluationRecord> list(const KpiFilter &filter);
    // The dimension scores of the same evaluations (without comments or evidence), by evaluation id.
    QHash<qint64, QList<DimensionEvaluation>> dimensionScores(const KpiFilter &filter);
    // The same evaluations one at a time, each with its dimension scores, in list() order: memory stays flat
    // however many there are (exports of a year's evaluations).
    using Visitor = std::function<void(const EvaluationRecord &, const QList<DimensionEvaluation> &)>;
    void forEach(const KpiFilter &filter, const Visitor &visit);
    qint64 count(const KpiFilter &filter);
    // The rubric versions the same evaluations were scored with, newest first.
    QList<int> rubricVersionIds(const KpiFilter &filter);
    // Mean level per dimension over the same evaluations.
    QList<DimensionAverage> dimensionAverages(const KpiFilter &filter);

    std::optional<AgentRecord> agent(const QString &code);
    QList<AgentRecord> agents();
    QStringList teams();
    // The local date (in `zone`) of the latest interaction that has a submitted evaluation.
    std::optional<QDate> latestEvaluatedDate(const QTimeZone &zone);

private:
    Connection &m_connection;
};

} // namespace qadesk
