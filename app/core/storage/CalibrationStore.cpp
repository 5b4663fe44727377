#include "CalibrationStore.h"

#include "AuditLog.h"
#include "Connection.h"
#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace qadesk {
namespace {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QDateTime fromSecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

} // namespace

qint64 CalibrationStore::create(CalibrationSession &session)
{
    Transaction transaction(m_connection);
    createInTransaction(session);
    transaction.commit();
    return session.id;
}

qint64 CalibrationStore::createInTransaction(CalibrationSession &session)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    session.id =
        m_connection
            .run(QStringLiteral("INSERT INTO calibration_sessions (name, created_by, created_at, deadline, expert, "
                                "blind_until_closed, state, rubric_version_id, kind, plan_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"),
                 {Connection::text(session.name), Connection::text(session.createdBy), now,
                  dateOrNull(session.deadline), textOrNull(session.expert), session.blindUntilClosed ? 1 : 0,
                  session.rubricVersionId,
                  session.isContinuous() ? QStringLiteral("continuous") : QStringLiteral("session"),
                  session.planId > 0 ? QVariant(session.planId) : QVariant(QMetaType(QMetaType::LongLong))})
            .lastInsertId()
            .toLongLong();
    session.createdAt = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
    session.state = QStringLiteral("open");
    const QList<qint64> interactions = session.interactionIds;
    const QStringList participants = session.participants;
    session.interactionIds.clear();
    session.participants.clear();
    int position = 0;
    QSet<qint64> seenInteractions;
    for (const qint64 id : interactions) {
        if (!seenInteractions.contains(id)) {
            seenInteractions.insert(id);
            m_connection.run(
                QStringLiteral("INSERT INTO calibration_items (session_id, interaction_id, position) VALUES (?, ?, ?)"),
                {session.id, id, position++});
            session.interactionIds << id;
        }
    }
    position = 0;
    for (const QString &name : participants) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !session.participants.contains(trimmed)) {
            m_connection.run(QStringLiteral("INSERT INTO calibration_participants (session_id, participant, position) "
                                            "VALUES (?, ?, ?)"),
                             {session.id, trimmed, position++});
            session.participants << trimmed;
        }
    }
    AuditLog(m_connection)
        .append(session.createdBy, QStringLiteral("create"), QStringLiteral("calibration_session"), session.id,
                QStringLiteral("%1; %2 interactions; participants %3%4")
                    .arg(session.name)
                    .arg(session.interactionIds.size())
                    .arg(session.participants.join(QStringLiteral(", ")),
                         session.expert.isEmpty() ? QString() : QStringLiteral("; expert %1").arg(session.expert)));
    return session.id;
}

void CalibrationStore::add(qint64 sessionId, const QList<qint64> &interactionIds, const QStringList &participants,
                           const QString &actor)
{
    Transaction transaction(m_connection);
    const CalibrationSession session = load(sessionId);
    if (session.isClosed()) {
        throw Error(
            QCoreApplication::translate("CalibrationStore", "Calibration session %1 is closed.").arg(sessionId));
    }
    int position = int(session.interactionIds.size());
    int added = 0;
    QSet<qint64> present(session.interactionIds.cbegin(), session.interactionIds.cend());
    for (const qint64 id : interactionIds) {
        if (!present.contains(id)) {
            present.insert(id);
            m_connection.run(
                QStringLiteral("INSERT INTO calibration_items (session_id, interaction_id, position) VALUES (?, ?, ?)"),
                {sessionId, id, position++});
            ++added;
        }
    }
    position = int(session.participants.size());
    QStringList people = session.participants;
    QStringList newPeople;
    for (const QString &name : participants) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !people.contains(trimmed)) {
            people << trimmed;
            newPeople << trimmed;
            m_connection.run(QStringLiteral("INSERT INTO calibration_participants (session_id, participant, position) "
                                            "VALUES (?, ?, ?)"),
                             {sessionId, trimmed, position++});
        }
    }
    AuditLog(m_connection)
        .append(
            actor, QStringLiteral("add"), QStringLiteral("calibration_session"), sessionId,
            QStringLiteral("%1 interactions; participants %2").arg(added).arg(newPeople.join(QStringLiteral(", "))));
    transaction.commit();
}

