// Dashboard core (issue 5): Wilson and NPS intervals against published values, reporting periods, KPI targets,
// every figure of a DashboardSnapshot against a hand-computed fixture, drill-down lists, rollups equal to a
// from-scratch rebuild after imports, submits, status changes and deletions, and rollup reads equal to raw reads.
#include "DashboardTestSupport.h"
#include "kpi/DashboardService.h"
#include "kpi/KpiCatalog.h"
#include "kpi/KpiService.h"
#include "kpi/KpiTargets.h"
#include "kpi/ReportingPeriod.h"
#include "kpi/TimeBuckets.h"
#include "scoring/RubricLoader.h"
#include "scoring/ScoreCalculator.h"
#include "settings/AppSettings.h"
#include "stats/ConfidenceInterval.h"
#include "storage/Connection.h"
#include "storage/DimensionStatsStore.h"
#include "storage/DrillDownStore.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionWriter.h"
#include "storage/KpiStore.h"
#include "storage/RollupStore.h"
#include "storage/RollupUnits.h"
#include "storage/RubricStore.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;
using namespace qadesk::test;

namespace {

const QStringList kDimensions{QStringLiteral("response"),  QStringLiteral("attitude"),     QStringLiteral("resolution"),
                              QStringLiteral("knowledge"), QStringLiteral("satisfaction"), QStringLiteral("records")};

KpiFilter shanghai(QDate from, QDate to, KpiBucket bucket = KpiBucket::None)
{
    KpiFilter f;
    f.zone = QTimeZone("Asia/Shanghai");
    f.from = from;
    f.to = to;
    f.bucket = bucket;
    return f;
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return qAbs(a - b) <= tolerance;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Connection> openDb()
    {
        auto c = std::make_unique<Connection>(m_dir.filePath(QStringLiteral("dash-%1.sqlite").arg(m_counter++)));
        Schema::migrate(*c);
        OrganisationZone::setInitial(*c, QByteArrayLiteral("Asia/Shanghai"));
        return c;
    }

    std::unique_ptr<Connection> fixture(QHash<QString, qint64> *ids = nullptr)
    {
        auto c = openDb();
        const auto rows = fillFixture(*c);
        if (ids) {
            *ids = rows;
        }
        return c;
    }

    static DashboardRequest request(const KpiFilter &filter)
    {
        DashboardRequest r;
        r.filter = filter;
        r.previous = ReportingPeriod::previous(PeriodPreset::Custom, {*filter.from, *filter.to});
        return r;
    }

    // Empty when the maintained rollups equal a rebuild from scratch; else the first differing row.
    static QString differenceFromRebuild(Connection &c)
    {
        RollupStore rollups(c);
        const QStringList maintained = rollups.dump();
        if (maintained.isEmpty()) {
            return QStringLiteral("no rollup rows");
        }
        Transaction t(c); // rolled back: the maintained rows stay as they were
        rollups.rebuildAll();
        const QStringList rebuilt = rollups.dump();
        for (qsizetype i = 0; i < std::max(maintained.size(), rebuilt.size()); ++i) {
            if (maintained.value(i) != rebuilt.value(i)) {
                return QStringLiteral("first difference at row %1:\n maintained %2\n rebuilt    %3")
                    .arg(i)
                    .arg(maintained.value(i), rebuilt.value(i));
            }
        }
        return {};
    }

private slots:
    // ---- statistics -------------------------------------------------------------------------------------------

    void wilsonMatchesPublishedValues_data()
    {
        QTest::addColumn<qint64>("successes");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Newcombe (1998), Statistics in Medicine 17:857–872, table II, method 3 (score interval, no correction).
        QTest::newRow("81/263") << qint64(81) << qint64(263) << 0.2553 << 0.3662;
        QTest::newRow("15/148") << qint64(15) << qint64(148) << 0.0624 << 0.1605;
        QTest::newRow("0/20") << qint64(0) << qint64(20) << 0.0 << 0.1611;
        QTest::newRow("1/29") << qint64(1) << qint64(29) << 0.0061 << 0.1718;
        // p = 1 mirrors p = 0; 0/10 → [0, 0.2775] (Newcombe), so 10/10 → [0.7225, 1].
        QTest::newRow("0/10") << qint64(0) << qint64(10) << 0.0 << 0.2775;
        QTest::newRow("10/10") << qint64(10) << qint64(10) << 0.7225 << 1.0;
        QTest::newRow("1/1") << qint64(1) << qint64(1) << 0.2065 << 1.0;
    }

    void wilsonMatchesPublishedValues()
    {
        QFETCH(qint64, successes);
        QFETCH(qint64, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto interval = wilsonInterval(successes, n);
        QVERIFY(interval);
        QVERIFY2(near(interval->low, low, 5e-5), qPrintable(QString::number(interval->low, 'f', 6)));
        QVERIFY2(near(interval->high, high, 5e-5), qPrintable(QString::number(interval->high, 'f', 6)));
        QVERIFY(interval->low >= 0.0 && interval->high <= 1.0);
        const double p = double(successes) / double(n);
        QVERIFY(interval->low <= p && p <= interval->high);
    }

    void wilsonEdgeCases()
    {
        QVERIFY(!wilsonInterval(0, 0));
        QVERIFY(!wilsonInterval(3, 2));
        QVERIFY(!wilsonInterval(-1, 2));
        QCOMPARE(wilsonInterval(0, 50)->low, 0.0);
        QCOMPARE(wilsonInterval(50, 50)->high, 1.0);
        // Narrower with more data at the same proportion.
        const auto small = *wilsonInterval(8, 10);
        const auto large = *wilsonInterval(800, 1000);
        QVERIFY(large.high - large.low < small.high - small.low);
    }

    void npsInterval_data()
    {
        QTest::addColumn<qint64>("promoters");
        QTest::addColumn<qint64>("detractors");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // 50 promoters, 20 detractors of 100: NPS 30, variance 0.5 + 0.2 − 0.09 = 0.61, margin 1.96·√0.0061.
        const double margin = 100.0 * kZ95 * std::sqrt(0.61 / 100.0);
        QTest::newRow("30 of 100") << qint64(50) << qint64(20) << qint64(100) << 30.0 - margin << 30.0 + margin;
        QTest::newRow("all promoters") << qint64(10) << qint64(0) << qint64(10) << 100.0 << 100.0;
        QTest::newRow("all detractors") << qint64(0) << qint64(4) << qint64(4) << -100.0 << -100.0;
    }

    void npsInterval()
    {
        QFETCH(qint64, promoters);
        QFETCH(qint64, detractors);
        QFETCH(qint64, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto interval = qadesk::npsInterval(promoters, detractors, n);
        QVERIFY(interval);
        QVERIFY(near(interval->low, low, 1e-9));
        QVERIFY(near(interval->high, high, 1e-9));
        QVERIFY(!qadesk::npsInterval(0, 0, 0));
        QVERIFY(!qadesk::npsInterval(3, 3, 5));
    }

    // ---- periods and targets ----------------------------------------------------------------------------------

    void periods_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("previousFrom");
        QTest::addColumn<QDate>("previousTo");
        // Thursday 14 March 2024.
        const QDate thu(2024, 3, 14);
        QTest::newRow("this week") << int(PeriodPreset::ThisWeek) << thu << QDate(2024, 3, 11) << thu
                                   << QDate(2024, 3, 4) << QDate(2024, 3, 7);
        QTest::newRow("last 4 weeks") << int(PeriodPreset::LastFourWeeks) << thu << QDate(2024, 2, 12)
                                      << QDate(2024, 3, 10) << QDate(2024, 1, 15) << QDate(2024, 2, 11);
        QTest::newRow("this month") << int(PeriodPreset::ThisMonth) << thu << QDate(2024, 3, 1) << thu
                                    << QDate(2024, 2, 1) << QDate(2024, 2, 14);
        QTest::newRow("this month, 31st") << int(PeriodPreset::ThisMonth) << QDate(2024, 3, 31) << QDate(2024, 3, 1)
                                          << QDate(2024, 3, 31) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("this quarter") << int(PeriodPreset::ThisQuarter) << QDate(2024, 5, 2) << QDate(2024, 4, 1)
                                      << QDate(2024, 5, 2) << QDate(2024, 1, 1) << QDate(2024, 2, 2);
        QTest::newRow("this year") << int(PeriodPreset::ThisYear) << thu << QDate(2024, 1, 1) << thu
                                   << QDate(2023, 1, 1) << QDate(2023, 3, 14);
        QTest::newRow("this week on Monday") << int(PeriodPreset::ThisWeek) << QDate(2024, 3, 11)
                                             << QDate(2024, 3, 11) << QDate(2024, 3, 11) << QDate(2024, 3, 4)
                                             << QDate(2024, 3, 4);
    }

    void periods()
    {
        QFETCH(int, preset);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, previousFrom);
        QFETCH(QDate, previousTo);
        const DateRange range = ReportingPeriod::range(PeriodPreset(preset), today);
        QCOMPARE(range.from, from);
        QCOMPARE(range.to, to);
        const DateRange previous = ReportingPeriod::previous(PeriodPreset(preset), range);
        QCOMPARE(previous.from, previousFrom);
        QCOMPARE(previous.to, previousTo);
        QCOMPARE(ReportingPeriod::fromKey(ReportingPeriod::key(PeriodPreset(preset)), PeriodPreset::Custom),
                 PeriodPreset(preset));
    }

    void customPeriodComparesWithTheDaysBefore()
    {
        const DateRange custom{QDate(2024, 3, 4), QDate(2024, 3, 17)};
        QCOMPARE(ReportingPeriod::range(PeriodPreset::Custom, QDate(2030, 1, 1), custom), custom);
        const DateRange previous = ReportingPeriod::previous(PeriodPreset::Custom, custom);
        QCOMPARE(previous.from, QDate(2024, 2, 19));
        QCOMPARE(previous.to, QDate(2024, 3, 3));
        QCOMPARE(previous.days(), custom.days());
        QVERIFY(!ReportingPeriod::previous(PeriodPreset::Custom, {}).isValid());
    }

    void targetStatus_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("csat met") << QStringLiteral("csat") << 85.0 << 85.0 << int(TargetStatus::Met);
        QTest::newRow("csat near") << QStringLiteral("csat") << 80.0 << 85.0 << int(TargetStatus::Near);
        QTest::newRow("csat missed") << QStringLiteral("csat") << 79.9 << 85.0 << int(TargetStatus::Missed);
        QTest::newRow("aht met (lower is better)") << QStringLiteral("aht_s") << 400.0 << 420.0 << int(TargetStatus::Met);
        QTest::newRow("aht near") << QStringLiteral("aht_s") << 480.0 << 420.0 << int(TargetStatus::Near);
        QTest::newRow("aht missed") << QStringLiteral("aht_s") << 481.0 << 420.0 << int(TargetStatus::Missed);
        QTest::newRow("complaints missed") << QStringLiteral("complaint_rate") << 6.5 << 5.0 << int(TargetStatus::Missed);
        QTest::newRow("nps near") << QStringLiteral("nps") << 25.0 << 30.0 << int(TargetStatus::Near);
    }

