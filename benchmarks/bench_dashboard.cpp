// Dashboard refresh benchmark (DESIGN §7, issue 5 item 8) — experimental first version.
#include "domain/Evaluation.h"
#include "kpi/KpiService.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionWriter.h"
#include "storage/RollupStore.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace qadesk;

namespace {

const char *kTeams[] = {"售后一组", "售后二组", "投诉处理组", "咨询一组", "咨询二组",
                        "电商客服组", "会员服务组", "技术支持组", "在线客服组", "夜班组"};
const char *kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
const char *kGiven[] = {"芳", "伟", "娜", "敏", "静", "强", "磊", "洋", "艳", "杰"};
const char *kChannels[] = {"phone", "chat", "email", "other"};
const int kChannelWeights[] = {45, 35, 15, 5};
const char *kCategories[] = {"consultation", "complaint", "after_sales", "suggestion", "other"};
const int kCategoryWeights[] = {40, 15, 30, 5, 10};
const char *kDimensions[] = {"response", "attitude", "resolution", "knowledge", "satisfaction", "records"};
const double kWeights[] = {15, 20, 25, 15, 15, 10};

int weighted(QRandomGenerator &rng, const int *weights, int n)
{
    int total = 0;
    for (int i = 0; i < n; ++i) total += weights[i];
    int r = int(rng.bounded(total));
    for (int i = 0; i < n; ++i) {
        if (r < weights[i]) return i;
        r -= weights[i];
    }
    return n - 1;
}

int clampInt(int v, int lo, int hi) { return std::max(lo, std::min(hi, v)); }

void generate(Connection &c, int interactions, int evaluations, QDate last, quint32 seed)
{
    QRandomGenerator rng(seed);
    Schema::setMeta(c, QStringLiteral("rollup_tz"), QStringLiteral("Asia/Shanghai"));
    const QTimeZone zone("Asia/Shanghai");
    const QDate first = last.addDays(-364);
    double skill[100];
    for (double &s : skill) s = rng.bounded(1.0);
    QElapsedTimer timer;
    timer.start();
    QList<std::pair<qint64, int>> ids; // interaction id, agent index
    ids.reserve(interactions);
    {
        Transaction t(c);
        InteractionWriter w(c);
        for (int i = 0; i < interactions; ++i) {
            const int agent = int(rng.bounded(100));
            Interaction in;
            in.externalId = QStringLiteral("BENCH-%1").arg(i, 7, 10, QLatin1Char('0'));
            const QDate day = first.addDays(qint64(i) * 365 / interactions);
            in.startedAt = QDateTime(day, QTime(8, 0).addSecs(int(rng.bounded(14 * 3600))), zone);
            in.utcOffsetS = 8 * 3600;
            in.agentCode = QStringLiteral("A%1").arg(agent + 1, 3, 10, QLatin1Char('0'));
            in.agentName = QString::fromUtf8(kSurnames[agent % 10]) + QString::fromUtf8(kGiven[(agent / 10 + agent * 3) % 10]);
            in.teamName = QString::fromUtf8(kTeams[agent / 10]);
            in.channel = QString::fromUtf8(kChannels[weighted(rng, kChannelWeights, 4)]);
            in.category = QString::fromUtf8(kCategories[weighted(rng, kCategoryWeights, 5)]);
            const double q = skill[agent] * 0.6 + rng.bounded(0.4); // 0..1 quality of this contact
            in.handleS = 120 + rng.bounded(600) * (1.2 - q);
            in.firstResponseS = 1 + rng.bounded(20.0) * (1.1 - q);
            in.resolvedFirstContact = rng.bounded(1.0) < 0.55 + 0.35 * q;
            in.complaint = rng.bounded(1.0) < 0.08 * (1.2 - q);
            if (rng.bounded(100) < 15) {
                in.csat = clampInt(int(1 + q * 4.6 + rng.bounded(1.0)), 1, 5);
                in.nps = clampInt(int(q * 10.5 + rng.bounded(2.0)), 0, 10);
                if (rng.bounded(2) == 0) in.ces = clampInt(int(1 + q * 6.5 + rng.bounded(1.0)), 1, 7);
            }
            ids.append({w.insert(in), agent});
        }
        w.finish(true);
        t.commit();
    }
    std::fprintf(stderr, "generated %d interactions in %.1f s\n", interactions, timer.elapsed() / 1000.0);
    timer.restart();
    // TODO(dashboard): replace by RubricStore::ensureDefault() once the scoring branch is merged.
    c.run(QStringLiteral("INSERT INTO rubrics (rubric_key, name) VALUES ('default', 'default')"));
    const qint64 version = c.run(QStringLiteral("INSERT INTO rubric_versions (rubric_id, version, definition, created_at) "
                                                "VALUES (1, 1, '{}', 0)")).lastInsertId().toLongLong();
    {
        Transaction t(c);
        EvaluationStore store(c);
        const QString inspectors[] = {QStringLiteral("质检员甲"), QStringLiteral("质检员乙"), QStringLiteral("质检员丙")};
        for (int e = 0; e < evaluations; ++e) {
            const auto &[interactionId, agent] = ids.at(qsizetype(rng.bounded(quint32(ids.size()))));
            Evaluation ev;
            ev.interactionId = interactionId;
            ev.rubricVersionId = version;
            ev.inspector = inspectors[e % 3];
            ev.overallComment = QStringLiteral("");
            const int statusRoll = int(rng.bounded(100));
            ev.status = statusRoll < 2 ? QStringLiteral("draft") : statusRoll < 5 ? QStringLiteral("disputed")
                      : statusRoll < 30 ? QStringLiteral("final") : QStringLiteral("submitted");
            double num = 0, den = 0;
            for (int d = 0; d < 6; ++d) {
                DimensionEvaluation dim;
                dim.key = QString::fromUtf8(kDimensions[d]);
                dim.comment = QStringLiteral("");
                if (d == 5 && rng.bounded(100) < 4) {
                    dim.notApplicable = true;
                } else {
                    dim.score = clampInt(int(1.5 + skill[agent] * 3 + rng.bounded(2.0) - (d == 2 ? 0.4 : 0)), 1, 5);
                    num += kWeights[d] * *dim.score;
                    den += kWeights[d];
                }
                ev.dimensions << dim;
            }
            const bool critical = rng.bounded(1000) < 8;
            ev.criticalFailed.insert(QStringLiteral("data_disclosure"), critical);
            ev.score = critical ? 0.0 : 100.0 * num / (5.0 * den);
            ev.gradeKey = *ev.score >= 90 ? QStringLiteral("excellent") : *ev.score >= 80 ? QStringLiteral("good")
                        : *ev.score >= 60 ? QStringLiteral("pass") : QStringLiteral("needs_improvement");
            store.insert(ev);
        }
        RollupStore(c).rebuildAll();
        t.commit();
    }
    std::fprintf(stderr, "generated %d evaluations in %.1f s\n", evaluations, timer.elapsed() / 1000.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path = QStringLiteral("/tmp/qadesk-bench.sqlite");
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--db")) path = args[i + 1];
    }
    const bool fresh = !QFile::exists(path);
    Connection c(path);
    Schema::migrate(c);
    if (fresh) {
        generate(c, 1000000, 100000, QDate::currentDate(), 1);
    }
    KpiFilter f;
    f.zone = QTimeZone("Asia/Shanghai");
    f.to = QDate::currentDate();
    f.from = f.to->addDays(-363);
    for (int rep = 0; rep < 3; ++rep) {
        for (KpiBucket b : {KpiBucket::None, KpiBucket::Week}) {
            for (const char *team : {"", "售后一组"}) {
                for (const char *agent : {"", "A005"}) {
                    for (const char *channel : {"", "chat"}) {
                        f.bucket = b; f.team = QString::fromUtf8(team); f.agent = QString::fromUtf8(agent); f.channel = QString::fromUtf8(channel);
                        QElapsedTimer t; t.start();
                        const auto r = KpiService(c).compute(f, true);
                        std::printf("%-5s team=%-6s agent=%-4s ch=%-4s %6.2f ms (%lld buckets)\n", qPrintable(kpiBucketName(b)), team, agent, channel, t.nsecsElapsed() / 1e6, (long long)r.size());
                    }
                }
            }
        }
    }
    return 0;
}
