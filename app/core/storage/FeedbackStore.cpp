#include "FeedbackStore.h"

#include "Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace qadesk {

namespace {

QDateTime fromEpoch(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QVariant epochOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QLatin1Char(','));
}

QList<qint64> splitIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        ids << part.toLongLong();
    }
    return ids;
}

QByteArray snapshotOf(const Evaluation &e)
{
    QJsonArray dimensions;
    for (const DimensionEvaluation &d : e.dimensions) {
        QJsonArray evidence;
        for (const qint64 turn : d.evidenceTurnIds) {
            evidence.append(turn);
        }
        dimensions.append(QJsonObject{{QStringLiteral("key"), d.key},
                                      {QStringLiteral("score"), d.score ? QJsonValue(*d.score) : QJsonValue()},
                                      {QStringLiteral("na"), d.notApplicable},
                                      {QStringLiteral("comment"), d.comment},
                                      {QStringLiteral("evidence"), evidence}});
    }
    QJsonObject checklist;
    for (auto it = e.checklist.cbegin(); it != e.checklist.cend(); ++it) {
        checklist.insert(it.key(), it.value());
    }
    QJsonObject critical;
    for (auto it = e.criticalFailed.cbegin(); it != e.criticalFailed.cend(); ++it) {
        critical.insert(it.key(), it.value());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("dimensions"), dimensions},
                                     {QStringLiteral("checklist"), checklist},
                                     {QStringLiteral("critical"), critical},
                                     {QStringLiteral("overall_comment"), e.overallComment}})
        .toJson(QJsonDocument::Compact);
}

Evaluation evaluationFrom(const QByteArray &snapshot)
{
    const QJsonObject root = QJsonDocument::fromJson(snapshot).object();
    Evaluation e;
    for (const QJsonValue &v : root.value(QLatin1String("dimensions")).toArray()) {
        const QJsonObject o = v.toObject();
        DimensionEvaluation d;
        d.key = o.value(QLatin1String("key")).toString();
        if (o.value(QLatin1String("score")).isDouble()) {
            d.score = o.value(QLatin1String("score")).toInt();
        }
        d.notApplicable = o.value(QLatin1String("na")).toBool();
        d.comment = o.value(QLatin1String("comment")).toString();
        for (const QJsonValue &turn : o.value(QLatin1String("evidence")).toArray()) {
            d.evidenceTurnIds << qint64(turn.toDouble());
        }
        e.dimensions << d;
    }
    const QJsonObject checklist = root.value(QLatin1String("checklist")).toObject();
    for (auto it = checklist.constBegin(); it != checklist.constEnd(); ++it) {
        e.checklist.insert(it.key(), it.value().toString());
    }
    const QJsonObject critical = root.value(QLatin1String("critical")).toObject();
    for (auto it = critical.constBegin(); it != critical.constEnd(); ++it) {
        e.criticalFailed.insert(it.key(), it.value().toBool());
    }
    e.overallComment = root.value(QLatin1String("overall_comment")).toString();
    return e;
}

const QString kRowSelect = QStringLiteral(
    "SELECT e.id, e.interaction_id, e.rubric_version_id, i.external_id, i.started_at, a.code, a.name, t.name, "
    "u.login, e.status, e.score, e.grade_key, e.submitted_at, f.state, f.released_at, f.respond_by, d.level, "
    "d.decide_by, d.escalate_by, COALESCE(f.version, 1), "
    "(SELECT dd.outcome FROM dispute_decisions dd WHERE dd.dispute_id = d.id ORDER BY dd.level DESC LIMIT 1), "
    "u.display_name "
    "FROM evaluations e JOIN interactions i ON i.id = e.interaction_id JOIN agents a ON a.id = i.agent_id "
    "LEFT JOIN teams t ON t.id = a.team_id JOIN users u ON u.id = e.inspector_id "
    "LEFT JOIN evaluation_feedback f ON f.evaluation_id = e.id LEFT JOIN disputes d ON d.evaluation_id = e.id ");