    void targetStatus()
    {
        QFETCH(QString, kpi);
        QFETCH(double, value);
        QFETCH(double, target);
        QFETCH(int, status);
        const KpiDefinition *d = KpiCatalog::find(kpi);
        QVERIFY(d);
        QCOMPARE(int(qadesk::targetStatus(*d, value, target, d->defaultAmberMargin)), status);
        QCOMPARE(qadesk::targetStatus(*d, std::nullopt, target, 1), TargetStatus::NoTarget);
        QCOMPARE(qadesk::targetStatus(*d, value, std::nullopt, 1), TargetStatus::NoTarget);
    }

    void catalogCoversTheNineKpis()
    {
        QCOMPARE(KpiCatalog::all().size(), 9);
        for (const KpiDefinition &d : KpiCatalog::all()) {
            QCOMPARE(&KpiCatalog::get(d.kpi), &d);
            QVERIFY(!d.name().isEmpty());
            QVERIFY2(KpiTargets::defaultTarget(d.key).has_value(), qPrintable(d.key)); // one key for both
        }
        QCOMPARE(isImprovement(KpiCatalog::get(Kpi::Aht), 300.0, 320.0), std::optional<bool>(true));
        QCOMPARE(isImprovement(KpiCatalog::get(Kpi::Csat), 80.0, 85.0), std::optional<bool>(false));
        QVERIFY(!isImprovement(KpiCatalog::get(Kpi::Csat), 80.0, std::nullopt));
    }

