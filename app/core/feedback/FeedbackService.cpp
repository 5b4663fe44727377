#include "FeedbackService.h"

#include "Error.h"
#include "domain/DomainLabels.h"
#include "feedback/WorkingDays.h"
#include "scoring/ScoreCalculator.h"
#include "storage/AuditLog.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/FeedbackStore.h"
#include "storage/OrganisationZone.h"
#include "storage/PeopleStore.h"
#include "storage/RubricStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace qadesk {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The drawn signature is kept small: a JSON array of strokes, each an array of [x, y] points.
constexpr qsizetype kMaxSignatureBytes = 64 * 1024;

} // namespace

FeedbackService::FeedbackService(Connection &connection, Person actor, Clock clock)
    : m_connection(connection), m_actor(std::move(actor)), m_clock(std::move(clock))
{
}

QDateTime FeedbackService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString FeedbackService::when(const QDateTime &utc) const
{
    return utc.toTimeZone(OrganisationZone::zone(m_connection)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void FeedbackService::requireAllowed(Action action, const QString &what) const
{
    if (!allows(m_actor.role, action)) {
        throw Error(tr("%1 (%2) may not %3.").arg(m_actor.login, DomainLabels::role(roleKey(m_actor.role)), what));
    }
}

FeedbackRow FeedbackService::requireRow(qint64 evaluationId)
{
    std::optional<FeedbackRow> row = FeedbackStore(m_connection).row(evaluationId, now());
    if (!row) {
        throw Error(tr("Evaluation %1 does not exist or has not been submitted.").arg(evaluationId));
    }
    return *row;
}

bool FeedbackService::isOwnAgent(const FeedbackRow &row) const
{
    return m_actor.role == Role::Agent && !m_actor.agentCode.isEmpty() && m_actor.agentCode == row.agentCode;
}

bool FeedbackService::leadsTeamOf(const FeedbackRow &row) const
{
    if (m_actor.role == Role::QaManager || m_actor.role == Role::Admin) {
        return true;
    }
    return m_actor.role == Role::Lead && !m_actor.team.isEmpty() && m_actor.team == row.teamName;
}

bool FeedbackService::mayView(const FeedbackRow &row) const
{
    switch (m_actor.role) {
    case Role::Agent:
        return isOwnAgent(row) && !row.state.isEmpty();
    case Role::Inspector:
        return row.inspector == m_actor.login;
    case Role::Lead:
        return leadsTeamOf(row) || row.inspector == m_actor.login;
    case Role::QaManager:
    case Role::Admin:
        return true;
    }
    return false;
}

void FeedbackService::audit(const QString &action, qint64 evaluationId, const QString &detail)
{
    AuditLog(m_connection).append(m_actor.login, action, QStringLiteral("evaluation"), evaluationId, detail);
}

void FeedbackService::release(qint64 evaluationId)
{
    release(QList<qint64>{evaluationId});
}

void FeedbackService::release(const QList<qint64> &evaluationIds)
{
    requireAllowed(Action::ReleaseEvaluations, tr("release evaluations to agents"));
    Transaction transaction(m_connection);
    for (const qint64 id : evaluationIds) {
        releaseOne(id);
    }
    transaction.commit();
}

void FeedbackService::releaseLatestOf(qint64 interactionId, const QString &inspector)
{
    const std::optional<Evaluation> latest = EvaluationStore(m_connection).latestForInteraction(interactionId, inspector);
    if (!latest || latest->status != QLatin1String("submitted")) {
        throw Error(tr("%1 has no submitted evaluation of this interaction to release.").arg(inspector));
    }
    release(latest->id);
}

void FeedbackService::releaseOne(qint64 evaluationId)
{
    const FeedbackRow row = requireRow(evaluationId);
    const bool own = row.inspector == m_actor.login;
    if (m_actor.role == Role::Inspector && !own) {
        throw Error(tr("%1 may release only their own evaluations; evaluation %2 is %3's.")
                        .arg(m_actor.login)
                        .arg(evaluationId)
                        .arg(row.inspector));
    }
    if (m_actor.role == Role::Lead && !own && !leadsTeamOf(row)) {
        throw Error(tr("%1 leads %2; evaluation %3 is of an agent of %4.")
                        .arg(m_actor.login, m_actor.team.isEmpty() ? tr("no team") : m_actor.team)
                        .arg(evaluationId)
                        .arg(row.teamName));
    }
    if (!row.state.isEmpty()) {
        throw Error(tr("Evaluation %1 was already released to the agent.").arg(evaluationId));
    }
    if (row.status != QLatin1String("submitted")) {
        throw Error(tr("Evaluation %1 is %2: only a submitted evaluation can be released.")
                        .arg(evaluationId)
                        .arg(DomainLabels::status(row.status)));
    }
    const DisputePolicy policy = RubricStore(m_connection).load(int(row.rubricVersionId)).dispute;
    Feedback feedback;
    feedback.evaluationId = evaluationId;
    feedback.state = FeedbackState::Released;
    feedback.releasedBy = m_actor.login;
    feedback.releasedAt = now();
    feedback.respondBy =
        WorkingDays::deadline(feedback.releasedAt, policy.windowWorkingDays, OrganisationZone::zone(m_connection));
    FeedbackStore(m_connection).insertFeedback(feedback);
    audit(QStringLiteral("feedback-release"), evaluationId,
          compact({{QStringLiteral("agent"), row.agentCode},
                   {QStringLiteral("respond_by"), feedback.respondBy.toString(Qt::ISODate)}}));
}

FeedbackRow FeedbackService::requireReleasedOwn(qint64 evaluationId, AgentAnswer answer)
{
    // Whole sentences per answer, so that a translation never has to assemble a verb into one.
    const bool acknowledging = answer == AgentAnswer::Acknowledge;
    requireAllowed(Action::AcknowledgeEvaluations, acknowledging ? tr("acknowledge evaluations") : tr("dispute evaluations"));
    const FeedbackRow row = requireRow(evaluationId);
    if (!isOwnAgent(row)) {
        throw Error((acknowledging ? tr("%1 may acknowledge only their own evaluations; evaluation %2 is of agent %3.")
                                   : tr("%1 may dispute only their own evaluations; evaluation %2 is of agent %3."))
                        .arg(m_actor.login)
                        .arg(evaluationId)
                        .arg(row.agentCode));
    }
    if (row.state.isEmpty()) {
        throw Error(tr("Evaluation %1 has not been released to the agent yet.").arg(evaluationId));
    }
    if (row.state != FeedbackState::Released) {
        throw Error((acknowledging ? tr("Evaluation %1 cannot be acknowledged: it is already %2.")
                                   : tr("Evaluation %1 cannot be disputed: it is already %2."))
                        .arg(evaluationId)
                        .arg(DomainLabels::feedbackState(row.state)));
    }
    return row;
}

void FeedbackService::acknowledge(qint64 evaluationId, const QString &typedName, const QString &signature)
{
    Transaction transaction(m_connection);
    const FeedbackRow row = requireReleasedOwn(evaluationId, AgentAnswer::Acknowledge);
    if (typedName.trimmed().isEmpty()) {
        throw Error(tr("An acknowledgement needs the agent's name typed as a signature."));
    }
    if (!signature.isEmpty()) {
        if (signature.size() > kMaxSignatureBytes || !QJsonDocument::fromJson(signature.toUtf8()).isArray()) {
            throw Error(tr("The drawn signature must be a JSON list of strokes of at most 64 KB."));
        }
    }
    const QDateTime at = now();
    FeedbackStore store(m_connection);
    store.setAcknowledged(evaluationId, m_actor.login, at, typedName.trimmed(), signature);
    store.setState(evaluationId, FeedbackState::Acknowledged);
    store.setEvaluationStatus(evaluationId, QStringLiteral("final"));
    audit(QStringLiteral("feedback-acknowledge"), evaluationId,
          compact({{QStringLiteral("name"), typedName.trimmed()},
                   {QStringLiteral("signed"), !signature.isEmpty()},
                   {QStringLiteral("late"), row.overdue}}));
    transaction.commit();
}

qint64 FeedbackService::dispute(qint64 evaluationId, const QList<DisputeItem> &items)
{
    Transaction transaction(m_connection);
    const FeedbackRow row = requireReleasedOwn(evaluationId, AgentAnswer::Dispute);
    const QDateTime at = now();
    if (at > row.deadline) {
        throw Error(tr("The window to dispute evaluation %1 closed at %2.").arg(evaluationId).arg(when(row.deadline)));
    }
    const Rubric rubric = RubricStore(m_connection).load(int(row.rubricVersionId));
    const QTimeZone zone = OrganisationZone::zone(m_connection);
    FeedbackStore store(m_connection);
    const QDate today = at.toTimeZone(zone).date();
    const QDate monthStart(today.year(), today.month(), 1);
    const int raised = store.disputesRaised(row.agentCode, monthStart.startOfDay(zone).toUTC(),
                                            monthStart.addMonths(1).startOfDay(zone).toUTC());
    if (raised >= rubric.dispute.maxPerMonth) {
        throw Error(tr("Agent %1 has raised %2 disputes this month, the most the rubric allows (%3).")
                        .arg(row.agentCode)
                        .arg(raised)
                        .arg(rubric.dispute.maxPerMonth));
    }
    if (items.isEmpty()) {
        throw Error(tr("A dispute names at least one dimension, with a reason and the level proposed."));
    }
    QSet<QString> seen;
    for (const DisputeItem &item : items) {
        if (rubric.dimensionIndex(item.dimensionKey) < 0) {
            throw Error(tr("The rubric of evaluation %1 has no dimension \"%2\".").arg(evaluationId).arg(item.dimensionKey));
        }
        if (seen.contains(item.dimensionKey)) {
            throw Error(tr("The dimension \"%1\" is disputed twice.").arg(item.dimensionKey));
        }
        seen.insert(item.dimensionKey);
        if (item.reason.trimmed().isEmpty()) {
            throw Error(tr("The dispute of \"%1\" needs a reason.").arg(item.dimensionKey));
        }
        if (item.proposedLevel < 1 || item.proposedLevel > 5) {
            throw Error(tr("The level proposed for \"%1\" must be 1 to 5.").arg(item.dimensionKey));
        }
        if (!store.turnsBelong(row.interactionId, item.evidenceTurnIds)) {
            throw Error(tr("An evidence turn of \"%1\" is not in this interaction's transcript.").arg(item.dimensionKey));
        }
        for (const qint64 ms : item.evidenceMs) {
            if (ms < 0) {
                throw Error(tr("A recording time of \"%1\" is negative.").arg(item.dimensionKey));
            }
        }
    }
    const QDateTime decideBy = WorkingDays::deadline(at, rubric.dispute.decisionWorkingDays, zone);
    const qint64 id = store.insertDispute(evaluationId, m_actor.login, at, decideBy, items);
    store.setState(evaluationId, FeedbackState::Disputed);
    store.setEvaluationStatus(evaluationId, QStringLiteral("disputed"));
    QJsonArray dimensions;
    for (const DisputeItem &item : items) {
        dimensions.append(QJsonObject{{QStringLiteral("dimension"), item.dimensionKey},
                                      {QStringLiteral("proposed_level"), item.proposedLevel},
                                      {QStringLiteral("reason"), item.reason}});
    }
    audit(QStringLiteral("dispute-raise"), evaluationId,
          compact({{QStringLiteral("dispute"), id},
                   {QStringLiteral("items"), dimensions},
                   {QStringLiteral("decide_by"), decideBy.toString(Qt::ISODate)}}));
    transaction.commit();
    return id;
}

int FeedbackService::decide(qint64 evaluationId, const QString &outcome, const QString &reason, const Rescore &rescore)
{
    if (outcome != QLatin1String("accepted") && outcome != QLatin1String("partly") &&
        outcome != QLatin1String("rejected")) {
        throw Error(tr("A decision is accepted, partly or rejected (not \"%1\").").arg(outcome));
    }
    Transaction transaction(m_connection);
    const FeedbackRow row = requireRow(evaluationId);
    int level = 0;
    if (row.state == FeedbackState::Disputed) {
        level = 1;
        requireAllowed(Action::DecideDisputesFirst, tr("decide disputes"));
        if (!leadsTeamOf(row)) {
            throw Error(tr("%1 leads %2 and may decide only their team's disputes; evaluation %3 is of an agent of %4.")
                            .arg(m_actor.login, m_actor.team.isEmpty() ? tr("no team") : m_actor.team)
                            .arg(evaluationId)
                            .arg(row.teamName));
        }
    } else if (row.state == FeedbackState::Escalated) {
        level = 2;
        requireAllowed(Action::DecideDisputesFinal, tr("take the final decision (终审) on escalated disputes"));
    } else {
        throw Error(tr("Evaluation %1 has no dispute waiting for a decision (it is %2).")
                        .arg(evaluationId)
                        .arg(row.state.isEmpty() ? DomainLabels::status(row.status) : DomainLabels::feedbackState(row.state)));
    }
    if (reason.trimmed().isEmpty()) {
        throw Error(tr("A decision needs a reason the agent can read."));
    }
    FeedbackStore store(m_connection);
    const Dispute dispute = *store.dispute(evaluationId);
    Rescore changes = rescore;
    if (outcome == QLatin1String("rejected") && !changes.isEmpty()) {
        throw Error(tr("A rejected dispute keeps the scores: leave out the rescore."));
    }
    if (outcome == QLatin1String("accepted") && changes.isEmpty()) {
        for (const DisputeItem &item : dispute.items) {
            changes.insert(item.dimensionKey, item.proposedLevel);
        }
    }
    if (outcome == QLatin1String("partly") && changes.isEmpty()) {
        throw Error(tr("A dispute accepted in part needs the new levels (the rescore)."));
    }
    const Rubric rubric = RubricStore(m_connection).load(int(row.rubricVersionId));
    EvaluationStore evaluations(m_connection);
    const Evaluation before = evaluations.load(evaluationId);
    Evaluation after = before;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (rubric.dimensionIndex(it.key()) < 0) {
            throw Error(tr("The rubric of evaluation %1 has no dimension \"%2\".").arg(evaluationId).arg(it.key()));
        }
        if (it.value() && (*it.value() < 1 || *it.value() > 5)) {
            throw Error(tr("The new level of \"%1\" must be 1 to 5 or N/A.").arg(it.key()));
        }
        bool found = false;
        for (DimensionEvaluation &d : after.dimensions) {
            if (d.key == it.key()) {
                d.score = it.value();
                d.notApplicable = !it.value().has_value();
                found = true;
            }
        }
        if (!found) {
            DimensionEvaluation d;
            d.key = it.key();
            d.score = it.value();
            d.notApplicable = !it.value().has_value();
            after.dimensions << d;
        }
    }
    const Feedback feedback = *store.feedback(evaluationId);
    int version = feedback.version;
    const bool rescored = after.dimensions != before.dimensions;
    if (rescored) {
        QList<DimensionInput> inputs;
        for (const RubricDimension &dimension : rubric.dimensions) {
            DimensionInput input;
            for (const DimensionEvaluation &d : after.dimensions) {
                if (d.key == dimension.key) {
                    input.score = d.score;
                    input.notApplicable = d.notApplicable;
                }
            }
            inputs << input;
        }
        const ScoreResult result = ScoreCalculator::compute(rubric, inputs, after.anyCriticalFailed());
        after.score = result.score;
        after.gradeKey = result.gradeKey;
        EvaluationVersion old;
        old.version = version;
        old.content = before;
        old.replacedBy = m_actor.login;
        old.replacedAt = now();
        old.disputeId = dispute.id;
        store.addVersion(evaluationId, old);
        evaluations.replaceContent(after);
        ++version;
        store.setVersion(evaluationId, version);
    }
    DisputeDecision decision;
    decision.level = level;
    decision.decidedBy = m_actor.login;
    decision.decidedAt = now();
    decision.outcome = outcome;
    decision.reason = reason.trimmed();
    decision.versionBefore = feedback.version;
    decision.versionAfter = version;
    store.addDecision(dispute.id, decision);
    if (level == 1) {
        store.setState(evaluationId, FeedbackState::Decided);
        store.setEscalateBy(dispute.id, WorkingDays::deadline(decision.decidedAt, rubric.dispute.windowWorkingDays,
                                                              OrganisationZone::zone(m_connection)));
    } else {
        store.setState(evaluationId, FeedbackState::Final);
        store.close(dispute.id, decision.decidedAt);
        store.setEvaluationStatus(evaluationId, QStringLiteral("final"));
    }
    QJsonObject detail{{QStringLiteral("dispute"), dispute.id},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("outcome"), outcome},
                       {QStringLiteral("reason"), decision.reason},
                       {QStringLiteral("version"), version}};
    if (rescored) {
        detail.insert(QStringLiteral("score_before"), before.score ? QJsonValue(*before.score) : QJsonValue());
        detail.insert(QStringLiteral("score_after"), after.score ? QJsonValue(*after.score) : QJsonValue());
    }
    audit(QStringLiteral("dispute-decide-%1").arg(level), evaluationId, compact(detail));
    transaction.commit();
    return version;
}

