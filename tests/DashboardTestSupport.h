#pragma once
// The dashboard's hand-computed fixture, shared by tst_dashboard and tst_gui_dashboard: seven interactions of two
// teams and three agents, and evaluations submitted through EvaluationStore (which maintains the rollups).
#include "domain/Evaluation.h"
#include "scoring/RubricLoader.h"
#include "scoring/ScoreCalculator.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionWriter.h"
#include "storage/RubricStore.h"

#include <QHash>

namespace qadesk::test {

inline const std::nullopt_t NA = std::nullopt;

struct Row
{
    const char *id;
    const char *startedAt;
    const char *agent;
    const char *team;
    const char *channel;
    const char *category;
    std::optional<int> csat, nps, ces;
    std::optional<bool> fcr;
    bool complaint;
    std::optional<double> handle, firstResponse;
};

// Two teams, three agents, 4–17 March 2024 in Shanghai time, and one interaction in the previous fortnight.
inline const Row kFixture[] = {
    {"I1", "2024-03-04T09:00:00+08:00", "A1", "售后一组", "phone", "complaint", 5, 10, 7, true, true, 100, 2.0},
    {"I2", "2024-03-05T10:00:00+08:00", "A1", "售后一组", "phone", "consultation", 4, 9, 5, false, false, 200, 4.0},
    {"I3", "2024-03-06T11:00:00+08:00", "A2", "售后一组", "chat", "consultation", 3, 7, 4, true, false, 300, NA},
    {"I4", "2024-03-07T12:00:00+08:00", "A2", "售后一组", "chat", "after_sales", NA, 3, NA, NA, false, NA, 10.0},
    {"I5", "2024-03-11T13:00:00+08:00", "B1", "投诉处理组", "email", "complaint", 1, NA, 1, true, true, 400, NA},
    {"I6", "2024-03-12T14:00:00+08:00", "B1", "投诉处理组", "phone", "other", 2, 0, NA, NA, false, 600, 9.0},
    {"P1", "2024-02-26T09:00:00+08:00", "A1", "售后一组", "phone", "consultation", 5, NA, NA, NA, false, 50, 1.0},
};

inline Interaction toInteraction(const Row &r)
{
    Interaction in;
    in.externalId = QString::fromUtf8(r.id);
    in.startedAt = QDateTime::fromString(QString::fromUtf8(r.startedAt), Qt::ISODate);
    in.utcOffsetS = in.startedAt.offsetFromUtc();
    in.agentCode = QString::fromUtf8(r.agent);
    in.agentName = QStringLiteral("坐席") + in.agentCode;
    in.teamName = QString::fromUtf8(r.team);
    in.channel = QString::fromUtf8(r.channel);
    in.category = QString::fromUtf8(r.category);
    in.csat = r.csat;
    in.nps = r.nps;
    in.ces = r.ces;
    in.resolvedFirstContact = r.fcr;
    in.complaint = r.complaint;
    in.handleS = r.handle;
    in.firstResponseS = r.firstResponse;
    return in;
}

inline QHash<QString, qint64> insertRows(Connection &c, const Row *rows, qsizetype n)
{
    QHash<QString, qint64> ids;
    Transaction t(c);
    InteractionWriter w(c);
    for (qsizetype i = 0; i < n; ++i) {
        ids.insert(QString::fromUtf8(rows[i].id), w.insert(toInteraction(rows[i])));
    }
    w.finish();
    t.commit();
    return ids;
}

// Submits (through EvaluationStore::submit, which maintains the rollups) an evaluation with these levels in rubric
// order (0 = N/A); the score comes from the scoring engine. With `keepDraft` it is only saved as a draft.
inline qint64 submitEvaluation(Connection &c, qint64 interaction, const QList<int> &levels, bool critical = false,
                               bool keepDraft = false)
{
    const Rubric rubric = RubricLoader::defaultRubric();
    const int version = RubricStore(c).ensureDefault();
    EvaluationStore store(c);
    // One draft per interaction and inspector: a kept draft of this interaction is scored again.
    const std::optional<Evaluation> draft = store.currentDraft(interaction, QStringLiteral("质检员甲"));
    Evaluation e = draft ? *draft : store.load(store.createDraft(interaction, version, QStringLiteral("质检员甲")));
    e.dimensions.clear();
    e.criticalFailed.clear();
    QList<DimensionInput> inputs;
    for (qsizetype d = 0; d < rubric.dimensions.size(); ++d) {
        DimensionEvaluation dim;
        dim.key = rubric.dimensions[d].key;
        if (levels[d] == 0) {
            dim.notApplicable = true;
        } else {
            dim.score = levels[d];
        }
        inputs.append({dim.score, dim.notApplicable});
        e.dimensions << dim;
    }
    if (critical) {
        e.criticalFailed.insert(QStringLiteral("data_disclosure"), true);
    }
    const ScoreResult result = ScoreCalculator::compute(rubric, inputs, critical);
    e.score = result.score;
    e.gradeKey = result.gradeKey;
    if (keepDraft) {
        store.saveDraft(e);
    } else {
        store.submit(e);
    }
    return e.id;
}

// The fixture's five submitted evaluations (scores 100, 60, 80, 31 and a critical 0) and one draft.
inline QHash<QString, qint64> fillFixture(Connection &c)
{
    const auto ids = insertRows(c, kFixture, std::size(kFixture));
    submitEvaluation(c, ids[QStringLiteral("I1")], {5, 5, 5, 5, 5, 5});
    submitEvaluation(c, ids[QStringLiteral("I2")], {3, 3, 3, 3, 3, 3});
    submitEvaluation(c, ids[QStringLiteral("I3")], {4, 4, 4, 4, 4, 0});
    submitEvaluation(c, ids[QStringLiteral("I5")], {1, 2, 2, 1, 1, 2});
    submitEvaluation(c, ids[QStringLiteral("I6")], {5, 5, 5, 5, 5, 5}, false, true);
    submitEvaluation(c, ids[QStringLiteral("I4")], {3, 3, 3, 3, 3, 3}, true);
    return ids;
}

} // namespace qadesk::test