    // ---- rollup units -----------------------------------------------------------------------------------------

    void unitsCoverBucketsExactly()
    {
        // Rollup hour 0 is Monday 1969-12-29 00:00 UTC.
        QCOMPARE(RollupStore::hourStartUtc(0), qint64(-3 * 86400));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(RollupStore::hourStartUtc(0), QTimeZone::utc()).date().dayOfWeek(), 1);
        QRandomGenerator rng(11);
        const QList<QByteArray> zones{"Asia/Shanghai", "Asia/Kolkata", "Asia/Kathmandu", "America/New_York",
                                      "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "UTC"};
        for (int trial = 0; trial < 400; ++trial) {
            const QTimeZone zone(zones[trial % zones.size()]);
            const int finest = trial % 2 == 0 ? RollupStore::kHourSpan : RollupStore::kDaySpan;
            const QDate from = QDate(2023, 1, 1).addDays(rng.bounded(700));
            const QDate to = from.addDays(rng.bounded(400));
            const auto buckets = TimeBuckets::split(from, to, KpiBucket(rng.bounded(4)), zone);
            const RollupPlan plan = RollupUnits::plan(buckets, finest);
            // Every unit is aligned to its span and no edge is longer than half the finest unit.
            for (const RollupUnit &u : plan.units) {
                QVERIFY(u.span == finest || u.span == RollupStore::kDaySpan || u.span == RollupStore::kWeekSpan ||
                        u.span == RollupStore::kBlockSpan);
                QCOMPARE(RollupStore::spanStart(u.start, u.span), u.start);
            }
            for (const RollupEdge &e : plan.edges) {
                QVERIFY(e.toUtc > e.fromUtc);
                QVERIFY(e.toUtc - e.fromUtc <= qint64(finest) * 1800);
            }
            // Each probe instant is counted once by the bucket holding it and by no other: at the bucket's edges,
            // a second either side of them, and at random.
            QList<qint64> probes;
            for (const TimeBucket &b : buckets) {
                probes << b.fromUtc << b.fromUtc - 1 << b.fromUtc + 1 << b.toUtc - 1 << b.toUtc;
                probes << b.fromUtc + qint64(rng.bounded(quint64(b.toUtc - b.fromUtc)));
            }
            for (const qint64 t : std::as_const(probes)) {
                QHash<int, int> count;
                for (const RollupUnit &u : plan.units) {
                    if (t >= RollupStore::hourStartUtc(u.start) && t < RollupStore::hourStartUtc(u.start + u.span)) {
                        ++count[u.bucket];
                    }
                }
                for (const RollupEdge &e : plan.edges) {
                    if (t >= e.fromUtc && t < e.toUtc) {
                        count[e.bucket] += e.sign;
                    }
                }
                for (qsizetype i = 0; i < buckets.size(); ++i) {
                    const int expected = t >= buckets[i].fromUtc && t < buckets[i].toUtc ? 1 : 0;
                    QCOMPARE(count.value(int(i)), expected);
                }
            }
        }
        // A year of whole UTC weeks reads 13 four-week blocks at most, not 364 days.
        const auto year = TimeBuckets::split(QDate(2024, 1, 1), QDate(2024, 12, 29), KpiBucket::None, QTimeZone::utc());
        const RollupPlan utcYear = RollupUnits::plan(year, RollupStore::kHourSpan);
        QVERIFY(utcYear.edges.isEmpty());
        QVERIFY(utcYear.units.size() <= 13 + 2 * 3);
        // 52 weeks in Kathmandu (UTC+5:45): two edges of 15 minutes per week on the hourly totals, and 18 hours,
        // 6 days and 6 hours of units.
        const auto weeks = TimeBuckets::split(QDate(2024, 1, 1), QDate(2024, 12, 29), KpiBucket::Week,
                                              QTimeZone("Asia/Kathmandu"));
        const RollupPlan kathmandu = RollupUnits::plan(weeks, RollupStore::kHourSpan);
        QCOMPARE(kathmandu.edges.size(), 2 * 52);
        for (const RollupEdge &e : kathmandu.edges) {
            QCOMPARE(e.toUtc - e.fromUtc, qint64(15 * 60));
        }
        QCOMPARE(kathmandu.units.size(), 52 * (18 + 6 + 6));
    }