FeedbackRow rowFrom(const QSqlQuery &q, const QDateTime &now)
{
    FeedbackRow r;
    r.evaluationId = q.value(0).toLongLong();
    r.interactionId = q.value(1).toLongLong();
    r.rubricVersionId = q.value(2).toLongLong();
    r.externalId = q.value(3).toString();
    r.startedAt = fromEpoch(q.value(4));
    r.agentCode = q.value(5).toString();
    r.agentName = q.value(6).toString();
    r.teamName = q.value(7).toString();
    r.inspector = q.value(8).toString();
    r.status = q.value(9).toString();
    if (!q.value(10).isNull()) {
        r.score = q.value(10).toDouble();
    }
    r.gradeKey = q.value(11).toString();
    r.submittedAt = fromEpoch(q.value(12));
    r.state = q.value(13).toString();
    r.releasedAt = fromEpoch(q.value(14));
    r.level = q.value(16).isNull() ? 0 : q.value(16).toInt();
    if (r.state == FeedbackState::Released) {
        r.deadline = fromEpoch(q.value(15));
    } else if (r.state == FeedbackState::Disputed || r.state == FeedbackState::Escalated) {
        r.deadline = fromEpoch(q.value(17));
    } else if (r.state == FeedbackState::Decided) {
        r.deadline = fromEpoch(q.value(18));
    }
    r.overdue = r.deadline.isValid() && now > r.deadline;
    r.version = q.value(19).toInt();
    r.outcome = q.value(20).toString();
    r.inspectorName = q.value(21).toString();
    return r;
}

} // namespace

std::optional<FeedbackRow> FeedbackStore::row(qint64 evaluationId, const QDateTime &now)
{
    QSqlQuery q = m_connection.run(kRowSelect + QStringLiteral("WHERE e.id = ? AND e.status <> 'draft'"), {evaluationId});
    if (!q.next()) {
        return std::nullopt;
    }
    return rowFrom(q, now);
}

QList<FeedbackRow> FeedbackStore::rows(const FeedbackQuery &query, const QDateTime &now)
{
    QStringList where{QStringLiteral("e.status <> 'draft'")};
    QVariantList values;
    if (!query.agentCode.isEmpty()) {
        where << QStringLiteral("a.code = ?");
        values << query.agentCode;
    }
    if (!query.teamName.isEmpty()) {
        where << QStringLiteral("t.name = ?");
        values << query.teamName;
    }
    if (!query.inspector.isEmpty()) {
        where << QStringLiteral("u.login = ?");
        values << query.inspector;
    }
    if (query.unreleased) {
        where << QStringLiteral("f.evaluation_id IS NULL AND e.status = 'submitted'");
    } else if (!query.states.isEmpty()) {
        QStringList marks;
        for (const QString &state : query.states) {
            marks << QStringLiteral("?");
            values << state;
        }
        where << QStringLiteral("f.state IN (%1)").arg(marks.join(QStringLiteral(", ")));
    } else if (query.releasedOnly) {
        where << QStringLiteral("f.evaluation_id IS NOT NULL");
    } else if (query.notReleased) {
        where << QStringLiteral("f.evaluation_id IS NULL");
    }
    values << query.limit;
    QSqlQuery q = m_connection.run(kRowSelect + QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) +
                                       QStringLiteral(" ORDER BY CASE WHEN f.state IN ('acknowledged', 'final') THEN 1 ELSE 0 END, "
                                                      "COALESCE(f.released_at, e.submitted_at) DESC, e.id DESC "
                                                      "LIMIT ?"),
                                   values);
    QList<FeedbackRow> rows;
    while (q.next()) {
        rows << rowFrom(q, now);
    }
    return rows;
}

std::optional<Feedback> FeedbackStore::feedback(qint64 evaluationId)
{
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT state, released_by, released_at, respond_by, acknowledged_by, acknowledged_at, "
                       "signature_name, signature, version FROM evaluation_feedback WHERE evaluation_id = ?"),
        {evaluationId});
    if (!q.next()) {
        return std::nullopt;
    }
    Feedback f;
    f.evaluationId = evaluationId;
    f.state = q.value(0).toString();
    f.releasedBy = q.value(1).toString();
    f.releasedAt = fromEpoch(q.value(2));
    f.respondBy = fromEpoch(q.value(3));
    f.acknowledgedBy = q.value(4).toString();
    f.acknowledgedAt = fromEpoch(q.value(5));
    f.signatureName = q.value(6).toString();
    f.signature = q.value(7).toString();
    f.version = q.value(8).toInt();
    return f;
}

void FeedbackStore::insertFeedback(const Feedback &f)
{
    m_connection.run(QStringLiteral("INSERT INTO evaluation_feedback (evaluation_id, state, released_by, released_at, "
                                    "respond_by, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {f.evaluationId, f.state, f.releasedBy, f.releasedAt.toSecsSinceEpoch(),
                      f.respondBy.toSecsSinceEpoch(), f.version, f.releasedAt.toSecsSinceEpoch()});
}

