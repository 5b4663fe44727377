#pragma once
// A large, realistic database for the workspace benchmark (and for screenshots): Chinese teams and
// agents, a year of interactions in every channel and category, dialogue transcripts from the demo
// corpus for some of them, submitted evaluations, one 2,000-turn transcript, and a drawn sample on the
// inspector's queue. Written through the same stores the application uses.

#include "demo/DemoNames.h"
#include "demo/DialogueCorpus.h"
#include "import/PiiMasker.h"
#include "domain/Interaction.h"
#include "sampling/SampleDraw.h"
#include "scoring/ScoreCalculator.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionWriter.h"
#include "storage/RollupStore.h"
#include "storage/RubricStore.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"
#include "storage/TranscriptIndex.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace qadesk::bench {

inline const QString kLongTranscriptId = QStringLiteral("BENCH-2000-TURNS");

struct DataSpec
{
    int interactions = 1000000;
    int transcripts = 50000;
    int evaluations = 3000;
    int agents = 500;
    QString inspector;
    quint32 seed = 1;
};

inline QList<Turn> toTurns(const QList<DemoTurn> &demo)
{
    QList<Turn> turns;
    turns.reserve(demo.size());
    for (const DemoTurn &d : demo) {
        Turn t;
        t.speaker = d.speaker;
        t.startMs = d.startMs;
        t.endMs = d.endMs;
        t.text = PiiMasker::masked(d.text); // as an import stores it
        turns << t;
    }
    return turns;
}