    // ---- the snapshot against hand-computed figures ---------------------------------------------------------

    void snapshotOfTheWholeCentre()
    {
        auto c = fixture();
        const auto s = DashboardService(*c).load(request(shanghai(QDate(2024, 3, 4), QDate(2024, 3, 17), KpiBucket::Week)));
        QVERIFY(s);
        QVERIFY(s->usedRollups);
        const KpiValues &v = s->current;
        QCOMPARE(v.interactions, 6);
        QCOMPARE(v.csatN, 5);
        QCOMPARE(*v.csat, 40.0); // 5 and 4 of 5,4,3,1,2
        QCOMPARE(*v.nps, 0.0);   // 10,9 promoters, 3,0 detractors of 5
        QCOMPARE(*v.ces, 50.0);  // 7,5 of 7,5,4,1
        QCOMPARE(*v.fcr, 75.0);  // I1, I3, I5 of I1, I2, I3, I5
        QCOMPARE(*v.ahtS, 320.0);
        QCOMPARE(*v.firstResponseS, 6.25);
        QVERIFY(near(*v.complaintRate, 100.0 / 3));
        // Submitted: 100, 60, 80, 31 and a critical 0; the draft (100) does not count.
        QCOMPARE(v.evaluations, 5);
        QCOMPARE(v.qaN, 5);
        QVERIFY(near(*v.qaScore, (100 + 60 + 80 + 31 + 0) / 5.0));
        QCOMPARE(*v.qaPassRate, 60.0);
        const std::array<qint64, 10> bins{1, 0, 0, 1, 0, 0, 1, 0, 1, 1};
        QCOMPARE(v.qaScoreBins, bins);
        // Tiles: CSAT n = 5 is a small sample; its interval is Wilson's 2 of 5.
        QVERIFY(KpiCatalog::isSmallSample(v, Kpi::Csat));
        const auto csatInterval = KpiCatalog::interval(v, Kpi::Csat);
        QVERIFY(near(csatInterval->low, 100.0 * wilsonInterval(2, 5)->low));
        QVERIFY(!KpiCatalog::interval(v, Kpi::Aht));
        // Previous fortnight: P1 alone.
        QCOMPARE(s->previous.interactions, 1);
        QCOMPARE(*s->previous.csat, 100.0);
        // Weekly trend: I1–I4, then I5–I6.
        QCOMPARE(s->trend.size(), 2);
        QCOMPARE(s->trend[0].start, QDate(2024, 3, 4));
        QCOMPARE(s->trend[0].interactions, 4);
        QCOMPARE(s->trend[1].interactions, 2);
        QVERIFY(near(*s->trend[1].qaScore, 31.0));
        QCOMPARE(s->comparisonLevel, ComparisonLevel::None);

        // Dimension averages over E1, E2, E3, E4 and the critical E6 (3s); E3 left records N/A.
        QCOMPARE(s->dimensions.size(), 6);
        QVERIFY(near(*dimensionStat(s->dimensions, QStringLiteral("response")).average(), 16.0 / 5));
        QVERIFY(near(*dimensionStat(s->dimensions, QStringLiteral("attitude")).average(), 17.0 / 5));
        const DimensionStat records = dimensionStat(s->dimensions, QStringLiteral("records"));
        QCOMPARE(records.n, 4);
        QVERIFY(near(*records.average(), 13.0 / 4));
        // Dimension names come from the rubric, in its order.
        QCOMPARE(s->dimensionInfo.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(s->dimensionInfo[i].key, kDimensions[i]);
        }
        QCOMPARE(s->dimensionInfo[0].name(true), QStringLiteral("响应速度"));
        // Per team.
        QCOMPARE(s->teamDimensions.size(), 2);
        for (const TeamDimensions &team : s->teamDimensions) {
            const DimensionStat response = dimensionStat(team.dimensions, QStringLiteral("response"));
            const DimensionStat rec = dimensionStat(team.dimensions, QStringLiteral("records"));
            if (team.teamName == QStringLiteral("售后一组")) {
                QVERIFY(near(*response.average(), 15.0 / 4)); // 5, 3, 4, 3
                QVERIFY(near(*rec.average(), 11.0 / 3));     // 5, 3, 3
            } else {
                QCOMPARE(team.teamName, QStringLiteral("投诉处理组"));
                QCOMPARE(*response.average(), 1.0);
                QCOMPARE(*rec.average(), 2.0);
            }
        }
        // Ranking rows per agent.
        QCOMPARE(s->ranking.size(), 3);
        for (const AgentKpis &a : s->ranking) {
            QCOMPARE(a.values.interactions, 2);
            if (a.code == QLatin1String("A1")) {
                QCOMPARE(*a.values.csat, 100.0);
                QCOMPARE(*a.values.qaScore, 80.0);
                QCOMPARE(a.name, QStringLiteral("坐席A1"));
                QCOMPARE(a.teamName, QStringLiteral("售后一组"));
            } else if (a.code == QLatin1String("A2")) {
                QCOMPARE(*a.values.csat, 0.0);
                QCOMPARE(*a.values.qaScore, 40.0);
                QCOMPARE(*a.values.qaPassRate, 50.0);
            } else {
                QCOMPARE(a.code, QStringLiteral("B1"));
                QCOMPARE(*a.values.qaScore, 31.0);
                QCOMPARE(*a.values.qaPassRate, 0.0);
            }
        }
        QCOMPARE(s->recentEvaluations.size(), 5);
        QCOMPARE(s->recentEvaluations.first().externalId, QStringLiteral("I5")); // newest interaction first
    }

