#include "EvaluationDocument.h"

#include "DraftSaver.h"
#include "Error.h"
#include "evaluation/EvaluationCommands.h"
#include "storage/EvaluationStore.h"
#include "storage/RubricStore.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace qadesk {

namespace {

// The evaluation's dimensions in rubric order, one per rubric dimension (a stored evaluation may miss
// some, or a draft may predate a dimension).
QList<DimensionEvaluation> alignedDimensions(const Rubric &rubric, const QList<DimensionEvaluation> &stored)
{
    QList<DimensionEvaluation> dimensions;
    for (const RubricDimension &d : rubric.dimensions) {
        DimensionEvaluation entry;
        entry.key = d.key;
        for (const DimensionEvaluation &s : stored) {
            if (s.key == d.key) {
                entry = s;
                break;
            }
        }
        dimensions << entry;
    }
    return dimensions;
}

} // namespace

EvaluationDocument::EvaluationDocument(DraftSaver &saver, Rubric rubric, Evaluation evaluation, QObject *parent)
    : QObject(parent), m_saver(saver), m_rubric(std::move(rubric)), m_evaluation(std::move(evaluation)),
      m_undoStack(new QUndoStack(this))
{
    m_evaluation.dimensions = alignedDimensions(m_rubric, m_evaluation.dimensions);
    for (const CriticalItem &item : m_rubric.criticalItems) {
        if (!m_evaluation.criticalFailed.contains(item.key)) {
            m_evaluation.criticalFailed.insert(item.key, false);
        }
    }
    // The saver reports from its own thread; these run here, in the document's.
    connect(&m_saver, &DraftSaver::saved, this,
            [this](const DraftSaver::Key &key, quint64 sequence, const Evaluation &stored) {
                if (!isMine(key) || m_evaluation.isLocked()) {
                    return;
                }
                m_evaluation.id = stored.id;
                m_evaluation.rowVersion = stored.rowVersion;
                if (stored.createdAt.isValid()) {
                    m_evaluation.createdAt = stored.createdAt;
                }
                m_savedSequence = qMax(m_savedSequence, sequence);
                if (!hasUnsavedChanges()) {
                    emit saved();
                }
            });
    connect(&m_saver, &DraftSaver::submitted, this,
            [this](const DraftSaver::Key &key, quint64 sequence, const Evaluation &stored) {
                if (!isMine(key) || !m_submitting) {
                    return;
                }
                m_evaluation = stored;
                m_submitting = false;
                m_savedSequence = qMax(m_savedSequence, sequence);
                m_undoStack->clear();
                emit submitted();
                emit changed(Change::Everything, -1);
            });
    connect(&m_saver, &DraftSaver::saveFailed, this, [this](const DraftSaver::Key &key, const QString &message) {
        if (isMine(key)) {
            emit saveFailed(message);
        }
    });
    connect(&m_saver, &DraftSaver::conflict, this, [this](const DraftSaver::Key &key, const QString &message) {
        if (isMine(key)) {
            emit conflict(message);
        }
    });
    recompute();
}

EvaluationDocument::EvaluationDocument(DraftSaver &saver, Stored stored, QObject *parent)
    : EvaluationDocument(saver, std::move(stored.rubric), std::move(stored.evaluation), parent)
{
}

EvaluationDocument::~EvaluationDocument() = default; // every change is with the saver already

bool EvaluationDocument::isMine(const QPair<qint64, QString> &key) const
{
    return key == DraftSaver::keyOf(m_evaluation);
}

void EvaluationDocument::handOver()
{
    Evaluation draft = m_evaluation;
    draft.score = m_result.score;
    draft.gradeKey = m_result.gradeKey;
    m_handedSequence = m_saver.save(draft);
}

void EvaluationDocument::keepMine()
{
    m_saver.keepMine(DraftSaver::keyOf(m_evaluation));
}

void EvaluationDocument::discardMine()
{
    m_saver.discard(DraftSaver::keyOf(m_evaluation));
    m_savedSequence = m_handedSequence;
    m_submitting = false;
}

