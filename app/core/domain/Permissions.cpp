#include "Permissions.h"

namespace qadesk {

bool allows(Role role, Action action)
{
    const bool manager = role == Role::QaManager || role == Role::Admin;
    switch (action) {
    case Action::ScoreInteractions:
    case Action::ReleaseEvaluations:
        return role == Role::Inspector || role == Role::Lead || manager;
    case Action::AcknowledgeEvaluations:
    case Action::WorkOnRectification:
        return role == Role::Agent;
    case Action::DecideDisputesFirst:
    case Action::AssignRectification:
    case Action::RecordCoaching:
    case Action::ViewTeam:
        return role == Role::Lead || manager;
    case Action::DecideDisputesFinal:
    case Action::SetTargets:
    case Action::EditRubric:
    case Action::RunCalibration:
    case Action::ImportData:
        return manager;
    case Action::ManagePeople:
    case Action::ChangeOrganisationZone:
        return role == Role::Admin;
    }
    return false;
}

} // namespace qadesk