void FeedbackStore::setState(qint64 evaluationId, const QString &state)
{
    m_connection.run(QStringLiteral("UPDATE evaluation_feedback SET state = ?, updated_at = ? WHERE evaluation_id = ?"),
                     {state, QDateTime::currentSecsSinceEpoch(), evaluationId});
}

void FeedbackStore::setAcknowledged(qint64 evaluationId, const QString &by, const QDateTime &at, const QString &name,
                                    const QString &signature)
{
    m_connection.run(QStringLiteral("UPDATE evaluation_feedback SET acknowledged_by = ?, acknowledged_at = ?, "
                                    "signature_name = ?, signature = ?, updated_at = ? WHERE evaluation_id = ?"),
                     {by, at.toSecsSinceEpoch(), Connection::text(name), Connection::text(signature),
                      at.toSecsSinceEpoch(), evaluationId});
}

void FeedbackStore::setVersion(qint64 evaluationId, int version)
{
    m_connection.run(QStringLiteral("UPDATE evaluation_feedback SET version = ? WHERE evaluation_id = ?"),
                     {version, evaluationId});
}

void FeedbackStore::setEvaluationStatus(qint64 evaluationId, const QString &status)
{
    m_connection.run(QStringLiteral("UPDATE evaluations SET status = ?, updated_at = ?, row_version = row_version + 1 "
                                    "WHERE id = ?"),
                     {status, QDateTime::currentSecsSinceEpoch(), evaluationId});
}

std::optional<Dispute> FeedbackStore::dispute(qint64 evaluationId)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id, raised_by, raised_at, level, decide_by, escalate_by, "
                                                  "escalation_reason, closed_at FROM disputes WHERE evaluation_id = ?"),
                                   {evaluationId});
    if (!q.next()) {
        return std::nullopt;
    }
    Dispute d;
    d.id = q.value(0).toLongLong();
    d.raisedBy = q.value(1).toString();
    d.raisedAt = fromEpoch(q.value(2));
    d.level = q.value(3).toInt();
    d.decideBy = fromEpoch(q.value(4));
    d.escalateBy = fromEpoch(q.value(5));
    d.escalationReason = q.value(6).toString();
    d.closedAt = fromEpoch(q.value(7));
    QSqlQuery items = m_connection.run(QStringLiteral("SELECT dimension_key, reason, proposed_level, evidence_turns, "
                                                      "evidence_ms FROM dispute_items WHERE dispute_id = ? ORDER BY position"),
                                       {d.id});
    while (items.next()) {
        d.items.append({items.value(0).toString(), items.value(1).toString(), items.value(2).toInt(),
                        splitIds(items.value(3).toString()), splitIds(items.value(4).toString())});
    }
    QSqlQuery decisions = m_connection.run(
        QStringLiteral("SELECT level, decided_by, decided_at, outcome, reason, version_before, version_after "
                       "FROM dispute_decisions WHERE dispute_id = ? ORDER BY level"),
        {d.id});
    while (decisions.next()) {
        DisputeDecision decision;
        decision.level = decisions.value(0).toInt();
        decision.decidedBy = decisions.value(1).toString();
        decision.decidedAt = fromEpoch(decisions.value(2));
        decision.outcome = decisions.value(3).toString();
        decision.reason = decisions.value(4).toString();
        decision.versionBefore = decisions.value(5).toInt();
        decision.versionAfter = decisions.value(6).toInt();
        d.decisions << decision;
    }
    return d;
}

