#include "CoachingStore.h"

#include "AuditLog.h"
#include "Connection.h"
#include "Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace qadesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT s.id, a.code, a.name, t.name, s.coach, s.held_on, s.dimension_key, s.notes, s.agent_note, "
    "s.rectification_id, s.created_at FROM coaching_sessions s JOIN agents a ON a.id = s.agent_id "
    "LEFT JOIN teams t ON t.id = a.team_id ");

CoachingSession sessionFrom(const QSqlQuery &q)
{
    CoachingSession s;
    s.id = q.value(0).toLongLong();
    s.agentCode = q.value(1).toString();
    s.agentName = q.value(2).toString();
    s.teamName = q.value(3).toString();
    s.coach = q.value(4).toString();
    s.heldOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.dimensionKey = q.value(6).toString();
    s.notes = q.value(7).toString();
    s.agentNote = q.value(8).toString();
    s.rectificationId = q.value(9).toLongLong();
    s.createdAt = QDateTime::fromSecsSinceEpoch(q.value(10).toLongLong(), QTimeZone::utc());
    return s;
}

const QString kCommitmentSelect =
    QStringLiteral("SELECT c.id, c.session_id, c.text, c.due_date, c.done, c.done_at, c.done_by FROM coaching_commitments c ");

CoachingCommitment commitmentFrom(const QSqlQuery &q)
{
    CoachingCommitment c;
    c.id = q.value(0).toLongLong();
    c.sessionId = q.value(1).toLongLong();
    c.text = q.value(2).toString();
    c.dueDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.done = q.value(4).toInt() != 0;
    if (!q.value(5).isNull()) {
        c.doneAt = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
    }
    c.doneBy = q.value(6).toString();
    return c;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 CoachingStore::create(const QString &actor, const CoachingSession &s)
{
    Transaction transaction(m_connection);
    QSqlQuery agent = m_connection.run(QStringLiteral("SELECT id FROM agents WHERE code = ?"), {s.agentCode});
    if (!agent.next()) {
        throw Error(QCoreApplication::translate("CoachingStore", "There is no agent with the code \"%1\".")
                        .arg(s.agentCode));
    }
    const qint64 agentId = agent.value(0).toLongLong();
    const qint64 now = s.createdAt.isValid() ? s.createdAt.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    const qint64 id =
        m_connection
            .run(QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach, held_on, dimension_key, notes, "
                                "agent_note, rectification_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {agentId, s.coach, s.heldOn.toString(Qt::ISODate),
                  s.dimensionKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.dimensionKey),
                  Connection::text(s.notes), Connection::text(s.agentNote),
                  s.rectificationId > 0 ? QVariant(s.rectificationId) : QVariant(QMetaType(QMetaType::LongLong)), now})
            .lastInsertId()
            .toLongLong();
    for (const qint64 evaluationId : s.evaluationIds) {
        QSqlQuery e = m_connection.run(QStringLiteral("SELECT 1 FROM evaluations e JOIN interactions i ON i.id = "
                                                      "e.interaction_id WHERE e.id = ? AND i.agent_id = ?"),
                                       {evaluationId, agentId});
        if (!e.next()) {
            throw Error(QCoreApplication::translate("CoachingStore", "Evaluation %1 is not one of agent %2's.")
                            .arg(evaluationId)
                            .arg(s.agentCode));
        }
        m_connection.run(QStringLiteral("INSERT INTO coaching_evaluations (session_id, evaluation_id) VALUES (?, ?) "
                                        "ON CONFLICT DO NOTHING"),
                         {id, evaluationId});
    }
    QList<qint64> interactions = s.interactionIds;
    for (const QString &externalId : s.interactionExternalIds) {
        QSqlQuery i = m_connection.run(QStringLiteral("SELECT id FROM interactions WHERE external_id = ? AND agent_id = ?"),
                                       {externalId, agentId});
        if (!i.next()) {
            throw Error(QCoreApplication::translate("CoachingStore", "Interaction %1 is not one of agent %2's.")
                            .arg(externalId, s.agentCode));
        }
        interactions << i.value(0).toLongLong();
    }
    for (const qint64 interactionId : interactions) {
        m_connection.run(QStringLiteral("INSERT INTO coaching_recordings (session_id, interaction_id) VALUES (?, ?) "
                                        "ON CONFLICT DO NOTHING"),
                         {id, interactionId});
    }
    for (const CoachingCommitment &c : s.commitments) {
        m_connection.run(QStringLiteral("INSERT INTO coaching_commitments (session_id, text, due_date) VALUES (?, ?, ?)"),
                         {id, c.text, dateOrNull(c.dueDate)});
    }
    AuditLog(m_connection)
        .append(actor, QStringLiteral("coaching-recorded"), QStringLiteral("coaching"), id,
                compact({{QStringLiteral("agent"), s.agentCode},
                         {QStringLiteral("coach"), s.coach},
                         {QStringLiteral("date"), s.heldOn.toString(Qt::ISODate)},
                         {QStringLiteral("evaluations"), int(s.evaluationIds.size())},
                         {QStringLiteral("recordings"), int(interactions.size())},
                         {QStringLiteral("commitments"), int(s.commitments.size())}}));
    transaction.commit();
    return id;
}

