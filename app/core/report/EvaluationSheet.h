#pragma once

#include "Progress.h"
#include "domain/Evaluation.h"
#include "domain/EvaluationRecord.h"
#include "domain/Feedback.h"
#include "domain/Interaction.h"
#include "domain/Rubric.h"
#include "scoring/ScoreCalculator.h"

#include <QHash>
#include <QList>

namespace qadesk {

class Connection;

// Everything one printed evaluation sheet shows: the evaluation, the rubric version it was scored with,
// the interaction it concerns and the score worked out again so the sheet can print its formula.
struct EvaluationSheet
{
    EvaluationRecord record;
    Evaluation evaluation;
    Rubric rubric;
    int rubricVersion = 0;
    ScoreResult result;
    // The transcript turns the dimensions cite as evidence, by turn id.
    QHash<qint64, Turn> evidenceTurns;
    // The feedback loop (issue 13): the release and acknowledgement (with the drawn signature), the dispute and its
    // decisions, and which version of the evaluation this is (1 unless a dispute rescored it).
    std::optional<Feedback> feedback;
    std::optional<Dispute> dispute;
    int version = 1;

    // The inspector's entry for a rubric dimension, or nullptr when the evaluation has none.
    const DimensionEvaluation *dimension(const QString &key) const;
};

// Loads sheets from the database through the storage classes; rubric versions are read once per loader.
class EvaluationSheetLoader final
{
public:
    explicit EvaluationSheetLoader(Connection &connection) : m_connection(connection) {}

    // Throws qadesk::Error when the evaluation does not exist.
    EvaluationSheet load(qint64 evaluationId);
    // In the order given; throws Cancelled when `progress` says stop.
    QList<EvaluationSheet> load(const QList<qint64> &evaluationIds, const ProgressCallback &progress = {});

    // The score result of an evaluation under a rubric (dimensions matched by key, in rubric order).
    static ScoreResult scoreOf(const Evaluation &evaluation, const Rubric &rubric);

private:
    Connection &m_connection;
    QHash<int, Rubric> m_rubrics;
    QHash<int, int> m_versions;
};

} // namespace qadesk
