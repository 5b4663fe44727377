#include "domain/Permissions.h"

#include <QTest>

using namespace qadesk;

Q_DECLARE_METATYPE(qadesk::Action)

// The role table of DESIGN §1, row by row: who may do what in the QA loop.
class PermissionsTest : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("allowed"); // the roles that may, as their keys

        QTest::newRow("score") << Action::ScoreInteractions << "inspector lead qa_manager admin";
        QTest::newRow("release") << Action::ReleaseEvaluations << "inspector lead qa_manager admin";
        QTest::newRow("acknowledge") << Action::AcknowledgeEvaluations << "agent";
        QTest::newRow("work on rectification") << Action::WorkOnRectification << "agent";
        QTest::newRow("first decision") << Action::DecideDisputesFirst << "lead qa_manager admin";
        QTest::newRow("final decision") << Action::DecideDisputesFinal << "qa_manager admin";
        QTest::newRow("assign rectification") << Action::AssignRectification << "lead qa_manager admin";
        QTest::newRow("coaching") << Action::RecordCoaching << "lead qa_manager admin";
        QTest::newRow("team view") << Action::ViewTeam << "lead qa_manager admin";
        QTest::newRow("targets") << Action::SetTargets << "qa_manager admin";
        QTest::newRow("rubric") << Action::EditRubric << "qa_manager admin";
        QTest::newRow("calibration") << Action::RunCalibration << "qa_manager admin";
        QTest::newRow("import") << Action::ImportData << "qa_manager admin";
        QTest::newRow("people") << Action::ManagePeople << "admin";
        QTest::newRow("zone") << Action::ChangeOrganisationZone << "admin";
    }

    void table()
    {
        QFETCH(Action, action);
        QFETCH(QString, allowed);
        const QStringList expected = allowed.split(QLatin1Char(' '));
        for (const Role role : allRoles()) {
            QCOMPARE(allows(role, action), expected.contains(roleKey(role)));
        }
    }

    // An agent may act only on their own work: nothing of the inspectors', leads' or managers'.
    void agentsOnlyActOnTheirOwnWork()
    {
        int allowedToAgent = 0;
        for (int a = int(Action::ScoreInteractions); a <= int(Action::ImportData); ++a) {
            allowedToAgent += allows(Role::Agent, Action(a)) ? 1 : 0;
        }
        QCOMPARE(allowedToAgent, 2);
    }
};

QTEST_GUILESS_MAIN(PermissionsTest)
#include "tst_permissions.moc"
