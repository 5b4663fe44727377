#pragma once
// A small database for the feedback loop: four interactions of the workspace fixture (agents A01 and A02 of
// 售后一组, A03 and A04 of 售前二组), each with a submitted evaluation by inspector "insp" scoring every dimension 3
// (score 60), and the people who act on them.

#include "WorkspaceFixture.h"

#include "domain/Evaluation.h"
#include "scoring/RubricLoader.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/RollupStore.h"

namespace qadesk::fixture {

struct FeedbackWorld
{
    std::unique_ptr<Connection> connection;
    QList<qint64> interactions;
    QList<qint64> evaluations; // evaluations[i] is of interaction i (agent A0(i%4+1))
};

inline FeedbackWorld makeFeedbackWorld(const QString &path, int count = 4)
{
    FeedbackWorld world;
    world.connection = openDatabase(path);
    Connection &c = *world.connection;
    world.interactions = addInteractions(c, 0, count);
    const int version = RubricStore(c).currentVersionId(QStringLiteral("default"));
    const Rubric rubric = RubricStore(c).load(version);
    EvaluationStore store(c);
    for (const qint64 interaction : world.interactions) {
        Evaluation e;
        e.interactionId = interaction;
        e.rubricVersionId = version;
        e.inspector = QStringLiteral("insp");
        e.status = QStringLiteral("submitted");
        for (const RubricDimension &d : rubric.dimensions) {
            DimensionEvaluation de;
            de.key = d.key;
            de.score = 3;
            e.dimensions << de;
        }
        e.score = 60;
        e.gradeKey = QStringLiteral("pass");
        e.createdAt = QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc());
        e.updatedAt = e.createdAt;
        e.submittedAt = e.createdAt;
        world.evaluations << store.insert(e);
    }
    RollupStore(c).rebuildAll();
    PeopleStore people(c);
    people.add(QStringLiteral("admin"), QStringLiteral("insp"), QStringLiteral("质检员"), Role::Inspector);
    people.add(QStringLiteral("admin"), QStringLiteral("other_insp"), QStringLiteral("质检员二"), Role::Inspector);
    people.add(QStringLiteral("admin"), QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Agent,
               QStringLiteral("A01"));
    people.add(QStringLiteral("admin"), QStringLiteral("lina"), QStringLiteral("李娜"), Role::Agent, QStringLiteral("A02"));
    people.add(QStringLiteral("admin"), QStringLiteral("lead1"), QStringLiteral("组长一"), Role::Lead, {},
               QStringLiteral("售后一组"));
    people.add(QStringLiteral("admin"), QStringLiteral("lead2"), QStringLiteral("组长二"), Role::Lead, {},
               QStringLiteral("售前二组"));
    people.add(QStringLiteral("admin"), QStringLiteral("boss"), QStringLiteral("经理"), Role::QaManager);
    return world;
}

} // namespace qadesk::fixture
