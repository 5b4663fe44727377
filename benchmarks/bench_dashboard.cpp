// Dashboard refresh benchmark (DESIGN §7, issue 5 item 8).
//
//   bench_dashboard [--db PATH] [--interactions N] [--evaluations N] [--runs R] [--rebuild] [--zones A,B,…]
//                   [--person URL]
//
// Opens PATH (default /tmp/qadesk-bench.sqlite); when the file does not exist, first fills it with N
// interactions over the year that ends today (100 agents in 10 teams, Asia/Shanghai rollup zone) and N
// evaluations scored with the default rubric. Then, for many filter combinations over the 52 whole ISO weeks
// that end with the newest interaction's week — in the organisation's zone and then in each of --zones (default
// Asia/Kolkata, Asia/Kathmandu, America/New_York) — it times one dashboard refresh (DashboardService::load, every
// query the page makes for one filter change) against a plain SQL aggregate over the same period's raw
// interaction rows, in the same run, and prints the medians (wall clock and this thread's CPU time) and
// their ratio. The budget: refresh ≤ 50 ms and ≤ 1/5 of the full scan. --rebuild first rebuilds the rollups
// (and times that). --person (team mode on PostgreSQL: PATH is the owner's URL) times the refresh as that login,
// e.g. the lead of the first agent's team, whose figures must still be the owner's scan's (docs/team-mode.md).
#include "domain/Evaluation.h"
#include "kpi/DashboardService.h"
#include "kpi/KpiService.h"
#include "kpi/TimeBuckets.h"
#include "scoring/RubricLoader.h"
#include "scoring/ScoreCalculator.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/FullScanAggregate.h"
#include "storage/InteractionWriter.h"
#include "storage/KpiStore.h"
#include "storage/OrganisationZone.h"
#include "storage/RollupStore.h"
#include "storage/RubricStore.h"
#include "storage/Schema.h"
#include "storage/StaffDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QFile>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

using namespace qadesk;

namespace {

const char *const kTeams[] = {"售后一组", "售后二组", "投诉处理组", "咨询一组", "咨询二组",
                              "电商客服组", "会员服务组", "技术支持组", "在线客服组", "夜班组"};
const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
const char *const kGiven[] = {"芳", "伟", "娜", "敏", "静", "强", "磊", "洋", "艳", "杰"};
const char *const kChannels[] = {"phone", "chat", "email", "other"};
const int kChannelWeights[] = {45, 35, 15, 5};
const char *const kCategories[] = {"consultation", "complaint", "after_sales", "suggestion", "other"};
const int kCategoryWeights[] = {40, 15, 30, 5, 10};

int weighted(QRandomGenerator &rng, const int *weights, int n)
{
    int total = 0;
    for (int i = 0; i < n; ++i) {
        total += weights[i];
    }
    int r = int(rng.bounded(total));
    for (int i = 0; i < n; ++i) {
        if (r < weights[i]) {
            return i;
        }
        r -= weights[i];
    }
    return n - 1;
}

int clampLevel(double v, int lo, int hi)
{
    return std::clamp(int(v), lo, hi);
}

void generate(Connection &c, int interactions, int evaluations, QDate last)
{
    QRandomGenerator rng(1);
    OrganisationZone::setInitial(c, QByteArrayLiteral("Asia/Shanghai"));
    const QTimeZone zone("Asia/Shanghai");
    const QDate first = last.addDays(-364);
    double skill[100];
    for (double &s : skill) {
        s = rng.bounded(1.0);
    }
    QElapsedTimer timer;
    timer.start();
    QList<std::pair<qint64, int>> ids;
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
            const double q = skill[agent] * 0.6 + rng.bounded(0.4); // quality of this contact, 0..1
            in.handleS = 120 + rng.bounded(600.0) * (1.2 - q);
            in.firstResponseS = 1 + rng.bounded(20.0) * (1.1 - q);
            in.resolvedFirstContact = rng.bounded(1.0) < 0.55 + 0.35 * q;
            in.complaint = rng.bounded(1.0) < 0.08 * (1.2 - q);
            if (rng.bounded(100) < 15) {
                in.csat = clampLevel(1 + q * 4.6 + rng.bounded(1.0), 1, 5);
                in.nps = clampLevel(q * 10.5 + rng.bounded(2.0), 0, 10);
                if (rng.bounded(2) == 0) {
                    in.ces = clampLevel(1 + q * 6.5 + rng.bounded(1.0), 1, 7);
                }
            }
            ids.append({w.insert(in), agent});
        }
        t.commit(); // the rollups are rebuilt once, after the evaluations

    }
    std::fprintf(stderr, "generated %d interactions in %.1f s\n", interactions, timer.elapsed() / 1000.0);
    timer.restart();
    const Rubric rubric = RubricLoader::defaultRubric();
    const int version = RubricStore(c).ensureDefault();
    {
        Transaction t(c);
        EvaluationStore store(c);
        const QString inspectors[] = {QStringLiteral("质检员甲"), QStringLiteral("质检员乙"), QStringLiteral("质检员丙")};
        // An inspector evaluates an interaction once (evaluations' unique key): distinct interactions, drawn at random.
        QSet<qsizetype> drawn;
        for (int e = 0; e < evaluations && drawn.size() < ids.size(); ++e) {
            qsizetype pick = qsizetype(rng.bounded(quint32(ids.size())));
            while (drawn.contains(pick)) {
                pick = qsizetype(rng.bounded(quint32(ids.size())));
            }
            drawn.insert(pick);
            const auto &[interactionId, agent] = ids.at(pick);
            Evaluation ev;
            ev.interactionId = interactionId;
            ev.rubricVersionId = version;
            ev.inspector = inspectors[e % 3];
            const int roll = int(rng.bounded(100));
            ev.status = roll < 2 ? QStringLiteral("draft") : roll < 5 ? QStringLiteral("disputed")
                      : roll < 30 ? QStringLiteral("final") : QStringLiteral("submitted");
            QList<DimensionInput> inputs;
            for (qsizetype d = 0; d < rubric.dimensions.size(); ++d) {
                DimensionEvaluation dim;
                dim.key = rubric.dimensions[d].key;
                if (d == rubric.dimensions.size() - 1 && rng.bounded(100) < 4) {
                    dim.notApplicable = true;
                } else {
                    dim.score = clampLevel(1.5 + skill[agent] * 3 + rng.bounded(2.0) - (d == 2 ? 0.4 : 0), 1, 5);
                }
                inputs.append({dim.score, dim.notApplicable});
                ev.dimensions << dim;
            }
            const bool critical = rng.bounded(1000) < 8;
            ev.criticalFailed.insert(QStringLiteral("data_disclosure"), critical);
            const ScoreResult result = ScoreCalculator::compute(rubric, inputs, critical);
            ev.score = result.score;
            ev.gradeKey = result.gradeKey;
            ev.createdAt = QDateTime::currentDateTimeUtc();
            if (ev.status != QLatin1String("draft")) {
                ev.submittedAt = ev.createdAt;
            }
            store.insert(ev);
        }
        RollupStore(c).rebuildAll();
        t.commit();
    }
    std::fprintf(stderr, "generated %d evaluations and rebuilt the rollups in %.1f s\n", evaluations,
                 timer.elapsed() / 1000.0);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Median wall and CPU time of `runs` calls, after one warm-up call.
