#include "DemoGenerator.h"
#include "ImprovementDemo.h"

#include "DemoFeedback.h"

#include "DemoNames.h"
#include "DemoPeople.h"
#include "DialogueCorpus.h"
#include "Error.h"
#include "import/PiiMasker.h"
#include "scoring/RubricLoader.h"
#include "scoring/ScoreCalculator.h"
#include "storage/BulkLoad.h"
#include "storage/Connection.h"
#include "storage/DatabaseSummary.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionWriter.h"
#include "storage/RollupStore.h"
#include "storage/RubricStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

namespace qadesk {

namespace {

constexpr qint64 kBatch = 50000; // interactions per transaction

struct DemoAgent
{
    QString code;
    QString name;
    QString team;
    double skill = 0.7;
};

double gaussian(QRandomGenerator &rng)
{
    const double u1 = std::max(rng.generateDouble(), 1e-12);
    const double u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

int clampRound(double v, int lo, int hi)
{
    return std::clamp(int(std::lround(v)), lo, hi);
}

// Whether item `index` of `total` is one of `count` picked evenly: exactly `count` items are.
bool evenlyPicked(qint64 index, qint64 count, qint64 total)
{
    if (count <= 0 || total <= 0) {
        return false;
    }
    return (index * count) / total != ((index + 1) * count) / total;
}

template<typename T, size_t N>
const T &weightedPick(QRandomGenerator &rng, const std::array<std::pair<T, int>, N> &table)
{
    int total = 0;
    for (const auto &entry : table) {
        total += entry.second;
    }
    int r = int(rng.bounded(total));
    for (const auto &entry : table) {
        if (r < entry.second) {
            return entry.first;
        }
        r -= entry.second;
    }
    return table.back().first;
}

class InteractionSynth
{
public:
    InteractionSynth(QRandomGenerator &rng, QDate firstDay, int days) : m_rng(rng), m_firstDay(firstDay), m_days(days) {}

    Interaction make(qint64 index, const DemoAgent &agent, double &quality)
    {
        static const std::array<std::pair<const char *, int>, 4> channels{
            {{"phone", 45}, {"chat", 40}, {"email", 10}, {"other", 5}}};
        static const std::array<std::pair<const char *, int>, 5> categories{
            {{"consultation", 45}, {"after_sales", 25}, {"complaint", 15}, {"suggestion", 8}, {"other", 7}}};
        Interaction in;
        in.externalId = QStringLiteral("DEMO-%1").arg(index + 1, 7, 10, QLatin1Char('0'));
        in.channel = QString::fromLatin1(weightedPick(m_rng, channels));
        in.category = QString::fromLatin1(weightedPick(m_rng, categories));
        in.agentCode = agent.code;
        in.agentName = agent.name;
        in.teamName = agent.team;

        // More traffic on weekdays and in office hours, Beijing time.
        QDate day = m_firstDay.addDays(m_rng.bounded(m_days));
        if (day.dayOfWeek() >= 6 && m_rng.bounded(2) == 0) {
            const QDate weekday = day.addDays(day.dayOfWeek() == 6 ? -1 : 1);
            if (weekday >= m_firstDay && weekday < m_firstDay.addDays(m_days)) {
                day = weekday;
            }
        }
        const int hour = clampRound(14 + 3.2 * gaussian(m_rng), 7, 22);
        const QTime time(hour, int(m_rng.bounded(60)), int(m_rng.bounded(60)));
        static const QTimeZone beijing(8 * 3600);
        in.startedAt = QDateTime(day, time, beijing);
        in.utcOffsetS = 8 * 3600;

        const bool complaintCategory = in.category == QLatin1String("complaint");
        quality = std::clamp(agent.skill + 0.18 * gaussian(m_rng) - (complaintCategory ? 0.08 : 0.0), 0.02, 0.99);
        const bool phone = in.channel == QLatin1String("phone");
        const bool email = in.channel == QLatin1String("email");
        if (email) {
            in.firstResponseS = std::round((600.0 + 7200.0 * (1.1 - quality) * m_rng.generateDouble()) * 10) / 10;
            in.handleS = std::round(300 + 900 * m_rng.generateDouble());
        } else {
            const double base = phone ? 2.0 + 14.0 * std::pow(1.0 - quality, 1.6) : 3.0 + 40.0 * std::pow(1.0 - quality, 1.8);
            in.firstResponseS = std::round(std::max(0.5, base * (0.6 + 0.8 * m_rng.generateDouble())) * 10) / 10;
            in.handleS = std::round(std::max(30.0, (phone ? 300.0 : 520.0) * (1.4 - 0.6 * quality) + 120 * gaussian(m_rng)));
        }
        if (m_rng.bounded(100) < 85) {
            in.resolvedFirstContact = m_rng.generateDouble() < 0.45 + 0.5 * quality;
        }
        in.complaint = complaintCategory ? m_rng.bounded(100) < 60 : m_rng.generateDouble() < 0.05 * (1.3 - quality);
        if (m_rng.bounded(100) < 16) { // surveys answer 10-20 % of interactions
            const double mood = quality + (in.complaint ? -0.2 : 0.0);
            in.csat = clampRound(1.0 + 4.2 * mood + 0.7 * gaussian(m_rng), 1, 5);
            if (m_rng.bounded(100) < 85) {
                in.nps = clampRound(10.5 * mood + 1.4 * gaussian(m_rng), 0, 10);
            }
            if (m_rng.bounded(100) < 70) {
                in.ces = clampRound(1.0 + 6.2 * mood + 0.9 * gaussian(m_rng), 1, 7);
            }
        }
        in.customerId = QStringLiteral("C%1").arg(m_rng.bounded(10000000), 7, 10, QLatin1Char('0'));
        in.customerPhone = PiiMasker::maskedPhone(DemoNames::customerPhone(m_rng));
        return in;
    }

private:
    QRandomGenerator &m_rng;
    QDate m_firstDay;
    int m_days;
};

class EvaluationSynth
{
public:
    EvaluationSynth(QRandomGenerator &rng, const Rubric &rubric, qint64 rubricVersionId, QStringList inspectors)
        : m_rng(rng), m_rubric(rubric), m_versionId(rubricVersionId), m_inspectors(std::move(inspectors))
    {
    }

    Evaluation make(qint64 interactionId, const Interaction &in, double quality, QDate lastDay)
    {
        Evaluation e;
        e.interactionId = interactionId;
        e.rubricVersionId = m_versionId;
        e.inspector = m_inspectors.at(int(m_rng.bounded(qsizetype(m_inspectors.size()))));
        QList<DimensionInput> inputs;
        for (const RubricDimension &dim : m_rubric.dimensions) {
            DimensionEvaluation d;
            d.key = dim.key;
            if (dim.key == QLatin1String("response") && in.firstResponseS && in.channel != QLatin1String("email")) {
                d.score = ScoreCalculator::responseLevelForSeconds(*in.firstResponseS);
            } else if (dim.key == QLatin1String("satisfaction") && in.csat) {
                d.score = *in.csat;
            } else if (dim.key == QLatin1String("records") && m_rng.bounded(100) < 3) {
                d.notApplicable = true;
            } else {
                d.score = clampRound(1.0 + 4.0 * quality + 0.6 * gaussian(m_rng), 1, 5);
            }
            if (d.score && *d.score <= 2) {
                d.comment = lowScoreComment(dim.key);
            }
            inputs.append({d.score, d.notApplicable});
            e.dimensions << d;
        }
        for (const ChecklistStep &step : m_rubric.checklist) {
            const double p = 0.35 + 0.6 * quality;
            e.checklist.insert(step.key, m_rng.generateDouble() < p ? QStringLiteral("yes") : QStringLiteral("no"));
        }
        for (const CriticalItem &item : m_rubric.criticalItems) {
            e.criticalFailed.insert(item.key, quality < 0.25 && m_rng.bounded(100) < 4);
        }
        const ScoreResult result = ScoreCalculator::compute(m_rubric, inputs, e.anyCriticalFailed());
        e.score = result.score;
        e.gradeKey = result.gradeKey;
        const int roll = int(m_rng.bounded(100));
        e.status = roll < 88 ? QStringLiteral("submitted")
                 : roll < 96 ? QStringLiteral("final")
                 : roll < 98 ? QStringLiteral("disputed")
                             : QStringLiteral("draft");
        e.overallComment = overallComment(e.score.value_or(0));
        QDateTime created = in.startedAt.addDays(1 + m_rng.bounded(6)).addSecs(m_rng.bounded(8 * 3600));
        const QDateTime limit = lastDay.endOfDay(QTimeZone(8 * 3600));
        if (created > limit) {
            created = limit.addSecs(-m_rng.bounded(3600));
        }
        e.createdAt = created;
        e.updatedAt = created.addSecs(300 + m_rng.bounded(1800));
        if (e.status != QLatin1String("draft")) {
            e.submittedAt = e.updatedAt;
        }
        return e;
    }

private:
    QString lowScoreComment(const QString &key)
    {
        static const QHash<QString, QStringList> comments{
            {QStringLiteral("response"), {QStringLiteral("首次响应超时，客户等待过久。"), QStringLiteral("接起后长时间无应答。")}},
            {QStringLiteral("attitude"), {QStringLiteral("语气生硬，多次打断客户。"), QStringLiteral("缺少安抚，客户情绪升级。")}},
            {QStringLiteral("resolution"), {QStringLiteral("问题未解决，也未给出后续方案。"), QStringLiteral("反复转接，客户需多次说明。")}},
            {QStringLiteral("knowledge"), {QStringLiteral("退款时效解释错误。"), QStringLiteral("对会员权益规则不熟悉。")}},
            {QStringLiteral("satisfaction"), {QStringLiteral("客户明确表示不满意。"), QStringLiteral("客户挂机前抱怨服务。")}},
            {QStringLiteral("records"), {QStringLiteral("工单缺少订单号和处理结果。"), QStringLiteral("记录混乱，无法追溯。")}},
        };
        const QStringList options = comments.value(key, {QStringLiteral("需改进。")});
        return options.at(int(m_rng.bounded(qsizetype(options.size()))));
    }

    static QString overallComment(double score)
    {
        if (score >= 90) {
            return QStringLiteral("服务规范热情，问题解决彻底，可作为优秀案例分享。");
        }
        if (score >= 80) {
            return QStringLiteral("整体表现良好，注意结束语前确认客户满意度。");
        }
        if (score >= 60) {
            return QStringLiteral("基本符合要求，复述确认需求和解决方案说明还需加强。");
        }
        return QStringLiteral("服务流程缺失较多，需安排辅导并整改。");
    }

    QRandomGenerator &m_rng;
    const Rubric &m_rubric;
    qint64 m_versionId;
    QStringList m_inspectors;
};

} // namespace

DemoGenerator::DemoGenerator(Connection &connection, DemoOptions options)
    : m_connection(connection), m_options(options)
{
}

DemoCounts DemoGenerator::run(const Progress &progress)
{
    const qint64 existing = DatabaseSummary(m_connection).counts().interactions;
    if (existing > 0) {
        throw Error(QCoreApplication::translate("DemoGenerator",
                                                "The database %1 already holds %2 interactions; demo data goes into "
                                                "an empty database.")
                        .arg(m_connection.location())
                        .arg(existing));
    }
    const qint64 total = std::max<qint64>(0, m_options.interactions);
    const qint64 transcripts = std::clamp<qint64>(m_options.transcripts < 0 ? total / 10 : m_options.transcripts, 0, total);
    const qint64 evaluations = std::clamp<qint64>(m_options.evaluations < 0 ? total / 20 : m_options.evaluations, 0, total);
    const int agentCount = m_options.agents > 0 ? m_options.agents : int(std::clamp<qint64>(total / 1000, 12, 400));
    const QDate lastDay = m_options.lastDay.isValid() ? m_options.lastDay : QDate::currentDate();
    const QDate firstDay = lastDay.addDays(-364);

    QRandomGenerator rng(m_options.seed);
    DemoCounts counts;
    const int teamCount = std::max(1, (agentCount + 9) / 10);
    const QStringList teams = DemoNames::teamNames(teamCount);
    QList<DemoAgent> agents;
    for (int i = 0; i < agentCount; ++i) {
        agents.append({QStringLiteral("A%1").arg(i + 1, 3, 10, QLatin1Char('0')), DemoNames::agentName(rng), teams.at(i % teamCount),
                       std::clamp(0.68 + 0.16 * gaussian(rng), 0.25, 0.97)});
    }
    QStringList inspectors;
    for (int i = 0; i < 6; ++i) {
        inspectors << DemoNames::agentName(rng);
    }
    counts.teams = teamCount;
    counts.agents = agentCount;

    RubricStore rubrics(m_connection);
    const qint64 versionId = rubrics.ensureDefault();
    const Rubric rubric = rubrics.load(versionId);
    InteractionSynth interactionSynth(rng, firstDay, 365);
    EvaluationSynth evaluationSynth(rng, rubric, versionId, inspectors);

    BulkLoad bulk(m_connection, {QStringLiteral("interactions"), QStringLiteral("turns"), QStringLiteral("evaluations")});
    qint64 transcriptIndex = 0;
    qint64 plainIndex = 0;
    for (qint64 begin = 0; begin < total; begin += kBatch) {
        const qint64 end = std::min(total, begin + kBatch);
        Transaction transaction(m_connection);
        InteractionWriter writer(m_connection);
        EvaluationStore evaluationStore(m_connection);
        for (qint64 i = begin; i < end; ++i) {
            const DemoAgent &agent = agents.at(int(rng.bounded(qsizetype(agents.size()))));
            double quality = 0;
            Interaction in = interactionSynth.make(i, agent, quality);
            const bool hasTranscript = evenlyPicked(i, transcripts, total);
            if (hasTranscript) {
                DialogueRequest request;
                request.channel = in.channel;
                request.category = in.category;
                request.quality = quality;
                request.targetTurns = clampRound(40 + 12 * gaussian(rng), 8, 90);
                request.english = in.channel == QLatin1String("chat") && rng.bounded(100) < 4;
                request.firstResponseS = in.firstResponseS.value_or(3.0);
                const QList<DemoTurn> turns = DialogueCorpus::generate(request, rng);
                // Stored as an import would store them: personal numbers masked.
                for (const DemoTurn &t : turns) {
                    in.turns.append({0, 0, t.speaker, t.startMs, t.endMs, PiiMasker::masked(t.text)});
                }
                counts.turns += turns.size();
                ++counts.transcripts;
            }
            const qint64 id = writer.insert(in);
            // Evaluate transcribed interactions first, then spread the rest over the others.
            const bool evaluate = hasTranscript ? evenlyPicked(transcriptIndex++, std::min(evaluations, transcripts), transcripts)
                                                : evenlyPicked(plainIndex++, std::max<qint64>(0, evaluations - transcripts),
                                                               total - transcripts);
            if (evaluate) {
                evaluationStore.insert(evaluationSynth.make(id, in, quality, lastDay));
                ++counts.evaluations;
            }
            ++counts.interactions;
        }
        transaction.commit();
        if (progress) {
            progress(end, total);
        }
    }
    QList<DemoFeedbackAgent> people;
    for (const DemoAgent &agent : agents) {
        people.append({agent.code, agent.name, agent.team});
    }
    // The people first (each added in a transaction of their own): the feedback names its leads and agents.
    counts.people = addDemoPeople(m_connection, inspectors, rng);
    Transaction transaction(m_connection);
    bulk.finish();
    seedDemoFeedback(m_connection, m_options.seed, people, lastDay);
    RollupStore(m_connection).rebuildAll();
    transaction.commit();
    counts.verificationEvaluations = ImprovementDemo(m_connection, m_options.seed, lastDay).run();
    return counts;
}

} // namespace qadesk
