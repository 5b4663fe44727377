#include "EvaluationStore.h"
#include "RectificationStore.h"

#include "AuditLog.h"
#include "Connection.h"
#include "Error.h"
#include "RollupStore.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace qadesk {

namespace {

QVariant nullableScore(const std::optional<double> &score)
{
    return score ? QVariant(*score) : QVariant(QMetaType(QMetaType::Double));
}

QDateTime fromEpoch(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

} // namespace

qint64 EvaluationStore::userId(const QString &displayName)
{
    const QString name = displayName.trimmed().isEmpty() ? QStringLiteral("inspector") : displayName.trimmed();
    if (const auto it = m_userIds.constFind(name); it != m_userIds.constEnd()) {
        return *it;
    }
    const auto find = [&]() -> std::optional<qint64> {
        QSqlQuery found = m_connection.run(QStringLiteral("SELECT id FROM users WHERE login = ?"), {name});
        return found.next() ? std::optional<qint64>(found.value(0).toLongLong()) : std::nullopt;
    };
    std::optional<qint64> known = find();
    if (!known) {
        // Another connection (the autosave, the work queue, another program) may add the same person at the same
        // moment: insert only if still absent, then read whichever row is there.
        m_connection.run(QStringLiteral("INSERT INTO users (login, display_name, role) VALUES (?, ?, 'inspector') "
                                        "ON CONFLICT (login) DO NOTHING"),
                         {name, name});
        known = find();
    }
    if (!known) {
        throw Error(QCoreApplication::translate("EvaluationStore", "Cannot add the inspector %1.").arg(name));
    }
    const qint64 id = *known;
    m_userIds.insert(name, id);
    return id;
}

qint64 EvaluationStore::createDraft(qint64 interactionId, qint64 rubricVersionId, const QString &inspector)
{
    Transaction transaction(m_connection);
    QSqlQuery existing = m_connection.run(QStringLiteral("SELECT id FROM evaluations WHERE interaction_id = ? AND "
                                                         "inspector_id = ? AND status = 'draft'"),
                                          {interactionId, userId(inspector)});
    if (existing.next()) {
        const qint64 other = existing.value(0).toLongLong();
        throw ConflictError(QCoreApplication::translate("EvaluationStore",
                                                        "%1 already has a draft of this interaction (evaluation %2), "
                                                        "saved from another window or program.")
                                .arg(inspector)
                                .arg(other),
                            other);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 id = m_connection
                          .run(QStringLiteral("INSERT INTO evaluations (interaction_id, rubric_version_id, inspector_id, "
                                              "status, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?)"),
                               {interactionId, rubricVersionId, userId(inspector), now, now})
                          .lastInsertId()
                          .toLongLong();
    AuditLog(m_connection).append(inspector, QStringLiteral("create"), QStringLiteral("evaluation"), id);
    transaction.commit();
    return id;
}

Evaluation EvaluationStore::load(qint64 id)
{
    QSqlQuery q = m_connection.run(
        // The inspector's login (what drafts are found by, and the audit log's actor), not their display name:
        // the two differ for people added with a name (PeopleStore).
        QStringLiteral("SELECT e.interaction_id, e.rubric_version_id, u.login, e.status, e.overall_comment, "
                       "e.score, e.grade_key, e.created_at, e.updated_at, e.submitted_at, e.row_version "
                       "FROM evaluations e JOIN users u ON u.id = e.inspector_id WHERE e.id = ?"),
        {id});
    if (!q.next()) {
        throw Error(QCoreApplication::translate("EvaluationStore", "Evaluation %1 does not exist.").arg(id));
    }
    Evaluation e;
    e.id = id;
    e.interactionId = q.value(0).toLongLong();
    e.rubricVersionId = q.value(1).toLongLong();
    e.inspector = q.value(2).toString();
    e.status = q.value(3).toString();
    e.overallComment = q.value(4).toString();
    if (!q.value(5).isNull()) {
        e.score = q.value(5).toDouble();
    }
    e.gradeKey = q.value(6).toString();
    e.createdAt = fromEpoch(q.value(7));
    e.updatedAt = fromEpoch(q.value(8));
    e.submittedAt = fromEpoch(q.value(9));
    e.rowVersion = q.value(10).toInt();

    QSqlQuery scores = m_connection.run(QStringLiteral("SELECT dimension_key, score, not_applicable, comment "
                                                       "FROM evaluation_scores WHERE evaluation_id = ? ORDER BY position"),
                                        {id});
    while (scores.next()) {
        DimensionEvaluation d;
        d.key = scores.value(0).toString();
        if (!scores.value(1).isNull()) {
            d.score = scores.value(1).toInt();
        }
        d.notApplicable = scores.value(2).toInt() != 0;
        d.comment = scores.value(3).toString();
        e.dimensions << d;
    }
    QSqlQuery evidence = m_connection.run(QStringLiteral("SELECT dimension_key, turn_id FROM evaluation_evidence "
                                                         "WHERE evaluation_id = ? ORDER BY turn_id"),
                                          {id});
    while (evidence.next()) {
        const QString key = evidence.value(0).toString();
        for (DimensionEvaluation &d : e.dimensions) {
            if (d.key == key) {
                d.evidenceTurnIds << evidence.value(1).toLongLong();
            }
        }
    }
    QSqlQuery checklist = m_connection.run(
        QStringLiteral("SELECT step_key, result FROM evaluation_checklist WHERE evaluation_id = ?"), {id});
    while (checklist.next()) {
        e.checklist.insert(checklist.value(0).toString(), checklist.value(1).toString());
    }
    QSqlQuery critical = m_connection.run(
        QStringLiteral("SELECT item_key, failed FROM evaluation_critical WHERE evaluation_id = ?"), {id});
    while (critical.next()) {
        e.criticalFailed.insert(critical.value(0).toString(), critical.value(1).toInt() != 0);
    }
    return e;
}

QList<qint64> EvaluationStore::idsForInteraction(qint64 interactionId)
{
    QList<qint64> ids;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id FROM evaluations WHERE interaction_id = ? ORDER BY id"),
                                   {interactionId});
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

std::optional<Evaluation> EvaluationStore::latestForInteraction(qint64 interactionId, const QString &inspector)
{
    QSqlQuery q = inspector.isEmpty()
                      ? m_connection.run(QStringLiteral("SELECT id FROM evaluations WHERE interaction_id = ? "
                                                        "ORDER BY id DESC LIMIT 1"),
                                         {interactionId})
                      : m_connection.run(QStringLiteral("SELECT e.id FROM evaluations e JOIN users u ON u.id = "
                                                        "e.inspector_id WHERE e.interaction_id = ? AND u.login = ? "
                                                        "ORDER BY e.id DESC LIMIT 1"),
                                         {interactionId, inspector});
    if (!q.next()) {
        return std::nullopt;
    }
    return load(q.value(0).toLongLong());
}

std::optional<Evaluation> EvaluationStore::currentDraft(qint64 interactionId, const QString &inspector)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT e.id FROM evaluations e JOIN users u ON u.id = e.inspector_id "
                                                  "WHERE e.interaction_id = ? AND u.login = ? AND e.status = 'draft'"),
                                   {interactionId, inspector});
    if (!q.next()) {
        return std::nullopt;
    }
    return load(q.value(0).toLongLong());
}

