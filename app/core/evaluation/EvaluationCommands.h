#pragma once

#include "evaluation/EvaluationDocument.h"

#include <QUndoCommand>

namespace qadesk {

// Merge ids of the commands that merge (QUndoCommand::id), in one place.
enum class EvaluationMergeId
{
    None = -1,
    DimensionComment = 1,
    OverallComment = 2
};

// Every change to an evaluation: the content before and after. Evaluations are small (a handful of
// dimensions), so a whole-content swap is cheap and makes every command trivially exact. Typing in
// one comment merges into one command; a merge that returns to where it started makes it obsolete.
class EditEvaluationCommand final : public QUndoCommand
{
public:
    EditEvaluationCommand(EvaluationDocument *document, const QString &text, EvaluationContent before,
                          EvaluationContent after, EvaluationDocument::Change change, int index,
                          EvaluationMergeId mergeId);

    void undo() override;
    void redo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    EvaluationDocument *m_document;
    EvaluationContent m_before;
    EvaluationContent m_after;
    EvaluationDocument::Change m_change;
    int m_index;
    EvaluationMergeId m_mergeId;
};

} // namespace qadesk