    void snapshotOfAnAgentComparesWithTheTeam()
    {
        auto c = fixture();
        KpiFilter f = shanghai(QDate(2024, 3, 4), QDate(2024, 3, 17), KpiBucket::Week);
        f.agent = QStringLiteral("A2");
        const auto s = DashboardService(*c).load(request(f));
        QVERIFY(s);
        QCOMPARE(s->current.interactions, 2);
        QCOMPARE(s->current.csatN, 1);
        QCOMPARE(*s->current.csat, 0.0);
        QVERIFY(near(*s->current.qaScore, 40.0)); // 80 and the critical 0
        QCOMPARE(s->comparisonLevel, ComparisonLevel::Team);
        QCOMPARE(s->comparisonName, QStringLiteral("售后一组"));
        QCOMPARE(s->comparison.interactions, 4);
        QVERIFY(near(*s->comparison.csat, 200.0 / 3));
        QCOMPARE(s->comparisonTrend.size(), 2);
        // Agent A2: E3 (4,4,4,4,4,N/A) and E6 (3s).
        QCOMPARE(*dimensionStat(s->dimensions, QStringLiteral("response")).average(), 3.5);
        QCOMPARE(*dimensionStat(s->dimensions, QStringLiteral("records")).average(), 3.0);
        QVERIFY(near(*dimensionStat(s->comparisonDimensions, QStringLiteral("response")).average(), 15.0 / 4));
        // The ranking still lists every agent, the team dimensions every team.
        QCOMPARE(s->ranking.size(), 3);
        QCOMPARE(s->teamDimensions.size(), 2);
        QCOMPARE(s->recentEvaluations.size(), 2);
        QCOMPARE(s->recentEvaluations[0].externalId, QStringLiteral("I4"));
        QCOMPARE(*s->recentEvaluations[0].score, 0.0);
        QCOMPARE(s->recentEvaluations[1].externalId, QStringLiteral("I3"));

        // A team is compared with the whole centre; the ranking is the team's agents.
        f.agent.clear();
        f.team = QStringLiteral("售后一组");
        f.channel = QStringLiteral("phone");
        const auto team = DashboardService(*c).load(request(f));
        QCOMPARE(team->comparisonLevel, ComparisonLevel::Centre);
        QCOMPARE(team->current.interactions, 2); // I1, I2
        QCOMPARE(team->comparison.interactions, 3); // I1, I2, I6
        QCOMPARE(team->ranking.size(), 1);
        QCOMPARE(team->ranking.first().code, QStringLiteral("A1"));
        QCOMPARE(*dimensionStat(team->dimensions, QStringLiteral("response")).average(), 4.0); // E1 5, E2 3
    }

