#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace qadesk {

class Connection;

struct DemoFeedbackAgent
{
    QString code;
    QString name;
    QString team;
};

// The demo's feedback loop (issue 13), so that the Feedback page is not empty: a share of the recent submitted
// evaluations released (most acknowledged, some still pending, a few overdue), and real disputes for the demo's
// "disputed" evaluations (open, decided at level 1 by the team's lead, escalated) and for some "final" ones (closed,
// some rescored into a second version). Runs inside the demo's closing transaction, after its people exist
// (DemoPeople) and before the rollups are rebuilt. Written directly, as the rest of the demo is (no audit entries);
// seeded, so the same options give the same data. Returns the number of evaluations released.
int seedDemoFeedback(Connection &connection, quint32 seed, const QList<DemoFeedbackAgent> &agents, QDate lastDay);

} // namespace qadesk
