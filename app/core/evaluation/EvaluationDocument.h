#pragma once

#include "domain/Evaluation.h"
#include "domain/Rubric.h"
#include "scoring/ScoreCalculator.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace qadesk {

class Connection;
class DraftSaver;

// What the inspector edits in an evaluation; what an undo command swaps.
struct EvaluationContent
{
    QList<DimensionEvaluation> dimensions; // in rubric order
    QMap<QString, QString> checklist;      // step key → yes / no / na; absent: not answered
    QMap<QString, bool> criticalFailed;    // item key → failed
    QString overallComment;

    bool operator==(const EvaluationContent &) const = default;
};

// Why an evaluation cannot be submitted yet; dimension is the rubric index it concerns, or -1.
struct ValidationProblem
{
    int dimension = -1;     // the dimension it is about, or -1
    QString checklistStep;  // the checklist step it is about, or empty
    QString message;
};

// One evaluation being edited: the rubric it is scored with, the live weighted score, every change as
// an undo command on its own QUndoStack, and autosave — every change is handed at once to the DraftSaver,
// which writes it (as a draft, created on the first change) off the GUI thread within milliseconds and
// retries while the database is locked, so neither a crash nor a lock loses an edit. A submitted
// evaluation is locked: the setters do nothing and the undo history is gone.
class EvaluationDocument final : public QObject
{
    Q_OBJECT

public:
    enum class Change
    {
        Dimension,
        Checklist,
        Critical,
        OverallComment,
        Everything
    };
    Q_ENUM(Change)

    // An evaluation as stored, with the rubric it is scored with.
    struct Stored
    {
        Rubric rubric;
        Evaluation evaluation;
    };

    EvaluationDocument(DraftSaver &saver, Rubric rubric, Evaluation evaluation, QObject *parent = nullptr);
    EvaluationDocument(DraftSaver &saver, Stored stored, QObject *parent = nullptr);
    ~EvaluationDocument() override;

    // The evaluation an inspector sees for an interaction: their own newest one; else a submitted one by
    // someone else (read-only); else a new, not yet stored draft on the current default rubric. Reads only
    // (a worker thread's connection); the document is then made from it on the GUI thread.
    static Stored load(Connection &connection, qint64 interactionId, const QString &inspector);

    // load() and the document at once, on one thread: for the CLI, tests and benchmarks.
    static std::unique_ptr<EvaluationDocument> open(Connection &connection, DraftSaver &saver, qint64 interactionId,
                                                    const QString &inspector, QObject *parent = nullptr);

    const Rubric &rubric() const { return m_rubric; }
    const Evaluation &evaluation() const { return m_evaluation; }
    const ScoreResult &result() const { return m_result; }
    bool isLocked() const { return m_evaluation.isLocked() || m_submitting; }
    bool isSubmitting() const { return m_submitting; }
    // Changes not yet in the database (handed to the saver, waiting for their turn or for a lock to go).
    bool hasUnsavedChanges() const { return m_savedSequence < m_handedSequence; }
    QUndoStack *undoStack() const { return m_undoStack; }
    int dimensionCount() const { return int(m_evaluation.dimensions.size()); }
    const DimensionEvaluation &dimension(int index) const { return m_evaluation.dimensions.at(index); }
    QString checklistResult(const QString &step) const { return m_evaluation.checklist.value(step); }
    bool criticalFailed(const QString &item) const { return m_evaluation.criticalFailed.value(item); }

    // Each records one undoable change; a change that changes nothing records nothing.
    void setScore(int dimension, std::optional<int> score);
    void setNotApplicable(int dimension, bool notApplicable);
    void setComment(int dimension, const QString &comment); // consecutive edits merge into one step
    void addEvidence(int dimension, const QList<qint64> &turnIds);
    void removeEvidence(int dimension, qint64 turnId);
    void setChecklist(const QString &step, const QString &result); // "", "yes", "no", "na"
    void setCriticalFailed(const QString &item, bool failed);
    void setOverallComment(const QString &comment); // consecutive edits merge into one step

    QList<ValidationProblem> validate() const;
    // Validates, then hands the evaluation over to be saved and locked as submitted (audited); submitted()
    // follows when it has landed. Returns the problems and changes nothing when there are any.
    QList<ValidationProblem> submit();
    // Resolving a conflict (another window or program saved this draft meanwhile): write this content over
    // theirs, or drop it (the caller then reopens the stored version).
    void keepMine();
    void discardMine();

    EvaluationContent content() const;
    // For the undo commands: replaces the content, recomputes the score and schedules the autosave.
    void applyContent(const EvaluationContent &content, Change change, int index);

signals:
    void changed(qadesk::EvaluationDocument::Change change, int index);
    void saved();
    // Not in the database yet; retrying is true when the saver keeps trying on its own.
    void saveFailed(const QString &message);
    // Someone else's newer version is in the way: keepMine() or discardMine().
    void conflict(const QString &message);
    void submitted();

private:
    void edit(const QString &text, const EvaluationContent &after, Change change, int index, int mergeId = -1);
    void recompute();
    void handOver();
    bool isMine(const QPair<qint64, QString> &key) const;

    DraftSaver &m_saver;
    Rubric m_rubric;
    Evaluation m_evaluation;
    ScoreResult m_result;
    QUndoStack *m_undoStack = nullptr;
    quint64 m_handedSequence = 0;
    quint64 m_savedSequence = 0;
    bool m_submitting = false;
};

} // namespace qadesk
