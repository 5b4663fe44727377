#include "CoachingService.h"

#include "Error.h"
#include "ImprovementRules.h"
#include "storage/CoachingStore.h"
#include "storage/Connection.h"
#include "storage/RectificationStore.h"
#include "storage/RubricStore.h"

#include <QCoreApplication>

namespace qadesk {

CoachingService::CoachingService(Connection &connection, Person actor)
    : m_connection(connection), m_actor(std::move(actor))
{
}

CoachingSession CoachingService::require(qint64 id)
{
    const auto session = CoachingStore(m_connection).session(id);
    if (!session || !ImprovementRules::maySee(m_actor, session->agentCode, session->teamName)) {
        throw Error(QCoreApplication::translate("CoachingService", "There is no coaching session %1 for %2.")
                        .arg(id)
                        .arg(m_actor.login));
    }
    return *session;
}

CoachingSession CoachingService::add(CoachingSession session)
{
    const auto agent = RectificationStore(m_connection).agent(session.agentCode);
    if (!agent) {
        throw Error(QCoreApplication::translate("CoachingService", "There is no agent with the code \"%1\".")
                        .arg(session.agentCode));
    }
    if (const QString why = ImprovementRules::whyNotCoach(m_actor, agent->teamName); !why.isEmpty()) {
        throw Error(why);
    }
    if (!session.heldOn.isValid()) {
        throw Error(QCoreApplication::translate("CoachingService", "A coaching session needs the date it was held."));
    }
    if (!session.dimensionKey.isEmpty() &&
        RubricStore(m_connection).current().dimensionIndex(session.dimensionKey) < 0) {
        throw Error(QCoreApplication::translate("CoachingService", "The rubric has no dimension \"%1\".")
                        .arg(session.dimensionKey));
    }
    for (const CoachingCommitment &c : session.commitments) {
        if (c.text.trimmed().isEmpty()) {
            throw Error(QCoreApplication::translate("CoachingService", "A commitment needs its text."));
        }
    }
    if (session.coach.isEmpty()) {
        session.coach = m_actor.login;
    }
    const qint64 id = CoachingStore(m_connection).create(m_actor.login, session);
    return require(id);
}

CoachingSession CoachingService::addCommitment(qint64 sessionId, const QString &text, const QDate &due)
{
    const CoachingSession session = require(sessionId);
    if (const QString why = ImprovementRules::whyNotCoach(m_actor, session.teamName); !why.isEmpty()) {
        throw Error(why);
    }
    if (text.trimmed().isEmpty()) {
        throw Error(QCoreApplication::translate("CoachingService", "A commitment needs its text."));
    }
    CoachingStore(m_connection).addCommitment(m_actor.login, sessionId, text.trimmed(), due);
    return require(sessionId);
}

CoachingSession CoachingService::setDone(qint64 commitmentId, bool done)
{
    CoachingStore store(m_connection);
    const auto commitment = store.commitment(commitmentId);
    if (!commitment) {
        throw Error(QCoreApplication::translate("CoachingService", "There is no commitment %1.").arg(commitmentId));
    }
    const CoachingSession session = require(commitment->sessionId);
    if (const QString why = ImprovementRules::whyNotMarkCommitment(m_actor, session); !why.isEmpty()) {
        throw Error(why);
    }
    if (commitment->done == done) {
        throw Error(done ? QCoreApplication::translate("CoachingService", "Commitment %1 is done already.").arg(commitmentId)
                         : QCoreApplication::translate("CoachingService", "Commitment %1 is not done.").arg(commitmentId));
    }
    store.setDone(m_actor.login, commitmentId, done);
    return require(commitment->sessionId);
}

CoachingSession CoachingService::setAgentNote(qint64 sessionId, const QString &note)
{
    const CoachingSession session = require(sessionId);
    if (const QString why = ImprovementRules::whyNotWriteAgentNote(m_actor, session); !why.isEmpty()) {
        throw Error(why);
    }
    CoachingStore(m_connection).setAgentNote(m_actor.login, sessionId, note.trimmed());
    return require(sessionId);
}

QList<CoachingSession> CoachingService::list(const QString &agentCode)
{
    QString agent = agentCode;
    QString team;
    if (m_actor.role == Role::Agent) {
        agent = m_actor.agentCode;
    } else if (m_actor.role == Role::Lead) {
        team = m_actor.team;
    } else if (m_actor.role == Role::Inspector) {
        return {};
    }
    return CoachingStore(m_connection).list(agent, team);
}

CoachingSession CoachingService::show(qint64 id)
{
    return require(id);
}

CoachingTrend CoachingService::trend(qint64 sessionId, const QString &dimensionKey, int weeks)
{
    const CoachingSession session = require(sessionId);
    return CoachingStore(m_connection)
        .trend(session.agentCode, dimensionKey.isEmpty() ? session.dimensionKey : dimensionKey, session.heldOn, weeks);
}

QList<CoachingCommitment> CoachingService::openCommitments(const QString &agentCode)
{
    const QString agent = m_actor.role == Role::Agent ? m_actor.agentCode : agentCode;
    const auto record = RectificationStore(m_connection).agent(agent);
    if (!record || !ImprovementRules::maySee(m_actor, agent, record->teamName)) {
        return {};
    }
    return CoachingStore(m_connection).openCommitments(agent);
}

} // namespace qadesk