    void staleRequestsStopEarly()
    {
        auto c = fixture();
        int asked = 0;
        const auto s = DashboardService(*c).load(request(shanghai(QDate(2024, 3, 4), QDate(2024, 3, 17))), [&asked]() {
            return ++asked >= 1;
        });
        QVERIFY(!s);
        QCOMPARE(asked, 1);
    }

    void unknownAgentMatchesNothing()
    {
        auto c = fixture();
        KpiFilter f = shanghai(QDate(2024, 3, 4), QDate(2024, 3, 17), KpiBucket::Week);
        f.agent = QStringLiteral("NOBODY");
        const auto s = DashboardService(*c).load(request(f));
        QCOMPARE(s->current.interactions, 0);
        QVERIFY(!s->current.csat);
        QVERIFY(s->dimensions.isEmpty());
        QVERIFY(s->recentEvaluations.isEmpty());
    }

    // ---- drill-down -------------------------------------------------------------------------------------------

    void drillDownListsWhatTheFiguresCount()
    {
        auto c = fixture();
        DrillDownStore store(*c);
        DrillDownQuery q;
        q.filter = shanghai(QDate(2024, 3, 4), QDate(2024, 3, 17));
        q.from = QDate(2024, 3, 4);
        q.to = QDate(2024, 3, 17);
        q.requirement = DrillDownQuery::Requirement::Csat;
        auto interactions = store.interactions(q);
        QCOMPARE(interactions.total, 5);
        QCOMPARE(interactions.rows.size(), 5);
        QCOMPARE(interactions.rows.first().externalId, QStringLiteral("I1")); // oldest first
        QCOMPARE(interactions.rows.first().startedAt.time(), QTime(9, 0));    // in the filter's zone
        QCOMPARE(*interactions.rows.first().qaScore, 100.0);
        QCOMPARE(interactions.rows.first().agentName, QStringLiteral("坐席A1"));
        q.requirement = DrillDownQuery::Requirement::Complaint;
        QCOMPARE(store.interactions(q).total, 2);
        q.requirement = DrillDownQuery::Requirement::Any;
        q.limit = 2;
        interactions = store.interactions(q);
        QCOMPARE(interactions.total, 6);
        QCOMPARE(interactions.rows.size(), 2);

        q.subject = DrillDownQuery::Subject::Evaluations;
        q.limit = 100;
        auto evaluations = store.evaluations(q);
        QCOMPARE(evaluations.total, 5); // the draft is not behind any figure
        QCOMPARE(*evaluations.rows.first().score, 0.0); // lowest first
        QCOMPARE(evaluations.rows.first().externalId, QStringLiteral("I4"));
        QCOMPARE(evaluations.rows.first().inspector, QStringLiteral("质检员甲"));
        // The histogram's bin [60, 70) holds E2; [90, 100] holds E1.
        q.scoreRange = std::make_pair(60.0, 70.0);
        evaluations = store.evaluations(q);
        QCOMPARE(evaluations.total, 1);
        QCOMPARE(evaluations.rows.first().externalId, QStringLiteral("I2"));
        q.scoreRange = std::make_pair(90.0, 100.0);
        QCOMPARE(store.evaluations(q).rows.first().externalId, QStringLiteral("I1"));
        // A dimension: those that scored it, lowest level first (E3 left records N/A).
        q.scoreRange.reset();
        q.dimensionKey = QStringLiteral("records");
        evaluations = store.evaluations(q);
        QCOMPARE(evaluations.total, 4);
        QCOMPARE(*evaluations.rows.first().dimensionLevel, 2);
        QCOMPARE(evaluations.rows.first().externalId, QStringLiteral("I5"));
        QCOMPARE(*evaluations.rows.last().dimensionLevel, 5);
        // Attribute filters apply.
        q.dimensionKey.clear();
        q.filter.team = QStringLiteral("投诉处理组");
        QCOMPARE(store.evaluations(q).total, 1);
    }

    // ---- rollups ----------------------------------------------------------------------------------------------