void FeedbackService::accept(qint64 evaluationId)
{
    Transaction transaction(m_connection);
    const FeedbackRow row = requireRow(evaluationId);
    if (row.state != FeedbackState::Decided) {
        throw Error(tr("Evaluation %1 has no level-1 decision waiting for the agent.").arg(evaluationId));
    }
    const bool lapsed = now() > row.deadline;
    if (!isOwnAgent(row)) {
        const bool closer = allows(m_actor.role, Action::DecideDisputesFirst) && leadsTeamOf(row);
        if (!closer) {
            throw Error(tr("%1 may not accept the decision on evaluation %2: only its agent can.")
                            .arg(m_actor.login)
                            .arg(evaluationId));
        }
        if (!lapsed) {
            throw Error(tr("The agent may still escalate evaluation %1 until %2; it can be closed after that.")
                            .arg(evaluationId)
                            .arg(when(row.deadline)));
        }
    }
    FeedbackStore store(m_connection);
    const Dispute dispute = *store.dispute(evaluationId);
    store.setState(evaluationId, FeedbackState::Final);
    store.close(dispute.id, now());
    store.setEvaluationStatus(evaluationId, QStringLiteral("final"));
    audit(QStringLiteral("dispute-accept"), evaluationId,
          compact({{QStringLiteral("dispute"), dispute.id}, {QStringLiteral("window_passed"), lapsed}}));
    transaction.commit();
}

