#include "SamplingStore.h"

#include "AuditLog.h"
#include "CalibrationStore.h"
#include "Connection.h"
#include "EvaluationStore.h"
#include "FilterKeys.h"
#include "RubricStore.h"
#include "TeamLogins.h"
#include "WorkQueueStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace qadesk {

QList<SampleCandidate> SamplingStore::candidates(const SampleRequest &request)
{
    // interactions.day is the local day in the organisation's zone (OrganisationZone; renumbered when it changes),
    // indexed with the agent: the period is a range scan.
    QStringList where{QStringLiteral("i.day BETWEEN ? AND ?")};
    QVariantList values{request.from.toJulianDay(), request.to.toJulianDay()};
    FilterKeys::fromIds(request.teamId).appendRawConditions(request.channel, request.category, where, values);
    if (request.transcriptsOnly) {
        where << QStringLiteral("i.turn_count > 0");
    }
    // In team mode a person reads only their queue: the draw reads the period's frame (ids, agents, the
    // columns filtered on; qadesk_sampling_frame, SECURITY DEFINER) instead of the interactions table.
    const bool frame = TeamLogins(m_connection).isPerson();
    if (request.skipEvaluated) {
        where << (frame ? QStringLiteral("NOT i.evaluated")
                        : QStringLiteral("NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.interaction_id = i.id)"));
    }
    if (frame) {
        values.prepend(request.to.toJulianDay());
        values.prepend(request.from.toJulianDay());
    }
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT i.id, i.agent_id, CASE WHEN i.complaint = 1 OR i.category = 'complaint' THEN 1 ELSE 0 "
                       "END, i.csat FROM %1 i WHERE %2")
            .arg(frame ? QStringLiteral("qadesk_sampling_frame(?, ?)") : QStringLiteral("interactions"),
                 where.join(QStringLiteral(" AND "))),
        values);
    QList<SampleCandidate> result;
    while (q.next()) {
        SampleCandidate c;
        c.interactionId = q.value(0).toLongLong();
        c.agentId = q.value(1).toLongLong();
        c.complaint = q.value(2).toInt() != 0;
        if (!q.value(3).isNull()) {
            c.csat = q.value(3).toInt();
        }
        result << c;
    }
    return result;
}

void SamplingStore::savePlan(const SampleRequest &request, SampleDrawResult &result, const QList<qint64> &drawn,
                             const QList<qint64> &doubleScored)
{
    const QJsonObject parameters{
        {QStringLiteral("team_id"), request.teamId},
        {QStringLiteral("channel"), request.channel},
        {QStringLiteral("category"), request.category},
        {QStringLiteral("transcripts_only"), request.transcriptsOnly},
        {QStringLiteral("skip_evaluated"), request.skipEvaluated},
        {QStringLiteral("complaint_weight"), request.options.complaintWeight},
        {QStringLiteral("low_csat_weight"), request.options.lowCsatWeight},
        {QStringLiteral("low_csat_max"), request.options.lowCsatMax},
    };
    Transaction transaction(m_connection);
    EvaluationStore evaluations(m_connection);
    WorkQueueStore queue(m_connection);
    const qint64 inspectorId = evaluations.userId(request.inspector);
    result.planId =
        m_connection
            .run(QStringLiteral("INSERT INTO sampling_plans (inspector_id, created_at, day_from, day_to, per_agent, "
                                "seed, parameters, candidates, drawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {inspectorId, QDateTime::currentSecsSinceEpoch(), request.from.toJulianDay(), request.to.toJulianDay(),
                  request.options.perAgent,
                  // BIGINT is signed: the seed's 64 bits are stored as they are.
                  qint64(request.options.seed),
                  QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)), result.candidates,
                  int(drawn.size())})
            .lastInsertId()
            .toLongLong();
    const qint64 before = queue.queueSize(request.inspector);
    for (const qint64 id : drawn) {
        queue.add(request.inspector, id, result.planId);
    }
    result.added = int(queue.queueSize(request.inspector) - before);
    result.drawn = int(drawn.size());
    if (!doubleScored.isEmpty()) {
        RubricStore rubrics(m_connection);
        CalibrationSession session;
        session.name = QCoreApplication::translate("SamplingStore", "Double scoring of sample %1 (%2)")
                           .arg(result.planId)
                           .arg(request.inspector);
        session.createdBy = request.inspector;
        session.participants = {request.secondInspector.trimmed()};
        session.interactionIds = doubleScored;
        session.blindUntilClosed = true;
        session.kind = QStringLiteral("continuous");
        session.planId = result.planId;
        session.rubricVersionId = rubrics.currentVersionId(rubrics.current().key);
        if (session.rubricVersionId == 0) {
            session.rubricVersionId = rubrics.ensureDefault();
        }
        result.reliabilitySessionId = CalibrationStore(m_connection).createInTransaction(session);
        result.doubleScored = int(doubleScored.size());
    }
    AuditLog(m_connection)
        .append(request.inspector, QStringLiteral("sample"), QStringLiteral("sampling_plan"), result.planId,
                QStringLiteral("seed=%1 per_agent=%2 from=%3 to=%4 drawn=%5")
                    .arg(request.options.seed)
                    .arg(request.options.perAgent)
                    .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
                    .arg(drawn.size()));
    transaction.commit();
}

QDate SamplingStore::latestDay()
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT MAX(day) FROM interactions"));
    if (q.next() && !q.value(0).isNull()) {
        return QDate::fromJulianDay(q.value(0).toLongLong());
    }
    return {};
}

} // namespace qadesk