void CoachingStore::readChildren(CoachingSession &s)
{
    QSqlQuery e = m_connection.run(
        QStringLiteral("SELECT evaluation_id FROM coaching_evaluations WHERE session_id = ? ORDER BY evaluation_id"), {s.id});
    while (e.next()) {
        s.evaluationIds << e.value(0).toLongLong();
    }
    QSqlQuery r = m_connection.run(QStringLiteral("SELECT r.interaction_id, i.external_id FROM coaching_recordings r JOIN "
                                                  "interactions i ON i.id = r.interaction_id WHERE r.session_id = ? "
                                                  "ORDER BY i.started_at, i.id"),
                                   {s.id});
    while (r.next()) {
        s.interactionIds << r.value(0).toLongLong();
        s.interactionExternalIds << r.value(1).toString();
    }
    QSqlQuery c = m_connection.run(kCommitmentSelect + QStringLiteral("WHERE c.session_id = ? ORDER BY c.id"), {s.id});
    while (c.next()) {
        s.commitments << commitmentFrom(c);
    }
}

std::optional<CoachingSession> CoachingStore::session(qint64 id)
{
    QSqlQuery q = m_connection.run(kSelect + QStringLiteral("WHERE s.id = ?"), {id});
    if (!q.next()) {
        return std::nullopt;
    }
    CoachingSession s = sessionFrom(q);
    readChildren(s);
    return s;
}

