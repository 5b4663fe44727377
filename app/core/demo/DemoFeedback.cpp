#include "DemoFeedback.h"

#include "Error.h"
#include "feedback/WorkingDays.h"
#include "scoring/ScoreCalculator.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/FeedbackStore.h"
#include "storage/InteractionReader.h"
#include "storage/OrganisationZone.h"
#include "storage/PeopleStore.h"
#include "storage/RubricStore.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

namespace qadesk {

namespace {

constexpr int kMaxReleased = 400;
const QStringList &disputeReasons()
{
    static const QStringList reasons{
        QStringLiteral("客户在通话开头已确认身份，录音可证明。"),  QStringLiteral("系统卡顿导致响应延迟，非本人原因。"),
        QStringLiteral("已按流程安抚客户，语气并无不妥。"),        QStringLiteral("问题已在当天回访中解决，请查看工单。"),
        QStringLiteral("该知识点在培训材料中的说法与评分依据不同。"), QStringLiteral("记录已补充完整，附有截图。"),
    };
    return reasons;
}

} // namespace

int seedDemoFeedback(Connection &connection, quint32 seed, const QList<DemoFeedbackAgent> &agents, QDate lastDay)
{
    // Who decides a team's disputes: its lead, as the demo's people have it.
    QHash<QString, QString> leadOf;
    for (const Person &person : PeopleStore(connection).list()) {
        if (person.role == Role::Lead && !person.team.isEmpty() && !leadOf.contains(person.team)) {
            leadOf.insert(person.team, person.login);
        }
    }
    QRandomGenerator rng(seed ^ 0x13u); // a stream of its own: the rest of the demo stays as it was

    const QTimeZone zone = OrganisationZone::zone(connection);
    const QDateTime end = lastDay.endOfDay(zone).toUTC();
    FeedbackStore store(connection);
    EvaluationStore evaluations(connection);
    RubricStore rubrics(connection);
    InteractionReader interactions(connection);
    FeedbackQuery query;
    query.notReleased = true;
    query.limit = kMaxReleased;
    const QList<FeedbackRow> rows = store.rows(query, end); // newest first
    QSet<QString> withPerson; // the first agent of each team (a001, a002…): more fresh disputes, to look at
    QSet<QString> seenTeams;
    for (const DemoFeedbackAgent &agent : agents) {
        if (!seenTeams.contains(agent.team)) {
            seenTeams.insert(agent.team);
            withPerson.insert(agent.code);
        }
    }
    int released = 0;
    int oldOpen = 0; // a couple of old disputes stay open, overdue; the other old ones were closed long ago
    for (const FeedbackRow &row : rows) {
        bool disputed = row.status == QLatin1String("disputed");
        if (disputed && row.submittedAt < end.addDays(-14) && ++oldOpen > 2) {
            disputed = false; // handled as a final one: decided and closed
        }
        const int freshShare = withPerson.contains(row.agentCode) ? 40 : 12; // so that those agents have some
        if (row.status == QLatin1String("submitted") && row.submittedAt >= end.addDays(-10) && rng.bounded(100) < freshShare) {
            disputed = true; // a few fresh disputes for the leads to decide
        }
        const bool final = row.status == QLatin1String("final") || (row.status == QLatin1String("disputed") && !disputed);
        // Release most of them; disputed and final ones always (their dispute or acknowledgement needs it).
        if (!disputed && !final && rng.bounded(100) >= 70) {
            continue;
        }
        const Rubric rubric = rubrics.load(int(row.rubricVersionId));
        Feedback feedback;
        feedback.evaluationId = row.evaluationId;
        feedback.releasedBy = row.inspector;
        feedback.releasedAt = std::min(end, row.submittedAt.addSecs(3600 + rng.bounded(20 * 3600)));
        feedback.respondBy = WorkingDays::deadline(feedback.releasedAt, rubric.dispute.windowWorkingDays, zone);
        feedback.state = FeedbackState::Released;
        store.insertFeedback(feedback);
        ++released;
        const QDateTime respondAt = std::min(end, feedback.releasedAt.addSecs(2 * 3600 + rng.bounded(3 * 24 * 3600)));
        const bool waiting = respondAt >= end.addSecs(-2 * 24 * 3600) && !disputed && !final;
        if (!disputed && !(final && (row.status == QLatin1String("disputed") || rng.bounded(100) < 30))) {
            // Acknowledged (submitted and final ones), unless recent: some still wait, a few past the window.
            if ((waiting && rng.bounded(100) < 70) || (!final && rng.bounded(100) < 6)) {
                continue;
            }
            QString signature;
            if (rng.bounded(100) < 60) { // a drawn signature: a few wavy strokes
                QString strokes = QStringLiteral("[");
                const int count = 2 + int(rng.bounded(2));
                for (int s = 0; s < count; ++s) {
                    strokes += s ? QStringLiteral(",[") : QStringLiteral("[");
                    int x = 80 + s * 280 + int(rng.bounded(40));
                    for (int p = 0; p < 12; ++p) {
                        const int y = 200 + int(90 * std::sin((p + s) * 0.9)) + int(rng.bounded(30));
                        strokes += QStringLiteral("%1[%2,%3]").arg(p ? QStringLiteral(",") : QString()).arg(x).arg(y);
                        x += 18 + int(rng.bounded(8));
                    }
                    strokes += QLatin1Char(']');
                }
                signature = strokes + QLatin1Char(']');
            }
            store.setAcknowledged(row.evaluationId, row.agentCode.toLower(), respondAt,
                                  row.agentName.isEmpty() ? row.agentCode : row.agentName, signature);
            store.setState(row.evaluationId, FeedbackState::Acknowledged);
            store.setEvaluationStatus(row.evaluationId, QStringLiteral("final"));
            continue;
        }
        // A dispute of one or two dimensions the inspector scored low, with agent turns as evidence.
        const Evaluation evaluation = evaluations.load(row.evaluationId);
        QList<DimensionEvaluation> candidates;
        for (const DimensionEvaluation &d : evaluation.dimensions) {
            if (d.score && *d.score < 5) {
                candidates << d;
            }
        }
        if (candidates.isEmpty()) {
            continue;
        }
        std::sort(candidates.begin(), candidates.end(),
                  [](const DimensionEvaluation &a, const DimensionEvaluation &b) { return *a.score < *b.score; });
        const QList<Turn> turns = interactions.load(row.interactionId).turns;
        QList<DisputeItem> items;
        const int count = candidates.size() > 1 && rng.bounded(100) < 35 ? 2 : 1;
        for (int i = 0; i < count; ++i) {
            DisputeItem item;
            item.dimensionKey = candidates.at(i).key;
            item.proposedLevel = std::min(5, *candidates.at(i).score + 1 + int(rng.bounded(2)));
            item.reason = disputeReasons().at(int(rng.bounded(qsizetype(disputeReasons().size()))));
            for (const Turn &turn : turns) {
                if (turn.speaker == QLatin1String("agent") && item.evidenceTurnIds.size() < 2 && rng.bounded(100) < 15) {
                    item.evidenceTurnIds << turn.id;
                    if (turn.startMs && rng.bounded(100) < 50) {
                        item.evidenceMs << *turn.startMs;
                    }
                }
            }
            items << item;
        }
        const QDateTime raised = std::min(end, feedback.releasedAt.addSecs(3 * 3600 + rng.bounded(2 * 24 * 3600)));
        const qint64 disputeId = store.insertDispute(row.evaluationId, row.agentCode.toLower(), raised,
                                                     WorkingDays::deadline(raised, rubric.dispute.decisionWorkingDays, zone),
                                                     items);
        store.setState(row.evaluationId, FeedbackState::Disputed);
        store.setEvaluationStatus(row.evaluationId, QStringLiteral("disputed"));
        const int stage = int(rng.bounded(100));
        const bool recent = raised >= end.addSecs(-3 * 24 * 3600);
        if (disputed && (recent || stage < 45)) {
            continue; // open at level 1 (some past their deadline)
        }
        // Decided at level 1: rejected, partly or accepted.
        const int roll = int(rng.bounded(100));
        const QString outcome = roll < 50 ? QStringLiteral("rejected") : roll < 75 ? QStringLiteral("partly")
                                                                                   : QStringLiteral("accepted");
        DisputeDecision decision;
        decision.level = 1;
        decision.decidedBy = leadOf.value(row.teamName, QStringLiteral("qa_manager")); // the team's lead
        decision.decidedAt = std::min(end, raised.addSecs(4 * 3600 + rng.bounded(2 * 24 * 3600)));
        decision.outcome = outcome;
        decision.reason = outcome == QLatin1String("rejected") ? QStringLiteral("复听录音，原评分依据成立。")
                                                                : QStringLiteral("复核后部分采纳坐席意见，已调整评分。");
        decision.versionBefore = 1;
        decision.versionAfter = 1;
        if (outcome != QLatin1String("rejected")) {
            Evaluation after = evaluation;
            for (DimensionEvaluation &d : after.dimensions) {
                for (const DisputeItem &item : items) {
                    if (d.key == item.dimensionKey) {
                        d.score = outcome == QLatin1String("accepted") ? item.proposedLevel : std::min(5, *d.score + 1);
                    }
                }
            }
            QList<DimensionInput> inputs;
            for (const RubricDimension &dimension : rubric.dimensions) {
                DimensionInput input;
                for (const DimensionEvaluation &d : after.dimensions) {
                    if (d.key == dimension.key) {
                        input = {d.score, d.notApplicable};
                    }
                }
                inputs << input;
            }
            const ScoreResult result = ScoreCalculator::compute(rubric, inputs, after.anyCriticalFailed());
            after.score = result.score;
            after.gradeKey = result.gradeKey;
            store.addVersion(row.evaluationId, {1, evaluation, decision.decidedBy, decision.decidedAt, disputeId});
            evaluations.replaceContent(after);
            store.setVersion(row.evaluationId, 2);
            decision.versionAfter = 2;
        }
        store.addDecision(disputeId, decision);
        const QDateTime escalateBy = WorkingDays::deadline(decision.decidedAt, rubric.dispute.windowWorkingDays, zone);
        store.setEscalateBy(disputeId, escalateBy);
        store.setState(row.evaluationId, FeedbackState::Decided);
        if (disputed) {
            if (stage >= 80 && outcome != QLatin1String("accepted")) {
                store.escalate(disputeId, WorkingDays::deadline(decision.decidedAt.addSecs(3600), rubric.dispute.decisionWorkingDays, zone),
                               QStringLiteral("对组长的复核结果仍有异议，申请终审。"));
                store.setState(row.evaluationId, FeedbackState::Escalated);
            }
            continue; // waiting for the agent, or for the QA manager
        }
        // Final ones: the agent accepted the decision.
        store.setState(row.evaluationId, FeedbackState::Final);
        store.close(disputeId, std::min(end, decision.decidedAt.addSecs(3600 * 5)));
        store.setEvaluationStatus(row.evaluationId, QStringLiteral("final"));
    }
    return released;
}

} // namespace qadesk