EvaluationDocument::Stored EvaluationDocument::load(Connection &connection, qint64 interactionId,
                                                    const QString &inspector)
{
    EvaluationStore store(connection);
    RubricStore rubrics(connection);
    std::optional<Evaluation> evaluation = store.latestForInteraction(interactionId, inspector);
    if (!evaluation) {
        std::optional<Evaluation> anyone = store.latestForInteraction(interactionId);
        if (anyone && anyone->isLocked()) {
            evaluation = anyone;
        }
    }
    if (!evaluation) {
        Evaluation fresh;
        fresh.interactionId = interactionId;
        fresh.rubricVersionId = rubrics.ensureDefault();
        fresh.inspector = inspector;
        evaluation = fresh;
    }
    Rubric rubric = rubrics.load(int(evaluation->rubricVersionId));
    return Stored{std::move(rubric), std::move(*evaluation)};
}

std::unique_ptr<EvaluationDocument> EvaluationDocument::open(Connection &connection, DraftSaver &saver,
                                                             qint64 interactionId, const QString &inspector,
                                                             QObject *parent)
{
    return std::make_unique<EvaluationDocument>(saver, load(connection, interactionId, inspector), parent);
}

EvaluationContent EvaluationDocument::content() const
{
    return {m_evaluation.dimensions, m_evaluation.checklist, m_evaluation.criticalFailed, m_evaluation.overallComment};
}

void EvaluationDocument::applyContent(const EvaluationContent &content, Change change, int index)
{
    m_evaluation.dimensions = content.dimensions;
    m_evaluation.checklist = content.checklist;
    m_evaluation.criticalFailed = content.criticalFailed;
    m_evaluation.overallComment = content.overallComment;
    recompute();
    handOver();
    emit changed(change, index);
}

void EvaluationDocument::recompute()
{
    QList<DimensionInput> inputs;
    inputs.reserve(m_evaluation.dimensions.size());
    for (const DimensionEvaluation &d : m_evaluation.dimensions) {
        inputs.append({d.score, d.notApplicable});
    }
    m_result = ScoreCalculator::compute(m_rubric, inputs, m_evaluation.anyCriticalFailed());
}

void EvaluationDocument::edit(const QString &text, const EvaluationContent &after, Change change, int index,
                              int mergeId)
{
    if (isLocked()) {
        return;
    }
    EvaluationContent before = content();
    if (before == after) {
        return;
    }
    m_undoStack->push(
        new EditEvaluationCommand(this, text, std::move(before), after, change, index, EvaluationMergeId(mergeId)));
}

void EvaluationDocument::setScore(int dimension, std::optional<int> score)
{
    EvaluationContent after = content();
    DimensionEvaluation &d = after.dimensions[dimension];
    d.score = score;
    if (score) {
        d.notApplicable = false;
    }
    const QString name = m_rubric.dimensions.at(dimension).name(prefersChinese());
    edit(score ? tr("Score %1: %2").arg(name).arg(*score) : tr("Clear %1").arg(name), after, Change::Dimension,
         dimension);
}

void EvaluationDocument::setNotApplicable(int dimension, bool notApplicable)
{
    EvaluationContent after = content();
    DimensionEvaluation &d = after.dimensions[dimension];
    d.notApplicable = notApplicable;
    if (notApplicable) {
        d.score.reset();
    }
    const QString name = m_rubric.dimensions.at(dimension).name(prefersChinese());
    edit(notApplicable ? tr("Mark %1 N/A").arg(name) : tr("Unmark %1 N/A").arg(name), after, Change::Dimension,
         dimension);
}

void EvaluationDocument::setComment(int dimension, const QString &comment)
{
    EvaluationContent after = content();
    after.dimensions[dimension].comment = comment;
    edit(tr("Comment on %1").arg(m_rubric.dimensions.at(dimension).name(prefersChinese())), after, Change::Dimension,
         dimension, int(EvaluationMergeId::DimensionComment));
}