void FeedbackService::escalate(qint64 evaluationId, const QString &reason)
{
    requireAllowed(Action::AcknowledgeEvaluations, tr("escalate disputes"));
    Transaction transaction(m_connection);
    const FeedbackRow row = requireRow(evaluationId);
    if (!isOwnAgent(row)) {
        throw Error(tr("%1 may escalate only their own disputes; evaluation %2 is of agent %3.")
                        .arg(m_actor.login)
                        .arg(evaluationId)
                        .arg(row.agentCode));
    }
    const QDateTime at = now();
    QDateTime closedAt = row.state == FeedbackState::Decided ? row.deadline : QDateTime();
    if (row.state == FeedbackState::Final) {
        // Closed already because the window passed (closeLapsed): say so rather than "nothing to escalate".
        const std::optional<Dispute> closed = FeedbackStore(m_connection).dispute(evaluationId);
        if (closed && closed->level == 1 && closed->escalateBy.isValid() && at > closed->escalateBy) {
            closedAt = closed->escalateBy;
        }
    }
    if (closedAt.isValid() && at > closedAt) {
        throw Error(tr("The window to escalate evaluation %1 closed at %2; the level-1 decision stands.")
                        .arg(evaluationId)
                        .arg(when(closedAt)));
    }
    if (row.state != FeedbackState::Decided) {
        throw Error(tr("Evaluation %1 has no level-1 decision to escalate.").arg(evaluationId));
    }
    const DisputePolicy policy = RubricStore(m_connection).load(int(row.rubricVersionId)).dispute;
    FeedbackStore store(m_connection);
    const Dispute dispute = *store.dispute(evaluationId);
    const QDateTime decideBy =
        WorkingDays::deadline(at, policy.decisionWorkingDays, OrganisationZone::zone(m_connection));
    store.escalate(dispute.id, decideBy, reason.trimmed());
    store.setState(evaluationId, FeedbackState::Escalated);
    audit(QStringLiteral("dispute-escalate"), evaluationId,
          compact({{QStringLiteral("dispute"), dispute.id},
                   {QStringLiteral("reason"), reason.trimmed()},
                   {QStringLiteral("decide_by"), decideBy.toString(Qt::ISODate)}}));
    transaction.commit();
}

