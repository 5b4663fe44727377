#pragma once

#include "domain/Coaching.h"
#include "domain/Person.h"
#include "domain/Rectification.h"

#include <QString>

namespace qadesk {

// Who may do what with rectification items and coaching (domain/Permissions plus ownership): an agent acts only
// on their own items and sessions, a lead only for their team, a QA manager or administrator for everyone. Each
// function gives the reason, in words naming who and what, why the person may not; empty when they may. The
// services refuse with it; the UI shows it on a disabled action's tooltip.
namespace ImprovementRules {

QString whyNotAssign(const Person &person, const QString &agentTeam);
QString whyNotWorkOn(const Person &person, const RectificationItem &item);
QString whyNotVerify(const Person &person, const RectificationItem &item);
QString whyNotCoach(const Person &person, const QString &agentTeam);
QString whyNotWriteAgentNote(const Person &person, const CoachingSession &session);
QString whyNotMarkCommitment(const Person &person, const CoachingSession &session);
// Whether the person may read an item or session of this agent (the agent's own; a lead's team; managers all;
// an inspector the items they verify).
bool maySee(const Person &person, const QString &agentCode, const QString &agentTeam, const QString &verifier = {});

} // namespace ImprovementRules

} // namespace qadesk
