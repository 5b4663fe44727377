// KPI engine (DESIGN §3): hand-computed expectations, empty denominators, time zones, and rollups equal to
// a from-scratch aggregation of the raw rows.
#include "kpi/KpiService.h"
#include "kpi/TimeBuckets.h"
#include "kpi/ZoneRules.h"
#include "storage/Connection.h"
#include "storage/InteractionWriter.h"
#include "storage/KpiStore.h"
#include "storage/RollupStore.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

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

Interaction toInteraction(const Row &r)
{
    Interaction in;
    in.externalId = QString::fromUtf8(r.id);
    in.startedAt = QDateTime::fromString(QString::fromUtf8(r.startedAt), Qt::ISODate);
    in.utcOffsetS = in.startedAt.offsetFromUtc();
    in.agentCode = QString::fromUtf8(r.agent);
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

const std::nullopt_t NA = std::nullopt;

// Six interactions on 2024-03-04 (Monday) in Shanghai time, two teams.
const Row kFixture[] = {
    {"I1", "2024-03-04T09:00:00+08:00", "A1", "售后一组", "phone", "complaint", 5, 10, 7, true, true, 100, 2.0},
    {"I2", "2024-03-04T10:00:00+08:00", "A1", "售后一组", "phone", "consultation", 4, 9, 5, false, false, 200, 4.0},
    {"I3", "2024-03-04T11:00:00+08:00", "A2", "售后一组", "chat", "consultation", 3, 7, 4, true, false, 300, NA},
    {"I4", "2024-03-04T12:00:00+08:00", "A2", "售后一组", "chat", "after_sales", NA, 3, NA, NA, false, NA, 10.0},
    {"I5", "2024-03-04T13:00:00+08:00", "B1", "投诉处理组", "email", "complaint", 1, NA, 1, true, true, 400, NA},
    {"I6", "2024-03-04T14:00:00+08:00", "B1", "投诉处理组", "phone", "other", 2, 0, NA, NA, false, 600, 9.0},
};

} // namespace