int FeedbackService::closeLapsed()
{
    QString agentCode;
    QString teamName;
    switch (m_actor.role) {
    case Role::Agent:
        agentCode = m_actor.agentCode;
        if (agentCode.isEmpty()) {
            return 0;
        }
        break;
    case Role::Lead:
        teamName = m_actor.team;
        if (teamName.isEmpty()) {
            return 0;
        }
        break;
    case Role::Inspector:
        return 0;
    case Role::QaManager:
    case Role::Admin:
        break;
    }
    const QDateTime at = now();
    if (FeedbackStore(m_connection).lapsedDecisions(at, agentCode, teamName).isEmpty()) {
        return 0;
    }
    Transaction transaction(m_connection);
    FeedbackStore store(m_connection);
    const QList<LapsedDecision> lapsed = store.lapsedDecisions(at, agentCode, teamName); // again, under the lock
    int closed = 0;
    for (const LapsedDecision &l : lapsed) {
        if (!store.expire(l)) {
            continue;
        }
        ++closed;
        audit(QStringLiteral("dispute-expire"), l.evaluationId,
              compact({{QStringLiteral("dispute"), l.disputeId},
                       {QStringLiteral("closed_by"), QStringLiteral("expiry")},
                       {QStringLiteral("escalate_by"), l.escalateBy.toUTC().toString(Qt::ISODate)}}));
    }
    transaction.commit();
    return closed;
}