CalibrationSession CalibrationStore::load(qint64 sessionId)
{
    QSqlQuery q =
        m_connection.run(QStringLiteral("SELECT id, name, created_by, created_at, deadline, expert, "
                                        "blind_until_closed, state, closed_at, rubric_version_id, kind, plan_id "
                                        "FROM calibration_sessions WHERE id = ?"),
                         {sessionId});
    if (!q.next()) {
        throw Error(
            QCoreApplication::translate("CalibrationStore", "There is no calibration session %1.").arg(sessionId));
    }
    CalibrationSession s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.createdBy = q.value(2).toString();
    s.createdAt = fromSecs(q.value(3));
    s.deadline = q.value(4).isNull() ? QDate() : QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.expert = q.value(5).toString();
    s.blindUntilClosed = q.value(6).toInt() != 0;
    s.state = q.value(7).toString();
    s.closedAt = fromSecs(q.value(8));
    s.rubricVersionId = q.value(9).toLongLong();
    s.kind = q.value(10).toString();
    s.planId = q.value(11).toLongLong();
    QSqlQuery items = m_connection.run(
        QStringLiteral("SELECT interaction_id FROM calibration_items WHERE session_id = ? ORDER BY position"),
        {sessionId});
    while (items.next()) {
        s.interactionIds << items.value(0).toLongLong();
    }
    QSqlQuery people = m_connection.run(
        QStringLiteral("SELECT participant FROM calibration_participants WHERE session_id = ? ORDER BY position"),
        {sessionId});
    while (people.next()) {
        s.participants << people.value(0).toString();
    }
    return s;
}

QList<CalibrationSummary> CalibrationStore::list()
{
    QList<CalibrationSummary> out;
    QSqlQuery q =
        m_connection.run(QStringLiteral("SELECT s.id, s.name, s.created_by, s.deadline, s.state, "
                                        "(SELECT count(*) FROM calibration_items i WHERE i.session_id = s.id), "
                                        "(SELECT count(*) FROM calibration_participants p WHERE p.session_id = s.id), "
                                        "(SELECT count(*) FROM calibration_scores c WHERE c.session_id = s.id), s.kind "
                                        "FROM calibration_sessions s ORDER BY s.id DESC"));
    while (q.next()) {
        CalibrationSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.createdBy = q.value(2).toString();
        s.deadline = q.value(3).isNull() ? QDate() : QDate::fromString(q.value(3).toString(), Qt::ISODate);
        s.state = q.value(4).toString();
        s.interactions = q.value(5).toInt();
        s.participants = q.value(6).toInt();
        s.submitted = q.value(7).toInt();
        s.kind = q.value(8).toString();
        out << s;
    }
    return out;
}

QList<CalibrationItem> CalibrationStore::items(qint64 sessionId)
{
    QList<CalibrationItem> out;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT i.id, i.external_id, COALESCE(a.name, a.code), i.channel, "
                                                  "i.started_at FROM calibration_items c "
                                                  "JOIN interactions i ON i.id = c.interaction_id "
                                                  "JOIN agents a ON a.id = i.agent_id "
                                                  "WHERE c.session_id = ? ORDER BY c.position"),
                                   {sessionId});
    while (q.next()) {
        CalibrationItem item;
        item.interactionId = q.value(0).toLongLong();
        item.externalId = q.value(1).toString();
        item.agentName = q.value(2).toString();
        item.channel = q.value(3).toString();
        item.startedAt = fromSecs(q.value(4));
        out << item;
    }
    return out;
}

void CalibrationStore::close(qint64 sessionId, const QString &actor)
{
    Transaction transaction(m_connection);
    if (load(sessionId).isClosed()) {
        transaction.commit();
        return;
    }
    m_connection.run(QStringLiteral("UPDATE calibration_sessions SET state = 'closed', closed_at = ? WHERE id = ?"),
                     {QDateTime::currentSecsSinceEpoch(), sessionId});
    AuditLog(m_connection).append(actor, QStringLiteral("close"), QStringLiteral("calibration_session"), sessionId);
    transaction.commit();
}

