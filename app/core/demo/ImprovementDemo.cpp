#include "ImprovementDemo.h"

#include "domain/Coaching.h"
#include "scoring/ScoreCalculator.h"
#include "storage/CoachingStore.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/PeopleStore.h"
#include "storage/RectificationStore.h"
#include "storage/RubricStore.h"
#include "storage/StaffDirectory.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace qadesk {

namespace {

qint64 noon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

int ImprovementDemo::run()
{
    QList<AgentEntry> agents = StaffDirectory(m_connection).agents();
    std::sort(agents.begin(), agents.end(), [](const AgentEntry &a, const AgentEntry &b) { return a.code < b.code; });
    if (agents.size() < 6) {
        return 0;
    }
    QRandomGenerator rng(m_seed ^ 0x13u);
    RubricStore rubrics(m_connection);
    const int versionId = rubrics.ensureDefault();
    const Rubric rubric = rubrics.load(versionId);
    const auto dimension = [&](const QString &key, int fallback) {
        return rubric.dimensionIndex(key) >= 0 ? key : rubric.dimensions.value(fallback).key;
    };
    // The verifier: the first inspector who evaluated in the demo.
    EvaluationStore evaluations(m_connection);
    QString inspector;
    for (const Person &p : PeopleStore(m_connection).list()) {
        if (p.role == Role::Inspector) {
            inspector = p.login;
            break;
        }
    }
    if (inspector.isEmpty()) {
        return 0;
    }

    // The people are DemoPeople's (added before this runs): every agent a person, every team a lead. An agent or a
    // team without one (a database DemoPeople never saw) gets no items rather than people invented here.
    RectificationStore store(m_connection);
    QHash<QString, QString> leads; // team → lead login
    for (const Person &p : PeopleStore(m_connection).list()) {
        if (p.role == Role::Lead && !p.team.isEmpty() && !leads.contains(p.team)) {
            leads.insert(p.team, p.login);
        }
    }
    const auto ownerOf = [&](const AgentEntry &agent) { return store.agentPeople(agent.code).value(0); };
    const auto leadOf = [&](const AgentEntry &agent) { return leads.value(agent.teamName); };
    // Scores a drawn verification interaction: `level` on the item's dimension, 3-4 elsewhere.
    int added = 0;
    const auto evaluate = [&](qint64 interactionId, const QString &key, int level) {
        ++added;
        const qint64 id = evaluations.createDraft(interactionId, versionId, inspector);
        Evaluation e = evaluations.load(id);
        e.dimensions.clear();
        QList<DimensionInput> inputs;
        for (const RubricDimension &d : rubric.dimensions) {
            DimensionEvaluation de;
            de.key = d.key;
            de.score = d.key == key ? level : 3 + int(rng.bounded(2));
            e.dimensions << de;
            inputs << DimensionInput{de.score, false};
        }
        const ScoreResult result = ScoreCalculator::compute(rubric, inputs, false);
        e.score = result.score;
        e.gradeKey = result.gradeKey;
        evaluations.submit(e);
    };

    struct Plan
    {
        int agent;
        const char *dimension;
        int fallback;
        int raisedDaysAgo;
        int dueIn; // days after lastDay (negative: before)
        RectificationState state;
        const char *action;
    };
    using S = RectificationState;
    const QList<Plan> plans{
        {0, "attitude", 1, 3, 11, S::Open, "用标准开场白问候并确认客户身份，每通电话都做到。"},
        {1, "resolution", 2, 10, 4, S::InProgress, "复杂问题 30 分钟内升级，并告知客户预计答复时间。"},
        {2, "records", 5, 30, -9, S::InProgress, "每次服务后完整记录工单，标注问题类型。"},
        {3, "knowledge", 3, 20, 2, S::Submitted, "复习退换货政策并通过小测验。"},
        {4, "attitude", 1, 40, -20, S::Verified, "遇到情绪激动的客户先安抚再处理。"},
        {5, "response", 0, 35, -15, S::Reopened, "首次响应控制在 10 秒以内。"},
    };
    for (const Plan &plan : plans) {
        const AgentEntry &agent = agents.at(plan.agent);
        const QString owner = ownerOf(agent);
        const QString lead = leadOf(agent);
        if (owner.isEmpty() || lead.isEmpty()) {
            continue;
        }
        const QDate raised = m_lastDay.addDays(-plan.raisedDaysAgo);
        NewRectification n;
        n.agentCode = agent.code;
        n.dimensionKey = dimension(QString::fromLatin1(plan.dimension), plan.fallback);
        n.owner = owner;
        n.verifier = inspector;
        n.dueDate = m_lastDay.addDays(plan.dueIn);
        n.requiredAction = QString::fromUtf8(plan.action);
        n.checksRequired = kDefaultVerificationChecks;
        const qint64 id = store.create(lead, n, noon(raised));
        if (plan.state == S::Open) {
            continue;
        }
        store.transition(owner, id, S::Open, S::InProgress, {}, noon(raised.addDays(2)));
        if (plan.state == S::InProgress) {
            continue;
        }
        const QDate submitted = plan.state == S::Submitted ? m_lastDay.addDays(-6) : raised.addDays(10);
        store.transition(owner, id, S::InProgress, S::Submitted, QStringLiteral("已按要求练习并自查。"), noon(submitted));
        // The submitted item waits for two of its three verification interactions; the others are all evaluated.
        const RectificationDetail detail = store.detail(id);
        int index = 0;
        for (const VerificationCheck &check : detail.checks) {
            if (!check.result.isEmpty() || store.item(id)->state != S::Submitted ||
                (plan.state == S::Submitted && index == 1)) {
                continue;
            }
            const int level = plan.state == S::Reopened && index == 1 ? 2 : 4;
            evaluate(check.interactionId, n.dimensionKey, level);
            ++index;
        }
    }

    // Two coaching sessions with their commitments; the second one's agent wrote a note.
    CoachingStore coaching(m_connection);
    const struct
    {
        int agent;
        const char *dimension;
        int fallback;
        int daysAgo;
        const char *notes;
        const char *agentNote;
    } sessions[] = {
        {4, "attitude", 1, 45, "回听两通投诉电话，讨论如何先安抚情绪。", ""},
        {1, "resolution", 2, 12, "梳理复杂问题的升级流程和时限。", "我会把升级时限贴在工位上提醒自己。"},
    };
    for (const auto &s : sessions) {
        const AgentEntry &agent = agents.at(s.agent);
        const QString owner = ownerOf(agent);
        CoachingSession session;
        session.agentCode = agent.code;
        session.coach = leadOf(agent);
        if (owner.isEmpty() || session.coach.isEmpty()) {
            continue;
        }
        session.heldOn = m_lastDay.addDays(-s.daysAgo);
        session.dimensionKey = dimension(QString::fromLatin1(s.dimension), s.fallback);
        session.notes = QString::fromUtf8(s.notes);
        session.agentNote = QString::fromUtf8(s.agentNote);
        session.createdAt = QDateTime(session.heldOn, QTime(16, 0), QTimeZone::utc());
        const auto discussed = coaching.recentEvaluations(agent.code, 2);
        for (const auto &[evaluationId, label] : discussed) {
            session.evaluationIds << evaluationId;
        }
        CoachingCommitment first;
        first.text = QStringLiteral("每天回听一通自己的录音并写下改进点。");
        first.dueDate = session.heldOn.addDays(14);
        CoachingCommitment second;
        second.text = QStringLiteral("下周内完成相关知识库课程。");
        second.dueDate = session.heldOn.addDays(7);
        session.commitments = {first, second};
        const qint64 id = coaching.create(session.coach, session);
        if (s.daysAgo > 30) {
            const auto stored = coaching.session(id);
            coaching.setDone(owner, stored->commitments.first().id, true);
        }
    }
    return added;
}

} // namespace qadesk