FeedbackDetail FeedbackService::detail(qint64 evaluationId)
{
    closeLapsed();
    FeedbackDetail detail;
    detail.row = requireRow(evaluationId);
    if (!mayView(detail.row)) {
        throw Error(tr("%1 (%2) may not see evaluation %3.")
                        .arg(m_actor.login, DomainLabels::role(roleKey(m_actor.role)))
                        .arg(evaluationId));
    }
    FeedbackStore store(m_connection);
    detail.evaluation = EvaluationStore(m_connection).load(evaluationId);
    detail.feedback = store.feedback(evaluationId);
    detail.dispute = store.dispute(evaluationId);
    detail.versions = store.versions(evaluationId);
    QStringList logins{detail.row.inspector};
    if (detail.feedback) {
        logins << detail.feedback->releasedBy << detail.feedback->acknowledgedBy;
    }
    if (detail.dispute) {
        logins << detail.dispute->raisedBy;
        for (const DisputeDecision &decision : detail.dispute->decisions) {
            logins << decision.decidedBy;
        }
    }
    for (const EvaluationVersion &version : detail.versions) {
        logins << version.replacedBy;
    }
    detail.names = store.displayNames(logins);
    return detail;
}

QList<FeedbackRow> FeedbackService::list(FeedbackList which, int limit)
{
    closeLapsed();
    FeedbackQuery query;
    query.limit = limit;
    switch (m_actor.role) {
    case Role::Agent:
        if (m_actor.agentCode.isEmpty()) {
            return {};
        }
        query.agentCode = m_actor.agentCode;
        query.releasedOnly = true;
        break;
    case Role::Inspector:
        query.inspector = m_actor.login;
        break;
    case Role::Lead:
        if (which == FeedbackList::ToRelease) {
            query.inspector = m_actor.login; // a lead releases what they scored themselves
        } else if (m_actor.team.isEmpty()) {
            return {};
        } else {
            query.teamName = m_actor.team;
        }
        break;
    case Role::QaManager:
    case Role::Admin:
        break;
    }
    switch (which) {
    case FeedbackList::Mine:
        break;
    case FeedbackList::ToRelease:
        if (m_actor.role == Role::Agent) {
            return {};
        }
        query.unreleased = true;
        break;
    case FeedbackList::PendingAcknowledgement:
        query.states = {FeedbackState::Released};
        break;
    case FeedbackList::OpenDisputes:
        query.states = {FeedbackState::Disputed, FeedbackState::Decided, FeedbackState::Escalated};
        break;
    }
    return FeedbackStore(m_connection).rows(query, now());
}

QList<InspectorRates> FeedbackService::rates()
{
    requireAllowed(Action::ViewTeam, tr("see dispute and overturn rates"));
    return FeedbackStore(m_connection).inspectorRates(m_actor.role == Role::Lead ? m_actor.team : QString());
}

} // namespace qadesk
