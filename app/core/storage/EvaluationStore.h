#pragma once

#include "domain/Evaluation.h"

#include <QHash>
#include <QList>

#include <optional>

namespace qadesk {

class Connection;

// Reads and writes evaluations with their dimension scores, evidence, checklist and critical items.
// Drafts are saved with optimistic locking on row_version; submitting locks the evaluation, records it
// in the audit log and refreshes the KPI rollups of its interaction's day, all in one transaction.
class EvaluationStore final
{
public:
    explicit EvaluationStore(Connection &connection) : m_connection(connection) {}

    // Creates the inspector's draft of an interaction; throws ConflictError when one exists already (at most
    // one draft per interaction and inspector).
    qint64 createDraft(qint64 interactionId, qint64 rubricVersionId, const QString &inspector);
    // The inspector's current draft of an interaction, if any.
    std::optional<Evaluation> currentDraft(qint64 interactionId, const QString &inspector);
    Evaluation load(qint64 id);
    // The newest evaluation of an interaction, optionally only one by this inspector.
    std::optional<Evaluation> latestForInteraction(qint64 interactionId, const QString &inspector = {});
    QList<qint64> idsForInteraction(qint64 interactionId);

    // Saves a draft; throws ConflictError if it was submitted or changed elsewhere meanwhile. Increments rowVersion.
    void saveDraft(Evaluation &evaluation);
    // Saves and locks the evaluation as submitted; the caller has computed score and grade.
    void submit(Evaluation &evaluation);
    void changeStatus(qint64 id, const QString &status, const QString &actor);
    // Replaces a locked evaluation's content (a rescore after a dispute: scores, evidence, checklist, critical
    // items, comment, score, grade) and refreshes its rollup; runs inside the caller's transaction, which also
    // keeps the version it replaces (FeedbackService).
    void replaceContent(const Evaluation &evaluation);
    void remove(qint64 id, const QString &actor);

    // Bulk path for generated data: inserts an evaluation as it is, without audit or rollup refresh.
    qint64 insert(const Evaluation &evaluation);

    qint64 userId(const QString &displayName);

private:
    void writeChildren(const Evaluation &evaluation);
    void refreshRollupFor(qint64 interactionId);

    Connection &m_connection;
    QHash<QString, qint64> m_userIds;
};

} // namespace qadesk