class TestKpi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Connection> openDb(const QString &rollupZone = QStringLiteral("Asia/Shanghai"))
    {
        auto c = std::make_unique<Connection>(m_dir.filePath(QStringLiteral("kpi-%1.sqlite").arg(m_counter++)));
        Schema::migrate(*c);
        OrganisationZone::setInitial(*c, QString(rollupZone).toUtf8());
        return c;
    }

    void insertRows(Connection &c, const Row *rows, qsizetype n)
    {
        Transaction t(c);
        InteractionWriter w(c);
        for (qsizetype i = 0; i < n; ++i) {
            w.insert(toInteraction(rows[i]));
        }
        w.finish();
        t.commit();
    }

    static KpiFilter shanghai(KpiBucket bucket = KpiBucket::None)
    {
        KpiFilter f;
        f.zone = QTimeZone("Asia/Shanghai");
        f.bucket = bucket;
        return f;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void emptyDatabaseGivesNullRates()
    {
        auto c = openDb();
        KpiService service(*c);
        const auto buckets = service.compute(shanghai());
        QCOMPARE(buckets.size(), 1);
        const KpiValues &v = buckets.first();
        QCOMPARE(v.interactions, 0);
        QVERIFY(!v.csat && !v.nps && !v.ces && !v.fcr && !v.ahtS && !v.firstResponseS && !v.complaintRate &&
                !v.qaScore && !v.qaPassRate);
        QCOMPARE(service.compute(shanghai(KpiBucket::Week)).size(), 0);
    }

    void handComputedFigures_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("rollup") << QStringLiteral("rollup");
        QTest::newRow("raw") << QStringLiteral("raw");
    }

    void handComputedFigures()
    {
        QFETCH(QString, source);
        auto c = openDb();
        insertRows(*c, kFixture, std::size(kFixture));
        KpiStore store(*c);
        const KpiFilter f = shanghai();
        const auto buckets = TimeBuckets::split(QDate(2024, 3, 1), QDate(2024, 3, 31), KpiBucket::None, f.zone);
        const auto rows = store.query(f, buckets, source == QLatin1String("raw") ? KpiStore::Source::Raw : KpiStore::Source::Rollup);
        QCOMPARE(rows.size(), 1);
        const KpiValues &v = rows.first();
        QCOMPARE(v.interactions, 6);
        // CSAT: 5,4,3,1,2 answered; 4 and 5 positive: 2/5.
        QCOMPARE(v.csatN, 5);
        QCOMPARE(*v.csat, 40.0);
        // NPS: 10,9,7,3,0 → promoters 2, detractors 2 of 5 → 0.
        QCOMPARE(v.npsN, 5);
        QCOMPARE(*v.nps, 0.0);
        // CES: 7,5,4,1 → ≥5: 2 of 4.
        QCOMPARE(v.cesN, 4);
        QCOMPARE(*v.ces, 50.0);
        // FCR known for I1, I2, I3, I5 → yes 3 of 4.
        QCOMPARE(v.fcrN, 4);
        QCOMPARE(*v.fcr, 75.0);
        // AHT: (100+200+300+400+600)/5.
        QCOMPARE(*v.ahtS, 320.0);
        // First response: (2+4+10+9)/4.
        QCOMPARE(*v.firstResponseS, 6.25);
        // Complaints: I1, I5 of 6.
        QVERIFY(qFuzzyCompare(*v.complaintRate, 100.0 * 2 / 6));
        QCOMPARE(v.evaluations, 0);
        QVERIFY(!v.qaScore);
        QVERIFY(!v.qaPassRate);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("team");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("interactions");
        QTest::addColumn<double>("csat"); // -1 = null
        QTest::newRow("team") << QStringLiteral("售后一组") << QString() << QString() << QString() << 4 << 100.0 * 2 / 3;
        QTest::newRow("agent") << QString() << QStringLiteral("B1") << QString() << QString() << 2 << 0.0;
        QTest::newRow("channel") << QString() << QString() << QStringLiteral("phone") << QString() << 3 << 100.0 * 2 / 3;
        QTest::newRow("category") << QString() << QString() << QString() << QStringLiteral("complaint") << 2 << 50.0;
        QTest::newRow("team+channel") << QStringLiteral("售后一组") << QString() << QStringLiteral("chat") << QString() << 2 << 0.0;
        QTest::newRow("agent+category no csat") << QString() << QStringLiteral("A2") << QString() << QStringLiteral("after_sales") << 1 << -1.0;
        QTest::newRow("unknown team") << QStringLiteral("无此组") << QString() << QString() << QString() << 0 << -1.0;
    }

    void filters()
    {
        QFETCH(QString, team);
        QFETCH(QString, agent);
        QFETCH(QString, channel);
        QFETCH(QString, category);
        QFETCH(int, interactions);
        QFETCH(double, csat);
        auto c = openDb();
        insertRows(*c, kFixture, std::size(kFixture));
        KpiFilter f = shanghai();
        f.team = team;
        f.agent = agent;
        f.channel = channel;
        f.category = category;
        // The same figures from the rollups and from the raw rows, in the rollup zone and in zones a quarter
        // or an hour away from it (same local day here): rollups serve every zone.
        for (const bool raw : {false, true}) {
          for (const char *zone : {"Asia/Shanghai", "Asia/Tokyo", "Asia/Kathmandu"}) {
            f.zone = QTimeZone(zone);
            KpiService service(*c);
            service.setReadRawRows(raw);
            const auto rows = service.compute(f);
            QCOMPARE(service.usedRollups(), !raw);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().interactions, qint64(interactions));
            if (csat < 0) {
                QVERIFY(!rows.first().csat);
            } else {
                QVERIFY(rows.first().csat);
                QVERIFY(qFuzzyCompare(1.0 + *rows.first().csat, 1.0 + csat));
            }
          }
        }
    }

    void daysFollowTheChosenZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("starts");
        QTest::addColumn<QList<int>>("counts");
        // X: 2024-03-04 15:30Z, Y: 2024-03-05 01:00Z, Z: 2024-03-10 16:30Z (after the US DST change).
        QTest::newRow("UTC") << QStringLiteral("UTC") << QStringList{QStringLiteral("2024-03-04"), QStringLiteral("2024-03-05"), QStringLiteral("2024-03-10")} << QList<int>{1, 1, 1};
        QTest::newRow("Shanghai") << QStringLiteral("Asia/Shanghai") << QStringList{QStringLiteral("2024-03-04"), QStringLiteral("2024-03-05"), QStringLiteral("2024-03-11")} << QList<int>{1, 1, 1};
        QTest::newRow("New York") << QStringLiteral("America/New_York") << QStringList{QStringLiteral("2024-03-04"), QStringLiteral("2024-03-10")} << QList<int>{2, 1};
    }

    void daysFollowTheChosenZone()
    {
        QFETCH(QString, zone);
        QFETCH(QStringList, starts);
        QFETCH(QList<int>, counts);
        const Row rows[] = {
            {"X", "2024-03-04T23:30:00+08:00", "A1", "T", "phone", "other", 5, NA, NA, NA, false, NA, NA},
            {"Y", "2024-03-04T20:00:00-05:00", "A1", "T", "phone", "other", 1, NA, NA, NA, false, NA, NA},
            {"Z", "2024-03-10T12:30:00-04:00", "A1", "T", "phone", "other", 4, NA, NA, NA, false, NA, NA},
        };
        // Whatever the organisation's zone, the rollups (keyed in UTC) answer any zone's days.
        for (const QString &orgZone : {zone, QStringLiteral("Europe/Berlin")}) {
          for (const bool raw : {false, true}) {
            auto c = openDb(orgZone);
            insertRows(*c, rows, std::size(rows));
            KpiFilter f;
            f.zone = QTimeZone(zone.toUtf8());
            f.bucket = KpiBucket::Day;
            KpiService service(*c);
            service.setReadRawRows(raw);
            const auto result = service.compute(f);
            QCOMPARE(service.usedRollups(), !raw);
            QStringList gotStarts;
            QList<int> gotCounts;
            for (const auto &v : result) {
                gotStarts << v.start.toString(Qt::ISODate);
                gotCounts << int(v.interactions);
            }
            QCOMPARE(gotStarts, starts);
            QCOMPARE(gotCounts, counts);
          }
        }
    }

    void inclusiveDateRangeAndIsoWeeks()
    {
        const Row rows[] = {
            {"D1", "2024-03-03T23:59:59+08:00", "A1", "T", "chat", "other", 5, NA, NA, NA, false, NA, NA}, // Sunday
            {"D2", "2024-03-04T00:00:00+08:00", "A1", "T", "chat", "other", 5, NA, NA, NA, false, NA, NA}, // Monday
            {"D3", "2024-03-10T23:59:59+08:00", "A1", "T", "chat", "other", 1, NA, NA, NA, false, NA, NA}, // Sunday
            {"D4", "2024-03-11T00:00:00+08:00", "A1", "T", "chat", "other", 1, NA, NA, NA, false, NA, NA}, // Monday
        };
        auto c = openDb();
        insertRows(*c, rows, std::size(rows));
        KpiFilter f = shanghai(KpiBucket::Week);
        f.from = QDate(2024, 3, 4);
        f.to = QDate(2024, 3, 10);
        for (const char *zone : {"Asia/Shanghai", "Asia/Hong_Kong"}) { // rollup path, then the raw path
            f.zone = QTimeZone(zone);
            KpiService service(*c);
            const auto result = service.compute(f);
            QCOMPARE(result.size(), 1);
            QCOMPARE(result.first().start, QDate(2024, 3, 4));
            QCOMPARE(result.first().interactions, 2);
            QCOMPARE(*result.first().csat, 50.0);
        }
        f.zone = QTimeZone("Asia/Shanghai");
        f.from = QDate(2024, 3, 1);
        f.to = std::nullopt;
        const auto weeks = KpiService(*c).compute(f);
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks[0].start, QDate(2024, 2, 26)); // the week holding 1 March starts on Monday 26 Feb
        QCOMPARE(weeks[1].start, QDate(2024, 3, 4));
        QCOMPARE(weeks[2].start, QDate(2024, 3, 11));
        f.bucket = KpiBucket::Month;
        const auto months = KpiService(*c).compute(f);
        QCOMPARE(months.size(), 1);
        QCOMPARE(months[0].start, QDate(2024, 3, 1));
        QCOMPARE(months[0].interactions, 4);
    }

    void emptyBucketsWhenAsked()
    {
        auto c = openDb();
        insertRows(*c, kFixture, 1);
        KpiFilter f = shanghai(KpiBucket::Day);
        f.from = QDate(2024, 3, 2);
        f.to = QDate(2024, 3, 5);
        const auto all = KpiService(*c).compute(f, true);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[0].interactions, 0);
        QVERIFY(!all[0].csat);
        QCOMPARE(all[2].interactions, 1);
        QCOMPARE(KpiService(*c).compute(f, false).size(), 1);
    }

    void zoneAliasesShareTheRollups()
    {
        QVERIFY(sameZoneRules(QTimeZone("UTC"), QTimeZone("Etc/UTC")));
        QVERIFY(sameZoneRules(QTimeZone("Asia/Shanghai"), QTimeZone("Asia/Chongqing")));
        QVERIFY(!sameZoneRules(QTimeZone("Asia/Shanghai"), QTimeZone("Asia/Tokyo")));
        // Documents name UTC as such, never "Etc/UTC" (issue 16).
        QCOMPARE(zoneLabel(QTimeZone("Etc/UTC")), QStringLiteral("UTC"));
        QCOMPARE(zoneLabel(QTimeZone::utc()), QStringLiteral("UTC"));
        QCOMPARE(zoneLabel(QTimeZone("Asia/Shanghai")), QStringLiteral("Asia/Shanghai"));
        QVERIFY(!sameZoneRules(QTimeZone("America/New_York"), QTimeZone("America/Chicago")));
        QVERIFY(!sameZoneRules(QTimeZone("Europe/Berlin"), QTimeZone("Europe/London")));
        auto c = openDb(QStringLiteral("Etc/UTC"));
        insertRows(*c, kFixture, std::size(kFixture));
        KpiFilter f;
        f.zone = QTimeZone("UTC");
        KpiService service(*c);
        QCOMPARE(service.compute(f).first().interactions, 6);
        QVERIFY(service.usedRollups());
    }

    void dstDayBoundaries()
    {
        const QTimeZone ny("America/New_York");
        const auto days = TimeBuckets::split(QDate(2024, 3, 10), QDate(2024, 3, 10), KpiBucket::Day, ny);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].toUtc - days[0].fromUtc, 23 * 3600);
        const auto autumn = TimeBuckets::split(QDate(2024, 11, 3), QDate(2024, 11, 3), KpiBucket::Day, ny);
        QCOMPARE(autumn[0].toUtc - autumn[0].fromUtc, 25 * 3600);
    }

    // Random data: every filter combination gives the same figures from the rollups and from the raw rows.
    void rollupsEqualRawAggregation()
    {
        auto c = openDb(QStringLiteral("Asia/Shanghai"));
        QRandomGenerator rng(7);
        const char *channels[] = {"phone", "chat", "email", "other"};
        const char *categories[] = {"consultation", "complaint", "after_sales", "suggestion", "other"};
        {
            Transaction t(*c);
            InteractionWriter w(*c);
            for (int i = 0; i < 3000; ++i) {
                Interaction in;
                in.externalId = QStringLiteral("R%1").arg(i);
                const int offsetH = int(rng.bounded(-10, 12));
                in.startedAt = QDateTime(QDate(2024, 1, 1).addDays(rng.bounded(120)), QTime(int(rng.bounded(24)), int(rng.bounded(60))),
                                         QTimeZone(offsetH * 3600));
                in.agentCode = QStringLiteral("A%1").arg(rng.bounded(8));
                in.teamName = QStringLiteral("Team %1").arg(rng.bounded(3));
                in.channel = QString::fromUtf8(channels[rng.bounded(4)]);
                in.category = QString::fromUtf8(categories[rng.bounded(5)]);
                if (rng.bounded(3) == 0) in.csat = int(rng.bounded(1, 6));
                if (rng.bounded(3) == 0) in.nps = int(rng.bounded(0, 11));
                if (rng.bounded(4) == 0) in.ces = int(rng.bounded(1, 8));
                if (rng.bounded(2) == 0) in.resolvedFirstContact = rng.bounded(2) == 0;
                in.complaint = rng.bounded(10) == 0;
                if (rng.bounded(5) != 0) in.handleS = rng.bounded(900);
                if (rng.bounded(5) != 0) in.firstResponseS = rng.bounded(40.0);
                w.insert(in);
            }
            w.finish();
            t.commit();
        }
        KpiStore store(*c);
        const QTimeZone zone("Asia/Shanghai");
        int compared = 0;
        for (KpiBucket bucket : {KpiBucket::Day, KpiBucket::Week, KpiBucket::Month, KpiBucket::None}) {
            for (const QString &team : {QString(), QStringLiteral("Team 1")}) {
                for (const QString &agent : {QString(), QStringLiteral("A3")}) {
                    for (const QString &channel : {QString(), QStringLiteral("chat")}) {
                        KpiFilter f;
                        f.zone = zone;
                        f.bucket = bucket;
                        f.team = team;
                        f.agent = agent;
                        f.channel = channel;
                        f.category = channel.isEmpty() ? QString() : QStringLiteral("complaint");
                        const auto buckets = TimeBuckets::split(QDate(2023, 12, 30), QDate(2024, 5, 2), bucket, zone);
                        const auto a = store.query(f, buckets, KpiStore::Source::Rollup);
                        const auto b = store.query(f, buckets, KpiStore::Source::Raw);
                        QCOMPARE(a.size(), b.size());
                        for (qsizetype i = 0; i < a.size(); ++i) {
                            QCOMPARE(a[i].start, b[i].start);
                            QCOMPARE(a[i].interactions, b[i].interactions);
                            QCOMPARE(a[i].csatN, b[i].csatN);
                            QCOMPARE(a[i].npsPromoters, b[i].npsPromoters);
                            QCOMPARE(a[i].npsDetractors, b[i].npsDetractors);
                            QCOMPARE(a[i].cesPositive, b[i].cesPositive);
                            QCOMPARE(a[i].fcrYes, b[i].fcrYes);
                            QCOMPARE(a[i].complaints, b[i].complaints);
                            QCOMPARE(a[i].csat.has_value(), b[i].csat.has_value());
                            if (a[i].firstResponseS) {
                                QVERIFY(qAbs(*a[i].firstResponseS - *b[i].firstResponseS) < 1e-9);
                            }
                            ++compared;
                        }
                    }
                }
            }
        }
        QVERIFY(compared > 200);
    }
};

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