void EvaluationStore::writeChildren(const Evaluation &e)
{
    m_connection.run(QStringLiteral("DELETE FROM evaluation_scores WHERE evaluation_id = ?"), {e.id});
    m_connection.run(QStringLiteral("DELETE FROM evaluation_evidence WHERE evaluation_id = ?"), {e.id});
    m_connection.run(QStringLiteral("DELETE FROM evaluation_checklist WHERE evaluation_id = ?"), {e.id});
    m_connection.run(QStringLiteral("DELETE FROM evaluation_critical WHERE evaluation_id = ?"), {e.id});
    QSqlQuery score = m_connection.prepare(QStringLiteral(
        "INSERT INTO evaluation_scores (evaluation_id, dimension_key, position, score, not_applicable, comment) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery evidence = m_connection.prepare(
        QStringLiteral("INSERT INTO evaluation_evidence (evaluation_id, dimension_key, turn_id) VALUES (?, ?, ?)"));
    int position = 0;
    for (const DimensionEvaluation &d : e.dimensions) {
        score.bindValue(0, e.id);
        score.bindValue(1, d.key);
        score.bindValue(2, position++);
        score.bindValue(3, d.score ? QVariant(*d.score) : QVariant(QMetaType(QMetaType::Int)));
        score.bindValue(4, int(d.notApplicable));
        score.bindValue(5, Connection::text(d.comment));
        Connection::exec(score);
        for (const qint64 turn : d.evidenceTurnIds) {
            evidence.bindValue(0, e.id);
            evidence.bindValue(1, d.key);
            evidence.bindValue(2, turn);
            Connection::exec(evidence);
        }
    }
    QSqlQuery step = m_connection.prepare(
        QStringLiteral("INSERT INTO evaluation_checklist (evaluation_id, step_key, result) VALUES (?, ?, ?)"));
    for (auto it = e.checklist.cbegin(); it != e.checklist.cend(); ++it) {
        step.bindValue(0, e.id);
        step.bindValue(1, it.key());
        step.bindValue(2, it.value().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(it.value()));
        Connection::exec(step);
    }
    QSqlQuery critical = m_connection.prepare(
        QStringLiteral("INSERT INTO evaluation_critical (evaluation_id, item_key, failed) VALUES (?, ?, ?)"));
    for (auto it = e.criticalFailed.cbegin(); it != e.criticalFailed.cend(); ++it) {
        critical.bindValue(0, e.id);
        critical.bindValue(1, it.key());
        critical.bindValue(2, int(it.value()));
        Connection::exec(critical);
    }
}

void EvaluationStore::saveDraft(Evaluation &e)
{
    Transaction transaction(m_connection);
    QSqlQuery q = m_connection.run(
        QStringLiteral("UPDATE evaluations SET overall_comment = ?, critical_failed = ?, score = ?, grade_key = ?, "
                       "updated_at = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ? AND status = 'draft'"),
        {Connection::text(e.overallComment), int(e.anyCriticalFailed()), nullableScore(e.score), e.gradeKey,
         QDateTime::currentSecsSinceEpoch(), e.id, e.rowVersion});
    if (q.numRowsAffected() != 1) {
        throw ConflictError(QCoreApplication::translate("EvaluationStore",
                                                        "Evaluation %1 was submitted or changed in another window or "
                                                        "program since you opened it.")
                                .arg(e.id),
                            e.id);
    }
    writeChildren(e);
    transaction.commit();
    e.rowVersion += 1;
}

void EvaluationStore::submit(Evaluation &e)
{
    Transaction transaction(m_connection);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q = m_connection.run(
        QStringLiteral("UPDATE evaluations SET overall_comment = ?, critical_failed = ?, score = ?, grade_key = ?, "
                       "updated_at = ?, submitted_at = ?, status = 'submitted', row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ? AND status = 'draft'"),
        {Connection::text(e.overallComment), int(e.anyCriticalFailed()), nullableScore(e.score), e.gradeKey, now, now, e.id,
         e.rowVersion});
    if (q.numRowsAffected() != 1) {
        throw ConflictError(QCoreApplication::translate("EvaluationStore",
                                                        "Evaluation %1 was already submitted or changed elsewhere.")
                                .arg(e.id),
                            e.id);
    }
    writeChildren(e);
    AuditLog(m_connection).append(e.inspector, QStringLiteral("submit"), QStringLiteral("evaluation"), e.id,
                                  e.score ? QStringLiteral("score=%1 grade=%2").arg(*e.score).arg(e.gradeKey)
                                          : QStringLiteral("score=null"));
    refreshRollupFor(e.interactionId);
    // A verification interaction of a rectification item settles the item in the same transaction.
    RectificationStore(m_connection).evaluationSubmitted(e.interactionId, e.inspector);
    transaction.commit();
    e.rowVersion += 1;
    e.status = QStringLiteral("submitted");
    e.submittedAt = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
}

void EvaluationStore::changeStatus(qint64 id, const QString &status, const QString &actor)
{
    Transaction transaction(m_connection);
    QSqlQuery interaction = m_connection.run(QStringLiteral("SELECT interaction_id FROM evaluations WHERE id = ?"), {id});
    if (!interaction.next()) {
        throw Error(QCoreApplication::translate("EvaluationStore", "Evaluation %1 does not exist.").arg(id));
    }
    const qint64 interactionId = interaction.value(0).toLongLong();
    m_connection.run(QStringLiteral("UPDATE evaluations SET status = ?, updated_at = ?, row_version = row_version + 1 "
                                    "WHERE id = ?"),
                     {status, QDateTime::currentSecsSinceEpoch(), id});
    AuditLog(m_connection).append(actor, QStringLiteral("status:") + status, QStringLiteral("evaluation"), id);
    refreshRollupFor(interactionId);
    transaction.commit();
}

void EvaluationStore::replaceContent(const Evaluation &e)
{
    m_connection.run(QStringLiteral("UPDATE evaluations SET overall_comment = ?, critical_failed = ?, score = ?, "
                                    "grade_key = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                     {Connection::text(e.overallComment), int(e.anyCriticalFailed()), nullableScore(e.score), e.gradeKey,
                      QDateTime::currentSecsSinceEpoch(), e.id});
    writeChildren(e);
    refreshRollupFor(e.interactionId);
}

void EvaluationStore::remove(qint64 id, const QString &actor)
{
    Transaction transaction(m_connection);
    QSqlQuery interaction = m_connection.run(QStringLiteral("SELECT interaction_id FROM evaluations WHERE id = ?"), {id});
    if (!interaction.next()) {
        return;
    }
    const qint64 interactionId = interaction.value(0).toLongLong();
    m_connection.run(QStringLiteral("DELETE FROM evaluations WHERE id = ?"), {id});
    AuditLog(m_connection).append(actor, QStringLiteral("delete"), QStringLiteral("evaluation"), id);
    refreshRollupFor(interactionId);
    transaction.commit();
}

qint64 EvaluationStore::insert(const Evaluation &e)
{
    const qint64 created = e.createdAt.isValid() ? e.createdAt.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    const qint64 id =
        m_connection
            .run(QStringLiteral("INSERT INTO evaluations (interaction_id, rubric_version_id, inspector_id, status, "
                                "overall_comment, critical_failed, score, grade_key, created_at, updated_at, "
                                "submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {e.interactionId, e.rubricVersionId, userId(e.inspector), e.status, Connection::text(e.overallComment),
                  int(e.anyCriticalFailed()), nullableScore(e.score), e.gradeKey, created,
                  e.updatedAt.isValid() ? e.updatedAt.toSecsSinceEpoch() : created,
                  e.submittedAt.isValid() ? QVariant(e.submittedAt.toSecsSinceEpoch())
                                          : QVariant(QMetaType(QMetaType::LongLong))})
            .lastInsertId()
            .toLongLong();
    Evaluation withId = e;
    withId.id = id;
    writeChildren(withId);
    return id;
}

void EvaluationStore::refreshRollupFor(qint64 interactionId)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT started_at, agent_id FROM interactions WHERE id = ?"), {interactionId});
    if (q.next()) {
        RollupStore(m_connection).refreshAgentDay(RollupStore::rollupDay(q.value(0).toLongLong()), q.value(1).toLongLong());
    }
}

} // namespace qadesk