qint64 FeedbackStore::insertDispute(qint64 evaluationId, const QString &raisedBy, const QDateTime &raisedAt,
                                    const QDateTime &decideBy, const QList<DisputeItem> &items)
{
    const qint64 id = m_connection
                          .run(QStringLiteral("INSERT INTO disputes (evaluation_id, raised_by, raised_at, level, "
                                              "decide_by) VALUES (?, ?, ?, 1, ?)"),
                               {evaluationId, raisedBy, raisedAt.toSecsSinceEpoch(), decideBy.toSecsSinceEpoch()})
                          .lastInsertId()
                          .toLongLong();
    QSqlQuery insert = m_connection.prepare(
        QStringLiteral("INSERT INTO dispute_items (dispute_id, dimension_key, position, reason, proposed_level, "
                       "evidence_turns, evidence_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const DisputeItem &item : items) {
        insert.bindValue(0, id);
        insert.bindValue(1, item.dimensionKey);
        insert.bindValue(2, position++);
        insert.bindValue(3, Connection::text(item.reason));
        insert.bindValue(4, item.proposedLevel);
        insert.bindValue(5, Connection::text(joinIds(item.evidenceTurnIds)));
        insert.bindValue(6, Connection::text(joinIds(item.evidenceMs)));
        Connection::exec(insert);
    }
    return id;
}

void FeedbackStore::addDecision(qint64 disputeId, const DisputeDecision &d)
{
    m_connection.run(QStringLiteral("INSERT INTO dispute_decisions (dispute_id, level, decided_by, decided_at, outcome, "
                                    "reason, version_before, version_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {disputeId, d.level, d.decidedBy, d.decidedAt.toSecsSinceEpoch(), d.outcome,
                      Connection::text(d.reason), d.versionBefore, d.versionAfter});
}

void FeedbackStore::escalate(qint64 disputeId, const QDateTime &decideBy, const QString &reason)
{
    m_connection.run(QStringLiteral("UPDATE disputes SET level = 2, decide_by = ?, escalation_reason = ? WHERE id = ?"),
                     {decideBy.toSecsSinceEpoch(), Connection::text(reason), disputeId});
}

void FeedbackStore::setEscalateBy(qint64 disputeId, const QDateTime &escalateBy)
{
    m_connection.run(QStringLiteral("UPDATE disputes SET escalate_by = ? WHERE id = ?"), {epochOrNull(escalateBy), disputeId});
}

void FeedbackStore::close(qint64 disputeId, const QDateTime &at)
{
    m_connection.run(QStringLiteral("UPDATE disputes SET closed_at = ? WHERE id = ?"), {at.toSecsSinceEpoch(), disputeId});
}

QList<LapsedDecision> FeedbackStore::lapsedDecisions(const QDateTime &now, const QString &agentCode,
                                                     const QString &teamName)
{
    QString sql = QStringLiteral(
        "SELECT d.evaluation_id, d.id, d.escalate_by FROM disputes d "
        "JOIN evaluation_feedback f ON f.evaluation_id = d.evaluation_id "
        "JOIN evaluations e ON e.id = d.evaluation_id JOIN interactions i ON i.id = e.interaction_id "
        "JOIN agents a ON a.id = i.agent_id LEFT JOIN teams t ON t.id = a.team_id "
        "WHERE f.state = 'decided' AND d.closed_at IS NULL AND d.escalate_by IS NOT NULL AND d.escalate_by < ?");
    QVariantList values{now.toSecsSinceEpoch()};
    if (!agentCode.isEmpty()) {
        sql += QStringLiteral(" AND a.code = ?");
        values << agentCode;
    }
    if (!teamName.isEmpty()) {
        sql += QStringLiteral(" AND t.name = ?");
        values << teamName;
    }
    QSqlQuery q = m_connection.run(sql + QStringLiteral(" ORDER BY d.escalate_by, d.evaluation_id"), values);
    QList<LapsedDecision> lapsed;
    while (q.next()) {
        lapsed << LapsedDecision{q.value(0).toLongLong(), q.value(1).toLongLong(), fromEpoch(q.value(2))};
    }
    return lapsed;
}

bool FeedbackStore::expire(const LapsedDecision &lapsed)
{
    const QSqlQuery q = m_connection.run(QStringLiteral("UPDATE evaluation_feedback SET state = 'final', updated_at = ? "
                                                        "WHERE evaluation_id = ? AND state = 'decided'"),
                                         {QDateTime::currentSecsSinceEpoch(), lapsed.evaluationId});
    if (q.numRowsAffected() != 1) {
        return false;
    }
    close(lapsed.disputeId, lapsed.escalateBy);
    setEvaluationStatus(lapsed.evaluationId, QStringLiteral("final"));
    return true;
}

QMap<QString, QString> FeedbackStore::displayNames(const QStringList &logins)
{
    QMap<QString, QString> names;
    QStringList marks;
    QVariantList values;
    for (const QString &login : logins) {
        if (!login.isEmpty() && !values.contains(login)) {
            marks << QStringLiteral("?");
            values << login;
        }
    }
    if (values.isEmpty()) {
        return names;
    }
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT login, display_name FROM users WHERE login IN (%1)").arg(marks.join(QStringLiteral(", "))),
        values);
    while (q.next()) {
        if (!q.value(1).toString().isEmpty()) {
            names.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    return names;
}

int FeedbackStore::disputesRaised(const QString &agentCode, const QDateTime &from, const QDateTime &to)
{
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT COUNT(*) FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id "
                       "JOIN interactions i ON i.id = e.interaction_id JOIN agents a ON a.id = i.agent_id "
                       "WHERE a.code = ? AND d.raised_at >= ? AND d.raised_at < ?"),
        {agentCode, from.toSecsSinceEpoch(), to.toSecsSinceEpoch()});
    return q.next() ? q.value(0).toInt() : 0;
}