QList<CoachingSession> CoachingStore::list(const QString &agentCode, const QString &teamName)
{
    QStringList where;
    QVariantList values;
    if (!agentCode.isEmpty()) {
        where << QStringLiteral("a.code = ?");
        values << agentCode;
    }
    if (!teamName.isEmpty()) {
        where << QStringLiteral("t.name = ?");
        values << teamName;
    }
    QSqlQuery q = m_connection.run(kSelect +
                                       (where.isEmpty() ? QString()
                                                        : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
                                       QStringLiteral(" ORDER BY s.held_on DESC, s.id DESC"),
                                   values);
    QList<CoachingSession> sessions;
    while (q.next()) {
        sessions << sessionFrom(q);
    }
    for (CoachingSession &s : sessions) {
        readChildren(s);
    }
    return sessions;
}

qint64 CoachingStore::addCommitment(const QString &actor, qint64 sessionId, const QString &text, const QDate &due)
{
    Transaction transaction(m_connection);
    const qint64 id = m_connection
                          .run(QStringLiteral("INSERT INTO coaching_commitments (session_id, text, due_date) VALUES (?, ?, ?)"),
                               {sessionId, text, dateOrNull(due)})
                          .lastInsertId()
                          .toLongLong();
    AuditLog(m_connection)
        .append(actor, QStringLiteral("coaching-commitment"), QStringLiteral("coaching"), sessionId,
                compact({{QStringLiteral("commitment"), id},
                         {QStringLiteral("text"), text},
                         {QStringLiteral("due"), due.toString(Qt::ISODate)}}));
    transaction.commit();
    return id;
}

std::optional<CoachingCommitment> CoachingStore::commitment(qint64 id)
{
    QSqlQuery q = m_connection.run(kCommitmentSelect + QStringLiteral("WHERE c.id = ?"), {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return commitmentFrom(q);
}

void CoachingStore::setDone(const QString &actor, qint64 commitmentId, bool done)
{
    Transaction transaction(m_connection);
    const auto c = commitment(commitmentId);
    if (!c) {
        throw Error(QCoreApplication::translate("CoachingStore", "There is no commitment %1.").arg(commitmentId));
    }
    m_connection.run(QStringLiteral("UPDATE coaching_commitments SET done = ?, done_at = ?, done_by = ? WHERE id = ?"),
                     {int(done), done ? QVariant(QDateTime::currentSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)),
                      done ? QVariant(actor) : QVariant(QMetaType(QMetaType::QString)), commitmentId});
    AuditLog(m_connection)
        .append(actor, done ? QStringLiteral("coaching-commitment-done") : QStringLiteral("coaching-commitment-undone"),
                QStringLiteral("coaching"), c->sessionId, compact({{QStringLiteral("commitment"), commitmentId}}));
    transaction.commit();
}

void CoachingStore::setAgentNote(const QString &actor, qint64 sessionId, const QString &note)
{
    Transaction transaction(m_connection);
    QSqlQuery q = m_connection.run(QStringLiteral("UPDATE coaching_sessions SET agent_note = ? WHERE id = ?"),
                                   {Connection::text(note), sessionId});
    if (q.numRowsAffected() != 1) {
        throw Error(QCoreApplication::translate("CoachingStore", "There is no coaching session %1.").arg(sessionId));
    }
    AuditLog(m_connection).append(actor, QStringLiteral("coaching-agent-note"), QStringLiteral("coaching"), sessionId,
                                  compact({{QStringLiteral("note"), note}}));
    transaction.commit();
}

QList<CoachingCommitment> CoachingStore::openCommitments(const QString &agentCode)
{
    QSqlQuery q = m_connection.run(kCommitmentSelect +
                                       QStringLiteral("JOIN coaching_sessions s ON s.id = c.session_id JOIN agents a ON "
                                                      "a.id = s.agent_id WHERE a.code = ? AND c.done = 0 ORDER BY "
                                                      "CASE WHEN c.due_date IS NULL THEN 1 ELSE 0 END, c.due_date, c.id"),
                                   {agentCode});
    QList<CoachingCommitment> result;
    while (q.next()) {
        result << commitmentFrom(q);
    }
    return result;
}

CoachingTrend CoachingStore::trend(const QString &agentCode, const QString &dimensionKey, const QDate &day, int weeks)
{
    CoachingTrend t;
    t.dimensionKey = dimensionKey;
    t.sessionDay = day;
    t.weeks = weeks;
    if (!day.isValid() || dimensionKey.isEmpty()) {
        return t;
    }
    // Julian day numbers: day % 7 == 0 is a Monday.
    const qint64 week = day.toJulianDay() - day.toJulianDay() % 7;
    const qint64 from = week - 7 * qint64(weeks);
    const qint64 to = week + 7 * qint64(weeks + 1) - 1;
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT i.day - (i.day % 7), COUNT(*), SUM(s.score) FROM interactions i JOIN agents a ON a.id = "
                       "i.agent_id JOIN evaluations e ON e.interaction_id = i.id JOIN evaluation_scores s ON "
                       "s.evaluation_id = e.id WHERE a.code = ? AND i.day BETWEEN ? AND ? AND e.status <> 'draft' AND "
                       "s.dimension_key = ? AND s.not_applicable = 0 AND s.score IS NOT NULL "
                       "GROUP BY i.day - (i.day % 7) ORDER BY 1"),
        {agentCode, from, to, dimensionKey});
    while (q.next()) {
        const qint64 start = q.value(0).toLongLong();
        const qint64 n = q.value(1).toLongLong();
        const WeeklyMean mean{QDate::fromJulianDay(start), q.value(2).toDouble() / double(n), n};
        if (start < week) {
            t.before << mean;
        } else if (start > week) {
            t.after << mean;
        }
    }
    return t;
}

QList<std::pair<qint64, QString>> CoachingStore::recentEvaluations(const QString &agentCode, int limit)
{
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT e.id, i.external_id, e.score FROM evaluations e JOIN interactions i ON i.id = "
                       "e.interaction_id JOIN agents a ON a.id = i.agent_id WHERE a.code = ? AND e.status <> 'draft' "
                       "ORDER BY i.started_at DESC, e.id DESC LIMIT ?"),
        {agentCode, limit});
    QList<std::pair<qint64, QString>> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(),
                       q.value(2).isNull() ? q.value(1).toString()
                                           : QStringLiteral("%1 · %2").arg(q.value(1).toString())
                                                 .arg(q.value(2).toDouble(), 0, 'f', 1)});
    }
    return result;
}

} // namespace qadesk