void EvaluationDocument::addEvidence(int dimension, const QList<qint64> &turnIds)
{
    EvaluationContent after = content();
    QList<qint64> &evidence = after.dimensions[dimension].evidenceTurnIds;
    for (const qint64 id : turnIds) {
        if (!evidence.contains(id)) {
            evidence << id;
        }
    }
    std::sort(evidence.begin(), evidence.end());
    edit(tr("Attach evidence to %1").arg(m_rubric.dimensions.at(dimension).name(prefersChinese())), after,
         Change::Dimension, dimension);
}

void EvaluationDocument::removeEvidence(int dimension, qint64 turnId)
{
    EvaluationContent after = content();
    after.dimensions[dimension].evidenceTurnIds.removeAll(turnId);
    edit(tr("Remove evidence from %1").arg(m_rubric.dimensions.at(dimension).name(prefersChinese())), after,
         Change::Dimension, dimension);
}

void EvaluationDocument::setChecklist(const QString &step, const QString &result)
{
    EvaluationContent after = content();
    if (result.isEmpty()) {
        after.checklist.remove(step);
    } else {
        after.checklist.insert(step, result);
    }
    int index = -1;
    QString name = step;
    for (qsizetype i = 0; i < m_rubric.checklist.size(); ++i) {
        if (m_rubric.checklist.at(i).key == step) {
            index = int(i);
            name = m_rubric.checklist.at(i).name(prefersChinese());
        }
    }
    edit(tr("Checklist: %1").arg(name), after, Change::Checklist, index);
}

void EvaluationDocument::setCriticalFailed(const QString &item, bool failed)
{
    EvaluationContent after = content();
    after.criticalFailed.insert(item, failed);
    int index = -1;
    QString name = item;
    for (qsizetype i = 0; i < m_rubric.criticalItems.size(); ++i) {
        if (m_rubric.criticalItems.at(i).key == item) {
            index = int(i);
            name = m_rubric.criticalItems.at(i).name(prefersChinese());
        }
    }
    edit(failed ? tr("Critical item failed: %1").arg(name) : tr("Critical item passed: %1").arg(name), after,
         Change::Critical, index);
}

void EvaluationDocument::setOverallComment(const QString &comment)
{
    EvaluationContent after = content();
    after.overallComment = comment;
    edit(tr("Overall comment"), after, Change::OverallComment, -1, int(EvaluationMergeId::OverallComment));
}

QList<ValidationProblem> EvaluationDocument::validate() const
{
    QList<ValidationProblem> problems;
    const bool chinese = prefersChinese();
    for (int i = 0; i < dimensionCount(); ++i) {
        const DimensionEvaluation &d = dimension(i);
        const QString name = m_rubric.dimensions.at(i).name(chinese);
        if (!d.notApplicable && !d.score) {
            problems.append({i, {}, tr("%1: choose a level from 1 to 5, or mark it N/A.").arg(name)});
        } else if (d.score && *d.score <= 2 && d.comment.trimmed().isEmpty()) {
            problems.append({i, {}, tr("%1: a score of %2 needs a comment saying why.").arg(name).arg(*d.score)});
        }
    }
    if (!m_rubric.checklistOptional) {
        for (const ChecklistStep &step : m_rubric.checklist) {
            if (m_evaluation.checklist.value(step.key).isEmpty()) {
                problems.append({-1, step.key,
                                 tr("Checklist: answer \"%1\" with yes, no or N/A.").arg(step.name(chinese))});
            }
        }
    }
    return problems;
}

QList<ValidationProblem> EvaluationDocument::submit()
{
    if (isLocked()) {
        return {};
    }
    QList<ValidationProblem> problems = validate();
    if (!problems.isEmpty()) {
        return problems;
    }
    Evaluation locked = m_evaluation;
    locked.score = m_result.score;
    locked.gradeKey = m_result.gradeKey;
    m_submitting = true;
    m_handedSequence = m_saver.submit(locked);
    emit changed(Change::Everything, -1);
    return {};
}

} // namespace qadesk