    void rollupsEqualARebuildAfterImportsSubmitsAndDeletions()
    {
        auto c = openDb();
        QRandomGenerator rng(5);
        const char *channels[] = {"phone", "chat", "email", "other"};
        const char *categories[] = {"consultation", "complaint", "after_sales", "suggestion", "other"};
        QList<qint64> ids;
        int serial = 0;
        const auto importBatch = [&](QDate first, int days, int count) {
            Transaction t(*c);
            InteractionWriter w(*c);
            for (int i = 0; i < count; ++i) {
                Interaction in;
                in.externalId = QStringLiteral("R%1").arg(serial++);
                // Any minute, and offsets off the hour too (−05:00 … +05:45): rows on both sides of the UTC
                // hour and day boundaries the rollups are keyed by.
                static const int offsets[] = {-18000, 0, 3600, 19800, 20700, 28800, 45900};
                in.startedAt = QDateTime(first.addDays(rng.bounded(days)),
                                         QTime(int(rng.bounded(24)), int(rng.bounded(60)), int(rng.bounded(60))),
                                         QTimeZone(offsets[rng.bounded(int(std::size(offsets)))]));
                in.agentCode = QStringLiteral("A%1").arg(rng.bounded(6));
                in.teamName = QStringLiteral("Team %1").arg(rng.bounded(3));
                in.channel = rng.bounded(10) == 0 ? QString() : QString::fromUtf8(channels[rng.bounded(4)]);
                in.category = QString::fromUtf8(categories[rng.bounded(5)]);
                if (rng.bounded(3) == 0) {
                    in.csat = int(rng.bounded(1, 6));
                }
                in.complaint = rng.bounded(8) == 0;
                in.handleS = rng.bounded(600.0);
                ids << w.insert(in);
            }
            w.finish();
            t.commit();
        };
        importBatch(QDate(2024, 1, 1), 120, 600);
        QVERIFY2(differenceFromRebuild(*c).isEmpty(), qPrintable(differenceFromRebuild(*c)));
        importBatch(QDate(2024, 2, 10), 10, 80); // overlapping days and weeks
        importBatch(QDate(2024, 6, 1), 1, 5);    // a lone day in a new week and block
        QVERIFY2(differenceFromRebuild(*c).isEmpty(), qPrintable(differenceFromRebuild(*c)));

        QList<qint64> evaluations;
        for (int i = 0; i < 60; ++i) {
            QList<int> levels;
            for (int d = 0; d < 6; ++d) {
                levels << int(rng.bounded(0, 6)); // 0 = N/A
            }
            evaluations << submitEvaluation(*c, ids[qsizetype(rng.bounded(quint32(ids.size())))], levels, rng.bounded(10) == 0,
                                  rng.bounded(6) == 0);
        }
        QVERIFY2(differenceFromRebuild(*c).isEmpty(), qPrintable(differenceFromRebuild(*c)));
        EvaluationStore store(*c);
        for (int i = 0; i < 10; ++i) {
            store.changeStatus(evaluations[i], i % 2 ? QStringLiteral("disputed") : QStringLiteral("final"),
                               QStringLiteral("组长"));
        }
        for (int i = 10; i < 25; ++i) {
            store.remove(evaluations[i], QStringLiteral("组长"));
        }
        QVERIFY2(differenceFromRebuild(*c).isEmpty(), qPrintable(differenceFromRebuild(*c)));
        // The figures a rebuild gives are the raw figures: the dimension rollups against the evaluation rows.
        const KpiFilter f = shanghai(QDate(2023, 12, 1), QDate(2024, 6, 30));
        const auto period = TimeBuckets::split(*f.from, *f.to, KpiBucket::None, f.zone);
        DimensionStatsStore dims(*c);
        QCOMPARE(dims.query(f, period, DimensionStatsStore::Source::Rollup),
                 dims.query(f, period, DimensionStatsStore::Source::Raw));
    }

