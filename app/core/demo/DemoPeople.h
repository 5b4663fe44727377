#pragma once

#include <QStringList>

class QRandomGenerator;

namespace qadesk {

class Connection;

// The demo's people (issue 13), so that every role has someone to work as: each agent as a person (login: the
// agent code in lower case), the inspectors who scored the demo evaluations, one lead per team, a QA manager
// and an administrator. Runs after the interactions and evaluations exist; returns how many were added.
int addDemoPeople(Connection &connection, const QStringList &inspectors, QRandomGenerator &rng);

} // namespace qadesk
