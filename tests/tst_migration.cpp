// Databases of every earlier schema version (tests/data/schema/vN.sqlite, made by make_fixtures.py with the
// migration files of their time) migrate to the current schema with their content and KPIs intact: the
// rollups rebuilt from the rows (v2 → v3 once left them empty), figures equal to the raw rows and to the
// hand-computed values; a migration that fails leaves the file as it was.

#include "Error.h"
#include "kpi/KpiFilter.h"
#include "kpi/TimeBuckets.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/KpiStore.h"
#include "storage/OrganisationZone.h"
#include "storage/RollupStore.h"
#include "storage/Schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qadesk;

class TestMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyOf(int version)
    {
        const QString target = m_dir.filePath(QStringLiteral("v%1-%2.sqlite").arg(version).arg(m_copies++));
        if (!QFile::copy(QStringLiteral(QADESK_TEST_DATA "/schema/v%1.sqlite").arg(version), target)) {
            qFatal("cannot copy the fixture");
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }

    static KpiValues march(Connection &db, KpiStore::Source source)
    {
        KpiFilter f;
        f.zone = QTimeZone("Asia/Shanghai");
        f.bucket = KpiBucket::None;
        const auto buckets = TimeBuckets::split(QDate(2024, 3, 1), QDate(2024, 3, 31), KpiBucket::None, f.zone);
        const auto rows = KpiStore(db).query(f, buckets, source);
        return rows.isEmpty() ? KpiValues() : rows.first();
    }

    static QString days(Connection &db)
    {
        QStringList result;
        QSqlQuery q = db.run(QStringLiteral("SELECT external_id, day FROM interactions ORDER BY id"));
        while (q.next()) {
            result << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        }
        return result.join(QLatin1Char(' '));
    }

    static qint64 count(Connection &db, const QString &sql)
    {
        QSqlQuery q = db.run(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    int m_copies = 0;

private slots:
    void migratesWithContentAndKpis_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Schema::latestVersion(); ++v) {
            if (QFile::exists(QStringLiteral(QADESK_TEST_DATA "/schema/v%1.sqlite").arg(v))) {
                QTest::addRow("v%d", v) << v;
            }
        }
    }

    void migratesWithContentAndKpis()
    {
        QFETCH(int, version);
        Connection db(copyOf(version));
        QCOMPARE(Schema::currentVersion(db), version);
        QCOMPARE(Schema::migrate(db), Schema::latestVersion());
        QCOMPARE(Schema::currentVersion(db), Schema::latestVersion());

        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM interactions")), 12);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM turns")), 24);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluations WHERE status = 'submitted'")), 9);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluation_scores")), 54);
        const Evaluation first = EvaluationStore(db).load(1);
        QCOMPARE(first.dimensions.size(), 6);
        QCOMPARE(*first.score, 80.0);
        QVERIFY(EvaluationStore(db).currentDraft(10, QStringLiteral("质检员甲")));

        const KpiValues rollup = march(db, KpiStore::Source::Rollup);
        const KpiValues raw = march(db, KpiStore::Source::Raw);
        // By hand from make_fixtures.py: CSAT 8 of 11 answers are 4–5; NPS (6 promoters − 3 detractors) / 11;
        // QA the mean of the nine submitted scores, 7 of them ≥ 60.
        for (const KpiValues &v : {rollup, raw}) {
            QCOMPARE(v.interactions, 12);
            QCOMPARE(v.csatN, 11);
            QCOMPARE(v.csatPositive, 8);
            QVERIFY(qAbs(*v.csat - 100.0 * 8 / 11) < 1e-9);
            QCOMPARE(v.npsN, 11);
            QVERIFY(qAbs(*v.nps - 100.0 * 3 / 11) < 1e-9);
            QCOMPARE(v.evaluations, 9);
            QCOMPARE(v.qaN, 9);
            QVERIFY(qAbs(*v.qaScore - 662.25 / 9) < 1e-9);
            QCOMPARE(v.qaPass, 7);
            QCOMPARE(v.complaints, 3);
        }
        QCOMPARE(rollup.fcrN, raw.fcrN);
        QCOMPARE(rollup.fcrYes, raw.fcrYes);
        QCOMPARE(rollup.cesN, raw.cesN);
        QCOMPARE(rollup.cesPositive, raw.cesPositive);
        QCOMPARE(rollup.ahtS, raw.ahtS);
        QCOMPARE(rollup.firstResponseS, raw.firstResponseS);
    }

    // Version 7 (one clock): the organisation's zone is the old rollup zone, the stored local days stay as they
    // were, and the rollups, now keyed in UTC, answer every zone with the raw rows' figures.
    void sixToSevenKeepsTheZoneAndServesEveryZone()
    {
        if (!QFile::exists(QStringLiteral(QADESK_TEST_DATA "/schema/v6.sqlite"))) {
            QSKIP("no v6 fixture");
        }
        Connection db(copyOf(6));
        const QString daysBefore = days(db);
        QCOMPARE(Schema::migrate(db), Schema::latestVersion());
        QCOMPARE(OrganisationZone::id(db), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(OrganisationZone::dayZoneId(db), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(days(db), daysBefore);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM kpi_rollup_all WHERE span = 1")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM kpi_rollup_agent WHERE span = 24")) > 0);
        RollupStore rollups(db);
        const QStringList migrated = rollups.dump();
        {
            Transaction t(db); // rolled back
            rollups.rebuildAll();
            QCOMPARE(rollups.dump(), migrated);
        }
        // March in zones off the hour, with DST, and the organisation's: rollups equal the raw rows, per week.
        for (const char *name : {"Asia/Shanghai", "Asia/Kathmandu", "Asia/Kolkata", "America/New_York", "Europe/London"}) {
            KpiFilter f;
            f.zone = QTimeZone(name);
            f.bucket = KpiBucket::Week;
            const auto buckets = TimeBuckets::split(QDate(2024, 2, 26), QDate(2024, 3, 31), KpiBucket::Week, f.zone);
            const auto fromRollups = KpiStore(db).query(f, buckets, KpiStore::Source::Rollup);
            const auto fromRows = KpiStore(db).query(f, buckets, KpiStore::Source::Raw);
            QCOMPARE(fromRollups.size(), fromRows.size());
            qint64 total = 0;
            for (qsizetype i = 0; i < fromRows.size(); ++i) {
                QCOMPARE(fromRollups[i].start, fromRows[i].start);
                QCOMPARE(fromRollups[i].interactions, fromRows[i].interactions);
                QCOMPARE(fromRollups[i].csatPositive, fromRows[i].csatPositive);
                QCOMPARE(fromRollups[i].qaN, fromRows[i].qaN);
                QCOMPARE(fromRollups[i].qaScore, fromRows[i].qaScore);
                QCOMPARE(fromRollups[i].qaScoreBins, fromRows[i].qaScoreBins);
                total += fromRows[i].interactions;
            }
            QCOMPARE(total, 12);
        }
    }

    // A database at the latest version whose rollups predate the UTC-keyed layout (it reached that version on a
    // branch without 007) has them rebuilt once when opened.
    void staleRollupLayoutIsRebuiltOnce()
    {
        Connection db(copyOf(6));
        Schema::migrate(db);
        const QStringList rebuilt = RollupStore(db).dump();
        QVERIFY(!rebuilt.isEmpty());
        db.execute(QStringLiteral("DELETE FROM kpi_rollup_all"));
        db.execute(QStringLiteral("DELETE FROM meta WHERE key = 'rollup_layout'"));
        QCOMPARE(Schema::migrate(db), Schema::latestVersion());
        QCOMPARE(RollupStore(db).dump(), rebuilt);
        QCOMPARE(Schema::meta(db, QStringLiteral("rollup_layout")), QString::number(RollupStore::kLayoutVersion));
        db.execute(QStringLiteral("DELETE FROM kpi_rollup_all")); // with the mark in place: left alone
        Schema::migrate(db);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM kpi_rollup_all")), 0);
    }

    void aFailedMigrationLeavesTheFileAsItWas()
    {
        const QString path = copyOf(Schema::latestVersion() - 1 >= 2 ? 2 : 1);
        int before = 0;
        {
            Connection db(path);
            before = Schema::currentVersion(db);
            // Something in the way of the last migration: an object of the name it creates.
            db.execute(QStringLiteral("CREATE TABLE evaluations_one_draft (x INTEGER)"));
        }
        Connection db(path);
        QVERIFY_THROWS_EXCEPTION(Error, Schema::migrate(db));
        QCOMPARE(Schema::currentVersion(db), before);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM interactions")), 12);
        // Nothing of the earlier steps stayed either: the rollup tables of version 3 are not there.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'kpi_rollup_all'")),
                 before >= 3 ? 1 : 0);
        QSqlQuery check = db.run(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
