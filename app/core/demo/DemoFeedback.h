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

// The demo's feedback loop (issue 13), so that the Feedback page is not empty: people to work as (a lead per
// team, the first agent of each team, a QA manager; the inspectors count as inspectors already), a share of the
// recent submitted evaluations released (most acknowledged, some still pending, a few overdue), and real disputes for
// the demo's "disputed" evaluations (open, decided at level 1, escalated) and for some "final" ones (closed, some
// rescored into a second version). Written directly, as the rest of the demo is (no audit entries); seeded, so the
// same options give the same data.
//
// The people, each added in a transaction of their own (PeopleStore audits them): call outside a transaction.
void seedDemoPeople(Connection &connection, const QList<DemoFeedbackAgent> &agents, const QStringList &inspectors);
// The releases, acknowledgements and disputes: call inside the demo's closing transaction, before the rollups are
// rebuilt. Returns the number of evaluations released.
int seedDemoFeedback(Connection &connection, quint32 seed, const QList<DemoFeedbackAgent> &agents,
                     const QStringList &inspectors, QDate lastDay);

} // namespace qadesk