void FeedbackStore::addVersion(qint64 evaluationId, const EvaluationVersion &v)
{
    m_connection.run(QStringLiteral("INSERT INTO evaluation_versions (evaluation_id, version, snapshot, score, grade_key, "
                                    "critical_failed, replaced_by, replaced_at, dispute_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {evaluationId, v.version, QString::fromUtf8(snapshotOf(v.content)),
                      v.content.score ? QVariant(*v.content.score) : QVariant(QMetaType(QMetaType::Double)),
                      v.content.gradeKey, int(v.content.anyCriticalFailed()), v.replacedBy,
                      v.replacedAt.toSecsSinceEpoch(),
                      v.disputeId > 0 ? QVariant(v.disputeId) : QVariant(QMetaType(QMetaType::LongLong))});
}

QList<EvaluationVersion> FeedbackStore::versions(qint64 evaluationId)
{
    QList<EvaluationVersion> versions;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT version, snapshot, score, grade_key, replaced_by, replaced_at, "
                                                  "dispute_id FROM evaluation_versions WHERE evaluation_id = ? "
                                                  "ORDER BY version"),
                                   {evaluationId});
    while (q.next()) {
        EvaluationVersion v;
        v.version = q.value(0).toInt();
        v.content = evaluationFrom(q.value(1).toString().toUtf8());
        v.content.id = evaluationId;
        if (!q.value(2).isNull()) {
            v.content.score = q.value(2).toDouble();
        }
        v.content.gradeKey = q.value(3).toString();
        v.replacedBy = q.value(4).toString();
        v.replacedAt = fromEpoch(q.value(5));
        v.disputeId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
        versions << v;
    }
    return versions;
}

bool FeedbackStore::turnsBelong(qint64 interactionId, const QList<qint64> &turnIds)
{
    QSqlQuery q = m_connection.prepare(QStringLiteral("SELECT 1 FROM turns WHERE id = ? AND interaction_id = ?"));
    for (const qint64 id : turnIds) {
        q.bindValue(0, id);
        q.bindValue(1, interactionId);
        Connection::exec(q);
        if (!q.next()) {
            return false;
        }
    }
    return true;
}

QList<InspectorRates> FeedbackStore::inspectorRates(const QString &teamName)
{
    // A dispute's final outcome is its highest level's decision; overturned = accepted or partly.
    QString sql = QStringLiteral(
        "SELECT u.login, MAX(u.display_name), COUNT(f.evaluation_id), COUNT(d.id), "
        "SUM(CASE WHEN d.id IS NOT NULL AND EXISTS (SELECT 1 FROM dispute_decisions x WHERE x.dispute_id = d.id) "
        "THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN (SELECT x.outcome FROM dispute_decisions x WHERE x.dispute_id = d.id ORDER BY x.level DESC "
        "LIMIT 1) IN ('accepted', 'partly') THEN 1 ELSE 0 END) "
        "FROM evaluation_feedback f JOIN evaluations e ON e.id = f.evaluation_id JOIN users u ON u.id = e.inspector_id "
        "LEFT JOIN disputes d ON d.evaluation_id = e.id ");
    QVariantList values;
    if (!teamName.isEmpty()) {
        sql += QStringLiteral("JOIN interactions i ON i.id = e.interaction_id JOIN agents a ON a.id = i.agent_id "
                              "JOIN teams t ON t.id = a.team_id WHERE t.name = ? ");
        values << teamName;
    }
    sql += QStringLiteral("GROUP BY u.login ORDER BY u.login");
    QSqlQuery q = m_connection.run(sql, values);
    QList<InspectorRates> rates;
    while (q.next()) {
        InspectorRates r;
        r.inspector = q.value(0).toString();
        r.inspectorName = q.value(1).toString();
        r.released = q.value(2).toLongLong();
        r.disputes = q.value(3).toLongLong();
        r.decided = q.value(4).toLongLong();
        r.overturned = q.value(5).toLongLong();
        rates << r;
    }
    return rates;
}

} // namespace qadesk
