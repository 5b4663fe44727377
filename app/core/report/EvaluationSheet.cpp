#include "EvaluationSheet.h"

#include "Error.h"
#include "storage/EvaluationReportStore.h"
#include "storage/EvaluationStore.h"
#include "storage/FeedbackStore.h"
#include "storage/InteractionReader.h"
#include "storage/RubricStore.h"

#include <QCoreApplication>
#include <QSet>

namespace qadesk {

const DimensionEvaluation *EvaluationSheet::dimension(const QString &key) const
{
    for (const DimensionEvaluation &d : evaluation.dimensions) {
        if (d.key == key) {
            return &d;
        }
    }
    return nullptr;
}

ScoreResult EvaluationSheetLoader::scoreOf(const Evaluation &evaluation, const Rubric &rubric)
{
    QList<DimensionInput> inputs;
    inputs.reserve(rubric.dimensions.size());
    for (const RubricDimension &dimension : rubric.dimensions) {
        DimensionInput input;
        for (const DimensionEvaluation &d : evaluation.dimensions) {
            if (d.key == dimension.key) {
                input.notApplicable = d.notApplicable;
                if (d.score && *d.score >= 1 && *d.score <= 5) {
                    input.score = d.score;
                }
            }
        }
        inputs << input;
    }
    return ScoreCalculator::compute(rubric, inputs, evaluation.anyCriticalFailed());
}

EvaluationSheet EvaluationSheetLoader::load(qint64 evaluationId)
{
    std::optional<EvaluationRecord> record = EvaluationReportStore(m_connection).record(evaluationId);
    if (!record) {
        throw Error(QCoreApplication::translate("EvaluationSheet", "Evaluation %1 does not exist.").arg(evaluationId));
    }
    EvaluationSheet sheet;
    sheet.record = std::move(*record);
    sheet.evaluation = EvaluationStore(m_connection).load(evaluationId);
    FeedbackStore feedback(m_connection);
    sheet.feedback = feedback.feedback(evaluationId);
    sheet.dispute = feedback.dispute(evaluationId);
    sheet.version = sheet.feedback ? sheet.feedback->version : 1;
    const int versionId = sheet.record.rubricVersionId;
    if (!m_rubrics.contains(versionId)) {
        RubricStore rubrics(m_connection);
        m_rubrics.insert(versionId, rubrics.load(versionId));
        m_versions.insert(versionId, rubrics.versionInfo(versionId).version);
    }
    sheet.rubric = m_rubrics.value(versionId);
    sheet.rubricVersion = m_versions.value(versionId);
    sheet.result = scoreOf(sheet.evaluation, sheet.rubric);
    QSet<qint64> cited;
    for (const DimensionEvaluation &d : std::as_const(sheet.evaluation.dimensions)) {
        for (const qint64 id : d.evidenceTurnIds) {
            cited.insert(id);
        }
    }
    if (!cited.isEmpty()) {
        const Interaction interaction = InteractionReader(m_connection).load(sheet.record.interactionId, true);
        for (const Turn &turn : interaction.turns) {
            if (cited.contains(turn.id)) {
                sheet.evidenceTurns.insert(turn.id, turn);
            }
        }
    }
    return sheet;
}

QList<EvaluationSheet> EvaluationSheetLoader::load(const QList<qint64> &evaluationIds, const ProgressCallback &progress)
{
    QList<EvaluationSheet> sheets;
    sheets.reserve(evaluationIds.size());
    for (qsizetype i = 0; i < evaluationIds.size(); ++i) {
        reportProgress(progress, i, evaluationIds.size());
        sheets << load(evaluationIds.at(i));
    }
    return sheets;
}

} // namespace qadesk
