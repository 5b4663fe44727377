#include "ImprovementRules.h"

#include "domain/DomainLabels.h"
#include "domain/Permissions.h"

#include <QCoreApplication>

namespace qadesk::ImprovementRules {

namespace {

QString who(const Person &person)
{
    return QStringLiteral("%1 (%2)").arg(person.name.isEmpty() ? person.login : person.name,
                                         DomainLabels::role(roleKey(person.role)));
}

// A lead may act for their own team's agents only.
QString outsideTeam(const Person &person, const QString &agentTeam)
{
    if (person.role == Role::Lead && person.team != agentTeam) {
        return QCoreApplication::translate("ImprovementRules", "%1 leads %2, not the agent's team %3.")
            .arg(who(person), person.team.isEmpty() ? QCoreApplication::translate("ImprovementRules", "no team") : person.team,
                 agentTeam.isEmpty() ? QCoreApplication::translate("ImprovementRules", "(none)") : agentTeam);
    }
    return {};
}

} // namespace

QString whyNotAssign(const Person &person, const QString &agentTeam)
{
    if (person.disabled) {
        return QCoreApplication::translate("ImprovementRules", "%1 is disabled.").arg(who(person));
    }
    if (!allows(person.role, Action::AssignRectification)) {
        return QCoreApplication::translate("ImprovementRules", "%1 may not raise or verify rectification items: that is for a team lead or a QA manager.")
            .arg(who(person));
    }
    return outsideTeam(person, agentTeam);
}

QString whyNotWorkOn(const Person &person, const RectificationItem &item)
{
    if (person.disabled) {
        return QCoreApplication::translate("ImprovementRules", "%1 is disabled.").arg(who(person));
    }
    if (!allows(person.role, Action::WorkOnRectification)) {
        return QCoreApplication::translate("ImprovementRules", "%1 may not start or submit rectification items: only the agent who owns one does.").arg(who(person));
    }
    if (person.login != item.owner) {
        return QCoreApplication::translate("ImprovementRules", "%1 does not own rectification item %2 (its owner is %3).").arg(who(person)).arg(item.id).arg(item.owner);
    }
    return {};
}

QString whyNotVerify(const Person &person, const RectificationItem &item)
{
    return whyNotAssign(person, item.teamName);
}

QString whyNotCoach(const Person &person, const QString &agentTeam)
{
    if (person.disabled) {
        return QCoreApplication::translate("ImprovementRules", "%1 is disabled.").arg(who(person));
    }
    if (!allows(person.role, Action::RecordCoaching)) {
        return QCoreApplication::translate("ImprovementRules", "%1 may not record coaching: that is for a team lead or a QA manager.").arg(who(person));
    }
    return outsideTeam(person, agentTeam);
}

QString whyNotWriteAgentNote(const Person &person, const CoachingSession &session)
{
    if (person.role != Role::Agent || person.agentCode != session.agentCode || person.disabled) {
        return QCoreApplication::translate("ImprovementRules", "Only the coached agent (%1) writes their own note; %2 may not.").arg(session.agentCode, who(person));
    }
    return {};
}

QString whyNotMarkCommitment(const Person &person, const CoachingSession &session)
{
    if (person.role == Role::Agent && person.agentCode == session.agentCode && !person.disabled) {
        return {};
    }
    const QString coach = whyNotCoach(person, session.teamName);
    if (coach.isEmpty()) {
        return {};
    }
    return QCoreApplication::translate("ImprovementRules", "Only the coached agent (%1) or their coach marks a commitment; %2 may not.")
        .arg(session.agentCode, who(person));
}

bool maySee(const Person &person, const QString &agentCode, const QString &agentTeam, const QString &verifier)
{
    switch (person.role) {
    case Role::Agent:
        return person.agentCode == agentCode;
    case Role::Lead:
        return person.team == agentTeam;
    case Role::Inspector:
        return !verifier.isEmpty() && verifier == person.login;
    case Role::QaManager:
    case Role::Admin:
        return true;
    }
    return false;
}

} // namespace qadesk::ImprovementRules