    // Random data and random ranges: every filter reads the same from the rollups as from the raw rows.
    void rollupReadsEqualRawReads()
    {
        auto c = openDb();
        QRandomGenerator rng(9);
        const char *channels[] = {"phone", "chat", "email", "other"};
        const char *categories[] = {"consultation", "complaint", "after_sales", "suggestion", "other"};
        QList<qint64> ids;
        {
            Transaction t(*c);
            InteractionWriter w(*c);
            for (int i = 0; i < 2500; ++i) {
                Interaction in;
                in.externalId = QStringLiteral("X%1").arg(i);
                in.startedAt = QDateTime(QDate(2024, 1, 1).addDays(rng.bounded(200)),
                                         QTime(int(rng.bounded(24)), int(rng.bounded(60))), QTimeZone::utc());
                in.agentCode = QStringLiteral("A%1").arg(rng.bounded(8));
                in.teamName = QStringLiteral("Team %1").arg(rng.bounded(3));
                in.channel = QString::fromUtf8(channels[rng.bounded(4)]);
                in.category = QString::fromUtf8(categories[rng.bounded(5)]);
                if (rng.bounded(2) == 0) {
                    in.csat = int(rng.bounded(1, 6));
                }
                in.handleS = rng.bounded(900);
                ids << w.insert(in);
            }
            w.finish();
            t.commit();
        }
        for (int i = 0; i < 300; ++i) {
            QList<int> levels;
            for (int d = 0; d < 6; ++d) {
                levels << int(rng.bounded(0, 6));
            }
            submitEvaluation(*c, ids[i * 7], levels, rng.bounded(20) == 0);
        }
        KpiStore kpis(*c);
        DimensionStatsStore dims(*c);
        int compared = 0;
        // Every zone reads the UTC-keyed rollups (issue 15): off the hour, 45 minutes off, DST (incl. a half-hour
        // DST shift) and the organisation's own.
        const QList<QByteArray> zones{"Asia/Shanghai", "Asia/Kathmandu", "Asia/Kolkata", "America/New_York",
                                      "Europe/London", "Australia/Lord_Howe"};
        for (int trial = 0; trial < 48; ++trial) {
            const QDate from = QDate(2023, 12, 20).addDays(rng.bounded(150));
            KpiFilter f = shanghai(from, from.addDays(rng.bounded(1, 120)));
            f.zone = QTimeZone(zones[trial % zones.size()]);
            f.team = rng.bounded(2) ? QStringLiteral("Team %1").arg(rng.bounded(3)) : QString();
            f.agent = rng.bounded(3) == 0 ? QStringLiteral("A%1").arg(rng.bounded(8)) : QString();
            f.channel = rng.bounded(2) ? QString::fromUtf8(channels[rng.bounded(4)]) : QString();
            f.category = rng.bounded(2) ? QString::fromUtf8(categories[rng.bounded(5)]) : QString();
            const auto period = TimeBuckets::split(*f.from, *f.to, KpiBucket::None, f.zone);
            const auto weeks = TimeBuckets::split(*f.from, *f.to, KpiBucket::Week, f.zone);
            const auto a = kpis.query(f, weeks, KpiStore::Source::Rollup);
            const auto b = kpis.query(f, weeks, KpiStore::Source::Raw);
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].interactions, b[i].interactions);
                QCOMPARE(a[i].csatPositive, b[i].csatPositive);
                QCOMPARE(a[i].qaN, b[i].qaN);
                QCOMPARE(a[i].qaScoreBins, b[i].qaScoreBins);
                ++compared;
            }
            for (const auto groupBy : {KpiStore::GroupBy::Agent, KpiStore::GroupBy::Team}) {
                const auto ga = kpis.queryGroups(f, period, groupBy, KpiStore::Source::Rollup);
                const auto gb = kpis.queryGroups(f, period, groupBy, KpiStore::Source::Raw);
                QCOMPARE(ga.size(), gb.size());
                for (qsizetype i = 0; i < ga.size(); ++i) {
                    QCOMPARE(ga[i].key, gb[i].key);
                    QCOMPARE(ga[i].values.interactions, gb[i].values.interactions);
                    QCOMPARE(ga[i].values.qaPass, gb[i].values.qaPass);
                    QVERIFY(near(ga[i].values.ahtS.value_or(-1), gb[i].values.ahtS.value_or(-1), 1e-6));
                }
            }
            const bool agentWithAttributes = !f.agent.isEmpty() && (!f.channel.isEmpty() || !f.category.isEmpty());
            if (!agentWithAttributes) { // those are always read raw
                QCOMPARE(dims.query(f, period, DimensionStatsStore::Source::Rollup),
                         dims.query(f, period, DimensionStatsStore::Source::Raw));
            }
            KpiFilter everyTeam = f;
            everyTeam.agent.clear();
            everyTeam.team.clear();
            const auto ta = dims.queryGroups(everyTeam, period, DimensionStatsStore::GroupBy::Team,
                                             DimensionStatsStore::Source::Rollup);
            const auto tb = dims.queryGroups(everyTeam, period, DimensionStatsStore::GroupBy::Team,
                                             DimensionStatsStore::Source::Raw);
            QCOMPARE(ta.size(), tb.size());
            for (qsizetype i = 0; i < ta.size(); ++i) {
                QCOMPARE(ta[i].key, tb[i].key);
                QCOMPARE(ta[i].dimensions, tb[i].dimensions);
            }
        }
        QVERIFY(compared > 100);
    }

    void cliAndDashboardGiveTheSameFigures()
    {
        // qadesk-cli kpi prints KpiService::compute; the dashboard's tiles and trend are that same call.
        auto c = fixture();
        const KpiFilter f = shanghai(QDate(2024, 3, 4), QDate(2024, 3, 17), KpiBucket::Week);
        const auto s = DashboardService(*c).load(request(f));
        const auto cli = KpiService(*c).compute(f, true);
        QCOMPARE(cli.size(), s->trend.size());
        for (qsizetype i = 0; i < cli.size(); ++i) {
            QCOMPARE(cli[i].interactions, s->trend[i].interactions);
            QCOMPARE(cli[i].csat, s->trend[i].csat);
            QCOMPARE(cli[i].qaScore, s->trend[i].qaScore);
        }
    }

};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
