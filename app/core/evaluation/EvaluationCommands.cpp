#include "EvaluationCommands.h"

namespace qadesk {

EditEvaluationCommand::EditEvaluationCommand(EvaluationDocument *document, const QString &text,
                                             EvaluationContent before, EvaluationContent after,
                                             EvaluationDocument::Change change, int index, EvaluationMergeId mergeId)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_change(change), m_index(index), m_mergeId(mergeId)
{
}

void EditEvaluationCommand::undo()
{
    m_document->applyContent(m_before, m_change, m_index);
}

void EditEvaluationCommand::redo()
{
    m_document->applyContent(m_after, m_change, m_index);
}

bool EditEvaluationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditEvaluationCommand *>(other);
    if (next->m_index != m_index || next->m_document != m_document) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace qadesk