Timing measure(int runs, const std::function<void()> &work)
{
    work();
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpu0 = threadCpuMs();
        timer.start();
        work();
        wall << timer.nsecsElapsed() / 1e6;
        cpu << threadCpuMs() - cpu0;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = argument(args, QStringLiteral("--db"), QStringLiteral("/tmp/qadesk-bench.sqlite"));
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("7")).toInt();
    bool fresh = !QFile::exists(path);
    Connection c(path);
    QElapsedTimer migrate;
    migrate.start();
    Schema::migrate(c);
    std::fprintf(stderr, "opened %s (migration %.1f s)\n", qPrintable(path), migrate.elapsed() / 1000.0);
    if (args.contains(QStringLiteral("--rebuild"))) {
        QElapsedTimer rebuild;
        rebuild.start();
        Transaction t(c);
        RollupStore(c).rebuildAll();
        t.commit();
        std::fprintf(stderr, "rebuilt the rollups in %.1f s\n", rebuild.elapsed() / 1000.0);
    }
    // A PostgreSQL database (a URL, no file) is filled when it holds no interaction yet.
    if (fresh && c.dialect() == SqlDialect::Postgres) {
        KpiFilter any;
        fresh = !KpiStore(c).instantRange(any).has_value();
    }
    if (fresh) {
        generate(c, argument(args, QStringLiteral("--interactions"), QStringLiteral("1000000")).toInt(),
                 argument(args, QStringLiteral("--evaluations"), QStringLiteral("100000")).toInt(),
                 QDate::currentDate());
    }

    // The organisation's zone first, then zones with other offsets: half-hour, 45-minute and one with DST.
    QList<QTimeZone> zones{OrganisationZone::zone(c)};
    const QStringList others =
        argument(args, QStringLiteral("--zones"), QStringLiteral("Asia/Kolkata,Asia/Kathmandu,America/New_York"))
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : others) {
        zones << QTimeZone(name.toUtf8());
    }
    double worstWall = 0, worstRatio = 0;
    for (const QTimeZone &zone : std::as_const(zones)) {
    KpiFilter base;
    base.zone = zone;
    const auto instants = KpiStore(c).instantRange(base);
    if (!instants) {
        std::fprintf(stderr, "the database holds no interactions\n");
        return 1;
    }
    const QDate newest = QDateTime::fromSecsSinceEpoch(instants->second, base.zone).date();
    base.to = TimeBuckets::bucketStart(newest, KpiBucket::Week).addDays(6);
    base.from = base.to->addDays(-52 * 7 + 1);
    base.bucket = KpiBucket::Week;

    StaffDirectory directory(c);
    const QList<AgentEntry> agents = directory.agents();
    const QString team = agents.isEmpty() ? QString() : agents.first().teamName;
    const QString agent = agents.isEmpty() ? QString() : agents.first().code;
    struct Combo
    {
        const char *label;
        QString team, agent, channel, category;
    };
    const QString chat = QStringLiteral("chat");
    const QString afterSales = QStringLiteral("after_sales");
    const QList<Combo> combos{
        {"none", {}, {}, {}, {}},
        {"team", team, {}, {}, {}},
        {"agent", {}, agent, {}, {}},
        {"channel", {}, {}, chat, {}},
        {"category", {}, {}, {}, afterSales},
        {"channel+category", {}, {}, chat, afterSales},
        {"team+channel", team, {}, chat, {}},
        {"team+category", team, {}, {}, afterSales},
        {"team+agent", team, agent, {}, {}},
        {"agent+channel", {}, agent, chat, {}},
        {"agent+category", {}, agent, {}, afterSales},
        {"team+channel+category", team, {}, chat, afterSales},
        {"team+agent+channel+category", team, agent, chat, afterSales},
    };
    std::printf("database %s; zone %s; 52 weekly buckets %s .. %s; team %s, agent %s; median of %d runs\n",
                qPrintable(path), base.zone.id().constData(), qPrintable(base.from->toString(Qt::ISODate)),
                qPrintable(base.to->toString(Qt::ISODate)), qPrintable(team), qPrintable(agent), runs);
    std::printf("%-28s %9s %14s %14s %16s %8s %8s %12s\n", "filter", "rows", "refresh wall", "refresh cpu",
                "full scan wall", "ratio", "ratio*", "indexed wall");
    const QString personUrl = argument(args, QStringLiteral("--person"), QString());
    std::unique_ptr<Connection> person = personUrl.isEmpty() ? nullptr : std::make_unique<Connection>(personUrl);
    if (person) {
        std::printf("the refresh as the login %s, the full scan as the owner\n", qPrintable(QUrl(personUrl).userName()));
    }
    DashboardService service(person ? *person : c);
    for (const Combo &combo : combos) {
        KpiFilter f = base;
        f.team = combo.team;
        f.agent = combo.agent;
        f.channel = combo.channel;
        f.category = combo.category;
        DashboardRequest request;
        request.filter = f;
        request.previous = {f.from->addDays(-364), f.from->addDays(-1)};
        std::optional<DashboardSnapshot> snapshot;
        const Timing refresh = measure(runs, [&]() { snapshot = service.load(request); });
        KpiValues scanned;
        const Timing scan = measure(runs, [&]() {
            scanned = FullScanAggregate(c).run(f, FullScanAggregate::Access::PeriodScan);
        });
        const Timing indexed = measure(runs, [&]() {
            scanned = FullScanAggregate(c).run(f, FullScanAggregate::Access::AnyIndex);
        });
        if (!snapshot || snapshot->current.interactions != scanned.interactions ||
            snapshot->current.csatPositive != scanned.csatPositive || snapshot->trend.size() != 52) {
            std::fprintf(stderr, "MISMATCH for %s: refresh %lld interactions, scan %lld\n", combo.label,
                         snapshot ? (long long)snapshot->current.interactions : -1LL, (long long)scanned.interactions);
            return 1;
        }
        const double ratio = refresh.wallMs / scan.wallMs;
        std::printf("%-28s %9lld %11.2f ms %11.2f ms %13.2f ms %8.3f %8.3f %9.2f ms\n", combo.label,
                    (long long)scanned.interactions, refresh.wallMs, refresh.cpuMs, scan.wallMs, ratio,
                    refresh.cpuMs / std::max(0.001, scan.cpuMs), indexed.wallMs);
        worstWall = std::max(worstWall, refresh.wallMs);
        worstRatio = std::max(worstRatio, ratio);
    }
    }
    std::printf("worst refresh %.2f ms (budget 50 ms); worst ratio to the full scan %.3f (budget 0.200); "
                "ratio* = the same on CPU time\n",
                worstWall, worstRatio);
    std::printf("process RSS after the runs: %.1f MB\n", rssKb() / 1024.0);
    return worstWall <= 50.0 && worstRatio <= 0.2 ? 0 : 3;
}