inline void generate(Connection &connection, const DataSpec &spec)
{
    Schema::migrate(connection);
    OrganisationZone::setInitial(connection, QByteArrayLiteral("Asia/Shanghai"));
    const int rubricVersion = RubricStore(connection).ensureDefault();
    const Rubric rubric = RubricStore(connection).load(rubricVersion);
    QRandomGenerator rng(spec.seed);

    const QStringList teams = DemoNames::teamNames(24);
    struct Agent
    {
        QString code, name, team;
        double quality;
    };
    QList<Agent> agents;
    for (int a = 0; a < spec.agents; ++a) {
        agents.append({QStringLiteral("A%1").arg(a + 1, 4, 10, QLatin1Char('0')), DemoNames::agentName(rng),
                       teams.at(a % teams.size()), 0.45 + 0.5 * rng.generateDouble()});
    }
    const std::array<const char *, 4> channels{"phone", "chat", "email", "other"};
    const std::array<int, 4> channelWeights{55, 30, 10, 5};
    const std::array<const char *, 5> categories{"consultation", "complaint", "after_sales", "suggestion", "other"};
    const std::array<int, 5> categoryWeights{45, 15, 25, 5, 10};
    const auto pick = [&rng](const auto &weights) {
        int r = int(rng.bounded(100));
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if ((r -= weights[i]) < 0) {
                return int(i);
            }
        }
        return 0;
    };

    const QDateTime yearStart(QDate(2024, 1, 1), QTime(0, 0), QTimeZone(8 * 3600));
    const int transcriptEvery = spec.transcripts > 0 ? qMax(1, spec.interactions / spec.transcripts) : 0;
    QList<qint64> withTranscript;
    Transaction transaction(connection);
    InteractionWriter writer(connection);
    for (int i = 0; i < spec.interactions; ++i) {
        const Agent &agent = agents.at(int(rng.bounded(agents.size())));
        Interaction in;
        in.externalId = QStringLiteral("CALL-2024-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        // Working hours, a year long; later interactions later in the year.
        const qint64 day = qint64(i) * 366 / spec.interactions;
        in.startedAt = yearStart.addDays(day).addSecs(8 * 3600 + rng.bounded(12 * 3600));
        in.utcOffsetS = 8 * 3600;
        in.agentCode = agent.code;
        in.agentName = agent.name;
        in.teamName = agent.team;
        in.channel = QLatin1String(channels[std::size_t(pick(channelWeights))]);
        in.category = QLatin1String(categories[std::size_t(pick(categoryWeights))]);
        const double quality = qBound(0.0, agent.quality + 0.2 * (rng.generateDouble() - 0.5), 1.0);
        in.firstResponseS = std::round((1.0 + 25.0 * (1.0 - quality) * rng.generateDouble()) * 10) / 10;
        in.handleS = 90 + rng.bounded(600);
        in.resolvedFirstContact = rng.generateDouble() < 0.55 + 0.35 * quality;
        in.complaint = in.category == QLatin1String("complaint") || rng.generateDouble() < 0.03 * (1.5 - quality);
        if (rng.bounded(100) < 18) {
            in.csat = qBound(1, int(std::lround(1 + 4 * quality + (rng.generateDouble() - 0.5) * 1.6)), 5);
            in.nps = qBound(0, int(std::lround(10 * quality + (rng.generateDouble() - 0.5) * 4)), 10);
            in.ces = qBound(1, int(std::lround(1 + 6 * quality + (rng.generateDouble() - 0.5) * 2)), 7);
        }
        if (transcriptEvery > 0 && i % transcriptEvery == 0) {
            DialogueRequest request;
            request.channel = in.channel;
            request.category = in.category;
            request.quality = quality;
            request.targetTurns = 8 + int(rng.bounded(24));
            request.english = rng.bounded(100) < 3;
            request.firstResponseS = *in.firstResponseS;
            in.turns = toTurns(DialogueCorpus::generate(request, rng));
        }
        const qint64 id = writer.insert(in);
        if (!in.turns.isEmpty()) {
            withTranscript << id;
        }
    }
    // One very long transcript: a 2,000-turn chat.
    Interaction longOne;
    longOne.externalId = kLongTranscriptId;
    longOne.startedAt = yearStart.addDays(365).addSecs(10 * 3600);
    longOne.utcOffsetS = 8 * 3600;
    longOne.agentCode = agents.at(0).code;
    longOne.agentName = agents.at(0).name;
    longOne.teamName = agents.at(0).team;
    longOne.channel = QStringLiteral("chat");
    longOne.category = QStringLiteral("after_sales");
    longOne.handleS = 5400;
    longOne.csat = 4;
    while (longOne.turns.size() < 2000) {
        DialogueRequest request;
        request.channel = QStringLiteral("chat");
        request.category = QStringLiteral("after_sales");
        request.targetTurns = 40;
        const qint64 offset = longOne.turns.isEmpty() ? 0 : *longOne.turns.constLast().endMs + 20000;
        for (Turn t : toTurns(DialogueCorpus::generate(request, rng))) {
            if (longOne.turns.size() == 2000) {
                break;
            }
            *t.startMs += offset;
            *t.endMs += offset;
            longOne.turns << t;
        }
    }
    writer.insert(longOne);
    writer.finish();
    transaction.commit();
    // What the application's background indexer would have done by now.
    TranscriptIndex(connection).catchUpInChunks(50000);

    // Submitted evaluations on some of the transcripts, scored like an inspector would.
    Transaction evaluationsTransaction(connection);
    EvaluationStore evaluations(connection);
    for (int e = 0; e < spec.evaluations && e < withTranscript.size(); ++e) {
        Evaluation ev;
        ev.interactionId = withTranscript.at(qsizetype(e) * withTranscript.size() / qMax(1, spec.evaluations));
        ev.rubricVersionId = rubricVersion;
        ev.inspector = e % 3 == 0 ? QStringLiteral("质检员乙") : spec.inspector;
        ev.status = QStringLiteral("submitted");
        QList<DimensionInput> inputs;
        for (const RubricDimension &d : rubric.dimensions) {
            const int level = 2 + int(rng.bounded(4));
            inputs.append({level, false});
            ev.dimensions.append({d.key, level, false, level <= 2 ? QStringLiteral("需加强") : QString(), {}});
        }
        const ScoreResult result = ScoreCalculator::compute(rubric, inputs, false);
        ev.score = result.score;
        ev.gradeKey = result.gradeKey;
        ev.submittedAt = QDateTime::currentDateTimeUtc();
        evaluations.insert(ev);
    }
    RollupStore(connection).rebuildAll(); // the bulk insert skipped the per-evaluation refresh
    evaluationsTransaction.commit();

    // The inspector's queue: three per agent from the last week of the year.
    SampleRequest sample;
    sample.inspector = spec.inspector;
    sample.from = QDate(2024, 12, 25);
    sample.to = QDate(2024, 12, 31);
    sample.options.perAgent = 3;
    sample.options.seed = 20241231;
    sample.options.complaintWeight = 3;
    sample.options.lowCsatWeight = 3;
    SampleDraw::run(connection, sample);

    // An evaluation in progress on the newest queued interaction, as an inspector leaves it mid-way:
    // three dimensions scored, a comment, two turns as evidence, the greeting ticked.
    QSqlQuery queued = connection.run(
        QStringLiteral("SELECT i.id FROM work_queue q JOIN interactions i ON i.id = q.interaction_id "
                       "WHERE i.turn_count >= 12 AND i.channel = 'phone' ORDER BY i.started_at DESC LIMIT 1"));
    if (queued.next()) {
        const qint64 interaction = queued.value(0).toLongLong();
        queued.finish();
        QList<qint64> turnIds;
        QSqlQuery turns =
            connection.run(QStringLiteral("SELECT id FROM turns WHERE interaction_id = ? ORDER BY seq"), {interaction});
        while (turns.next()) {
            turnIds << turns.value(0).toLongLong();
        }
        EvaluationStore store(connection);
        Evaluation draft = store.load(store.createDraft(interaction, rubricVersion, spec.inspector));
        const int levels[] = {4, 5, 3};
        for (int d = 0; d < rubric.dimensions.size(); ++d) {
            DimensionEvaluation dimension{rubric.dimensions.at(d).key, std::nullopt, false, {}, {}};
            if (d < 3) {
                dimension.score = levels[d];
            }
            draft.dimensions << dimension;
        }
        draft.dimensions[1].comment = QStringLiteral("语气亲切，耐心倾听");
        draft.dimensions[2].evidenceTurnIds = {turnIds.value(3), turnIds.value(5)};
        draft.checklist.insert(QStringLiteral("greeting"), QStringLiteral("yes"));
        QList<DimensionInput> inputs;
        for (const DimensionEvaluation &d : std::as_const(draft.dimensions)) {
            inputs.append({d.score, d.notApplicable});
        }
        const ScoreResult result = ScoreCalculator::compute(rubric, inputs, false);
        draft.score = result.score;
        draft.gradeKey = result.gradeKey;
        store.saveDraft(draft);
        Schema::setMeta(connection, QStringLiteral("bench_draft_interaction"), QString::number(interaction));
    }
}

} // namespace qadesk::bench