void CalibrationStore::saveScore(CalibrationScore &score)
{
    Transaction transaction(m_connection);
    const CalibrationSession session = load(score.sessionId);
    if (session.isClosed()) {
        throw Error(QCoreApplication::translate("CalibrationStore",
                                                "Calibration session %1 is closed: no more scores are taken.")
                        .arg(session.id));
    }
    if (!session.interactionIds.contains(score.interactionId)) {
        throw Error(
            QCoreApplication::translate("CalibrationStore", "Interaction %1 is not part of calibration session %2.")
                .arg(score.interactionId)
                .arg(session.id));
    }
    if (!session.participants.contains(score.participant)) {
        throw Error(QCoreApplication::translate("CalibrationStore", "%1 does not take part in calibration session %2.")
                        .arg(score.participant)
                        .arg(session.id));
    }
    QSqlQuery existing = m_connection.run(QStringLiteral("SELECT id FROM calibration_scores WHERE session_id = ? AND "
                                                         "interaction_id = ? AND participant = ?"),
                                          {score.sessionId, score.interactionId, score.participant});
    if (existing.next()) {
        throw ConflictError(QCoreApplication::translate("CalibrationStore",
                                                        "%1 has already submitted a score of this interaction in "
                                                        "calibration session %2; a submitted score is final.")
                                .arg(score.participant)
                                .arg(session.id),
                            existing.value(0).toLongLong());
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    score.id =
        m_connection
            .run(QStringLiteral("INSERT INTO calibration_scores (session_id, interaction_id, participant, score, "
                                "grade_key, critical_failed, comment, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {score.sessionId, score.interactionId, score.participant,
                  score.score ? QVariant(*score.score) : QVariant(QMetaType(QMetaType::Double)),
                  textOrNull(score.gradeKey), score.anyCriticalFailed() ? 1 : 0, Connection::text(score.comment), now})
            .lastInsertId()
            .toLongLong();
    score.submittedAt = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
    int position = 0;
    for (const DimensionEvaluation &d : score.dimensions) {
        m_connection.run(
            QStringLiteral("INSERT INTO calibration_score_levels (score_id, dimension_key, position, level, "
                           "not_applicable) VALUES (?, ?, ?, ?, ?)"),
            {score.id, d.key, position++,
             d.score && !d.notApplicable ? QVariant(*d.score) : QVariant(QMetaType(QMetaType::Int)),
             d.notApplicable ? 1 : 0});
    }
    for (auto it = score.checklist.cbegin(); it != score.checklist.cend(); ++it) {
        m_connection.run(
            QStringLiteral("INSERT INTO calibration_score_checklist (score_id, step_key, result) VALUES (?, ?, ?)"),
            {score.id, it.key(), textOrNull(it.value())});
    }
    for (auto it = score.criticalFailed.cbegin(); it != score.criticalFailed.cend(); ++it) {
        m_connection.run(
            QStringLiteral("INSERT INTO calibration_score_critical (score_id, item_key, failed) VALUES (?, ?, ?)"),
            {score.id, it.key(), it.value() ? 1 : 0});
    }
    AuditLog(m_connection)
        .append(score.participant, QStringLiteral("calibration_score"), QStringLiteral("calibration_session"),
                score.sessionId, QStringLiteral("interaction %1").arg(score.interactionId));
    transaction.commit();
}

QList<CalibrationScore> CalibrationStore::scores(qint64 sessionId)
{
    QList<CalibrationScore> out;
    QHash<qint64, qsizetype> byId;
    QSqlQuery q = m_connection.run(
        QStringLiteral(
            "SELECT c.id, c.interaction_id, c.participant, c.score, c.grade_key, c.comment, c.submitted_at "
            "FROM calibration_scores c "
            "JOIN calibration_items i ON i.session_id = c.session_id AND i.interaction_id = c.interaction_id "
            "LEFT JOIN calibration_participants p ON p.session_id = c.session_id AND p.participant = c.participant "
            "WHERE c.session_id = ? ORDER BY i.position, p.position, c.id"),
        {sessionId});
    while (q.next()) {
        CalibrationScore s;
        s.id = q.value(0).toLongLong();
        s.sessionId = sessionId;
        s.interactionId = q.value(1).toLongLong();
        s.participant = q.value(2).toString();
        if (!q.value(3).isNull()) {
            s.score = q.value(3).toDouble();
        }
        s.gradeKey = q.value(4).toString();
        s.comment = q.value(5).toString();
        s.submittedAt = fromSecs(q.value(6));
        byId.insert(s.id, out.size());
        out << s;
    }
    QSqlQuery levels = m_connection.run(
        QStringLiteral(
            "SELECT l.score_id, l.dimension_key, l.level, l.not_applicable FROM calibration_score_levels l "
            "JOIN calibration_scores c ON c.id = l.score_id WHERE c.session_id = ? ORDER BY l.score_id, l.position"),
        {sessionId});
    while (levels.next()) {
        const auto it = byId.constFind(levels.value(0).toLongLong());
        if (it == byId.constEnd()) {
            continue;
        }
        DimensionEvaluation d;
        d.key = levels.value(1).toString();
        if (!levels.value(2).isNull()) {
            d.score = levels.value(2).toInt();
        }
        d.notApplicable = levels.value(3).toInt() != 0;
        out[*it].dimensions << d;
    }
    QSqlQuery checklist =
        m_connection.run(QStringLiteral("SELECT k.score_id, k.step_key, k.result FROM calibration_score_checklist k "
                                        "JOIN calibration_scores c ON c.id = k.score_id WHERE c.session_id = ?"),
                         {sessionId});
    while (checklist.next()) {
        if (const auto it = byId.constFind(checklist.value(0).toLongLong()); it != byId.constEnd()) {
            out[*it].checklist.insert(checklist.value(1).toString(), checklist.value(2).toString());
        }
    }
    QSqlQuery critical =
        m_connection.run(QStringLiteral("SELECT k.score_id, k.item_key, k.failed FROM calibration_score_critical k "
                                        "JOIN calibration_scores c ON c.id = k.score_id WHERE c.session_id = ?"),
                         {sessionId});
    while (critical.next()) {
        if (const auto it = byId.constFind(critical.value(0).toLongLong()); it != byId.constEnd()) {
            out[*it].criticalFailed.insert(critical.value(1).toString(), critical.value(2).toInt() != 0);
        }
    }
    return out;
}

QList<ReliabilityPair> CalibrationStore::reliabilityPairs()
{
    QList<ReliabilityPair> pairs;
    QList<qint64> scoreIds;
    QSqlQuery q = m_connection.run(QStringLiteral(
        "SELECT c.id, c.interaction_id, s.created_by, c.participant, c.score, c.submitted_at, e.id, e.score, "
        "e.submitted_at FROM calibration_scores c "
        "JOIN calibration_sessions s ON s.id = c.session_id "
        "JOIN users u ON u.login = s.created_by "
        "JOIN evaluations e ON e.id = (SELECT max(x.id) FROM evaluations x WHERE x.interaction_id = c.interaction_id "
        "AND x.inspector_id = u.id AND x.status <> 'draft') "
        "WHERE s.kind = 'continuous' ORDER BY c.submitted_at, c.id"));
    QList<qint64> evaluationIds;
    while (q.next()) {
        ReliabilityPair pair;
        scoreIds << q.value(0).toLongLong();
        pair.interactionId = q.value(1).toLongLong();
        pair.first = q.value(2).toString();
        pair.second = q.value(3).toString();
        if (!q.value(4).isNull()) {
            pair.secondScore = q.value(4).toDouble();
        }
        evaluationIds << q.value(6).toLongLong();
        if (!q.value(7).isNull()) {
            pair.firstScore = q.value(7).toDouble();
        }
        pair.completedAt = fromSecs(std::max(q.value(5).toLongLong(), q.value(8).toLongLong()));
        pairs << pair;
    }
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        QSqlQuery second = m_connection.run(QStringLiteral("SELECT dimension_key, level FROM calibration_score_levels "
                                                           "WHERE score_id = ? AND level IS NOT NULL"),
                                            {scoreIds.at(i)});
        while (second.next()) {
            pairs[i].secondLevels.insert(second.value(0).toString(), second.value(1).toInt());
        }
        QSqlQuery first =
            m_connection.run(QStringLiteral("SELECT dimension_key, score FROM evaluation_scores WHERE "
                                            "evaluation_id = ? AND score IS NOT NULL AND not_applicable = 0"),
                             {evaluationIds.at(i)});
        while (first.next()) {
            pairs[i].firstLevels.insert(first.value(0).toString(), first.value(1).toInt());
        }
    }
    return pairs;
}

int CalibrationStore::pendingReliabilityPairs()
{
    QSqlQuery q = m_connection.run(QStringLiteral(
        "SELECT count(*) FROM calibration_scores c JOIN calibration_sessions s ON s.id = c.session_id "
        "WHERE s.kind = 'continuous' AND NOT EXISTS (SELECT 1 FROM evaluations x JOIN users u ON u.id = x.inspector_id "
        "WHERE x.interaction_id = c.interaction_id AND u.login = s.created_by AND x.status <> 'draft')"));
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<qint64> CalibrationStore::interactionId(const QString &externalId)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id FROM interactions WHERE external_id = ?"), {externalId});
    if (q.next()) {
        return q.value(0).toLongLong();
    }
    return std::nullopt;
}

} // namespace qadesk
