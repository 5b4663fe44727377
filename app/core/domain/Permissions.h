#pragma once

#include "domain/Person.h"

namespace qadesk {

// What a person may do in the QA loop (DESIGN §1). One table for the whole application: the UI offers an action
// only when the role allows it, the core services refuse it otherwise (local mode), and in team mode the
// database's row-level security enforces the same rules on PostgreSQL.
enum class Action
{
    ScoreInteractions,      // open the queue, score and submit evaluations
    ReleaseEvaluations,     // release a submitted evaluation to its agent
    AcknowledgeEvaluations, // an agent acknowledges or disputes their own released evaluation
    DecideDisputesFirst,    // the first decision on a dispute (team lead)
    DecideDisputesFinal,    // the final decision (终审, QA manager)
    AssignRectification,    // raise rectification (整改) items and verify them
    WorkOnRectification,    // the owner (an agent) starts and submits their item
    RecordCoaching,         // hold coaching sessions and set commitments
    ViewTeam,               // team dashboards, pending acknowledgements, disputes, overdue items
    SetTargets,             // KPI targets
    EditRubric,             // the rubric and its dispute window
    RunCalibration,         // calibration sessions
    ManagePeople,           // add people, change roles, disable
    ChangeOrganisationZone, // the organisation's time zone
    ImportData
};

bool allows(Role role, Action action);

} // namespace qadesk
