#include "RectificationService.h"

#include "storage/KpiTargetStore.h"

#include "domain/DomainLabels.h"
#include "Error.h"
#include "ImprovementRules.h"
#include "domain/Permissions.h"
#include "storage/Connection.h"
#include "storage/PeopleStore.h"
#include "storage/RectificationStore.h"
#include "storage/RubricStore.h"

#include <QCoreApplication>

namespace qadesk {

RectificationService::RectificationService(Connection &connection, Person actor)
    : m_connection(connection), m_actor(std::move(actor))
{
}

RectificationDetail RectificationService::require(qint64 id)
{
    RectificationStore store(m_connection);
    const auto item = store.item(id);
    if (!item || !ImprovementRules::maySee(m_actor, item->agentCode, item->teamName, item->verifier)) {
        // Someone who may not see an item learns no more than that it is not there for them.
        throw Error(QCoreApplication::translate("RectificationService", "There is no rectification item %1 for %2.")
                        .arg(id)
                        .arg(m_actor.login));
    }
    return store.detail(id);
}

RectificationDetail RectificationService::raise(NewRectification n)
{
    RectificationStore store(m_connection);
    QString evaluationInspector;
    if (n.evaluationId > 0) {
        const auto facts = store.evaluationAgentAndInspector(n.evaluationId);
        if (!facts) {
            throw Error(QCoreApplication::translate("RectificationService", "There is no evaluation %1.").arg(n.evaluationId));
        }
        if (!n.agentCode.isEmpty() && n.agentCode != facts->first) {
            throw Error(QCoreApplication::translate("RectificationService", "Evaluation %1 is of agent %2, not %3.")
                            .arg(n.evaluationId)
                            .arg(facts->first, n.agentCode));
        }
        n.agentCode = facts->first;
        evaluationInspector = facts->second;
    }
    if (n.agentCode.isEmpty()) {
        throw Error(QCoreApplication::translate("RectificationService", "A rectification item needs an agent or an evaluation."));
    }
    const auto agent = store.agent(n.agentCode);
    if (!agent) {
        throw Error(QCoreApplication::translate("RectificationService", "There is no agent with the code \"%1\".")
                        .arg(n.agentCode));
    }
    if (const QString why = ImprovementRules::whyNotAssign(m_actor, agent->teamName); !why.isEmpty()) {
        throw Error(why);
    }
    if (!n.dimensionKey.isEmpty() && RubricStore(m_connection).current().dimensionIndex(n.dimensionKey) < 0) {
        throw Error(QCoreApplication::translate("RectificationService", "The rubric has no dimension \"%1\".")
                        .arg(n.dimensionKey));
    }
    if (!n.dueDate.isValid()) {
        throw Error(QCoreApplication::translate("RectificationService", "A rectification item needs a due date."));
    }
    n.requiredAction = n.requiredAction.trimmed();
    if (n.requiredAction.isEmpty()) {
        throw Error(QCoreApplication::translate("RectificationService", "A rectification item needs the action required of the agent."));
    }
    if (n.checksRequired < 1 || n.checksRequired > 20) {
        throw Error(QCoreApplication::translate("RectificationService", "Between 1 and 20 interactions verify an item."));
    }
    const QStringList people = store.agentPeople(n.agentCode);
    if (n.owner.isEmpty()) {
        if (people.isEmpty()) {
            throw Error(QCoreApplication::translate("RectificationService",
                                                    "Agent %1 has no person to own the item; add one first (qadesk-cli "
                                                    "admin user add LOGIN --role agent --agent %1).")
                            .arg(n.agentCode));
        }
        if (people.size() > 1) {
            throw Error(QCoreApplication::translate("RectificationService", "Agent %1 is more than one person (%2): "
                                                                            "choose the owner.")
                            .arg(n.agentCode, people.join(QStringLiteral(", "))));
        }
        n.owner = people.first();
    } else if (!people.contains(n.owner)) {
        throw Error(QCoreApplication::translate("RectificationService", "%1 is not a person of agent %2.")
                        .arg(n.owner, n.agentCode));
    }
    if (n.verifier.isEmpty()) {
        n.verifier = evaluationInspector.isEmpty() ? m_actor.login : evaluationInspector;
    }
    const auto verifier = PeopleStore(m_connection).find(n.verifier);
    if (!verifier || verifier->disabled || !allows(verifier->role, Action::ScoreInteractions)) {
        throw Error(QCoreApplication::translate("RectificationService",
                                                "%1 cannot verify: the verifier must be someone who scores interactions.")
                        .arg(n.verifier));
    }
    const qint64 id = store.create(m_actor.login, n, QDateTime::currentSecsSinceEpoch());
    return store.detail(id);
}

RectificationDetail RectificationService::edit(qint64 id, const RectificationEdit &e)
{
    const RectificationDetail before = require(id);
    if (const QString why = ImprovementRules::whyNotAssign(m_actor, before.item.teamName); !why.isEmpty()) {
        throw Error(why);
    }
    if (e.checksRequired && (*e.checksRequired < 1 || *e.checksRequired > 20)) {
        throw Error(QCoreApplication::translate("RectificationService", "Between 1 and 20 interactions verify an item."));
    }
    if (e.requiredAction && e.requiredAction->trimmed().isEmpty()) {
        throw Error(QCoreApplication::translate("RectificationService", "A rectification item needs the action required of the agent."));
    }
    if (e.verifier) {
        const auto verifier = PeopleStore(m_connection).find(*e.verifier);
        if (!verifier || verifier->disabled || !allows(verifier->role, Action::ScoreInteractions)) {
            throw Error(QCoreApplication::translate("RectificationService",
                                                    "%1 cannot verify: the verifier must be someone who scores "
                                                    "interactions.")
                            .arg(*e.verifier));
        }
    }
    RectificationStore store(m_connection);
    store.edit(m_actor.login, id, e);
    return store.detail(id);
}

RectificationDetail RectificationService::move(qint64 id, QList<RectificationState> from, RectificationState to,
                                               const QString &note)
{
    const RectificationDetail before = require(id);
    if (!from.contains(before.item.state)) {
        QStringList names;
        for (const RectificationState state : from) {
            names << DomainLabels::rectificationState(state);
        }
        throw Error(QCoreApplication::translate("RectificationService",
                                                "Rectification item %1 is %2; it can become %3 only when %4.")
                        .arg(id)
                        .arg(DomainLabels::rectificationState(before.item.state), DomainLabels::rectificationState(to),
                             names.join(QCoreApplication::translate("RectificationService", " or "))));
    }
    RectificationStore store(m_connection);
    store.transition(m_actor.login, id, before.item.state, to, note.trimmed(), QDateTime::currentSecsSinceEpoch());
    return store.detail(id);
}

RectificationDetail RectificationService::start(qint64 id, const QString &note)
{
    const RectificationDetail before = require(id);
    if (const QString why = ImprovementRules::whyNotWorkOn(m_actor, before.item); !why.isEmpty()) {
        throw Error(why);
    }
    return move(id, {RectificationState::Open, RectificationState::Reopened}, RectificationState::InProgress, note);
}

RectificationDetail RectificationService::submit(qint64 id, const QString &note)
{
    const RectificationDetail before = require(id);
    if (const QString why = ImprovementRules::whyNotWorkOn(m_actor, before.item); !why.isEmpty()) {
        throw Error(why);
    }
    return move(id, {RectificationState::InProgress}, RectificationState::Submitted, note);
}

RectificationDetail RectificationService::verify(qint64 id, const QString &note)
{
    Q_UNUSED(note)
    const RectificationDetail before = require(id);
    if (const QString why = ImprovementRules::whyNotVerify(m_actor, before.item); !why.isEmpty()) {
        throw Error(why);
    }
    if (before.item.state != RectificationState::Submitted) {
        throw Error(QCoreApplication::translate("RectificationService",
                                                "Rectification item %1 is %2; only a submitted item is verified.")
                        .arg(id)
                        .arg(DomainLabels::rectificationState(before.item.state)));
    }
    // Look again: interactions may have arrived, evaluations been submitted.
    RectificationStore store(m_connection);
    store.drawPending(m_actor.login, QDateTime::currentSecsSinceEpoch());
    const RectificationDetail after = store.detail(id);
    if (after.item.state == RectificationState::Verified) {
        return after;
    }
    if (after.item.state == RectificationState::Reopened) {
        throw Error(QCoreApplication::translate("RectificationService",
                                                "Rectification item %1 failed verification and was reopened.")
                        .arg(id));
    }
    throw Error(QCoreApplication::translate("RectificationService",
                                            "Rectification item %1 cannot be verified yet: %2 of %3 verification "
                                            "interactions evaluated and passed (%4 drawn so far).")
                    .arg(id)
                    .arg(after.item.checksPassed)
                    .arg(after.item.checksRequired)
                    .arg(after.item.checksDrawn));
}

RectificationDetail RectificationService::reopen(qint64 id, const QString &note)
{
    const RectificationDetail before = require(id);
    if (const QString why = ImprovementRules::whyNotVerify(m_actor, before.item); !why.isEmpty()) {
        throw Error(why);
    }
    if (note.trimmed().isEmpty()) {
        throw Error(QCoreApplication::translate("RectificationService", "Say why the item is reopened."));
    }
    return move(id, {RectificationState::Submitted, RectificationState::Verified}, RectificationState::Reopened, note);
}

QList<RectificationItem> RectificationService::list(RectificationFilter filter)
{
    switch (m_actor.role) {
    case Role::Agent:
        filter.agentCode = m_actor.agentCode;
        break;
    case Role::Lead:
        filter.teamName = m_actor.team;
        break;
    default:
        break;
    }
    QList<RectificationItem> items = RectificationStore(m_connection).list(filter);
    if (m_actor.role == Role::Inspector) {
        items.removeIf([this](const RectificationItem &item) { return item.verifier != m_actor.login; });
    }
    return items;
}

RectificationDetail RectificationService::show(qint64 id)
{
    return require(id);
}

double RectificationService::dimensionTarget()
{
    return KpiTargetStore(m_connection).load().dimensionLevel();
}

QList<DimensionFinding> RectificationService::findings(const QDate &lastDay, int weeks, std::optional<double> threshold,
                                                       const QString &agentCode)
{
    if (!allows(m_actor.role, Action::AssignRectification)) {
        throw Error(ImprovementRules::whyNotAssign(m_actor, {}));
    }
    return RectificationStore(m_connection)
        .findings(lastDay, weeks, threshold.value_or(dimensionTarget()),
                  m_actor.role == Role::Lead ? m_actor.team : QString(), agentCode);
}

int RectificationService::drawPending()
{
    return RectificationStore(m_connection).drawPending(m_actor.login, QDateTime::currentSecsSinceEpoch());
}

} // namespace qadesk
