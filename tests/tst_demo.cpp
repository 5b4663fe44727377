// Demo data: exact counts, reproducible from the seed, every channel and category, surveys that follow
// service quality, submitted evaluations, rollups equal to the raw aggregation.
#include "Error.h"
#include "demo/DemoGenerator.h"
#include "kpi/KpiService.h"
#include "storage/Connection.h"
#include "storage/DatabaseSummary.h"
#include "storage/KpiStore.h"
#include "storage/OrganisationZone.h"
#include "storage/PeopleStore.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

DemoOptions smallOptions(quint32 seed)
{
    DemoOptions o;
    o.seed = seed;
    o.interactions = 3000;
    o.agents = 25;
    o.transcripts = 300;
    o.evaluations = 400;
    o.lastDay = QDate(2026, 10, 31);
    return o;
}

QByteArray tableDigest(Connection &c, const QString &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q = c.run(sql);
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            hash.addData(q.value(i).toString().toUtf8());
            hash.addData("\x1f");
        }
    }
    return hash.result().toHex();
}

QByteArray digest(Connection &c)
{
    return tableDigest(c, QStringLiteral("SELECT external_id, channel, started_at, agent_id, category, handle_s, "
                                         "first_response_s, fcr, complaint, csat, nps, ces FROM interactions ORDER BY id")) +
           tableDigest(c, QStringLiteral("SELECT interaction_id, seq, speaker, start_ms, end_ms, text FROM turns ORDER BY id")) +
           tableDigest(c, QStringLiteral("SELECT interaction_id, status, score, grade_key FROM evaluations ORDER BY id")) +
           tableDigest(c, QStringLiteral("SELECT code, name FROM agents ORDER BY id")) +
           tableDigest(c, QStringLiteral("SELECT u.login, u.display_name, r.role, r.agent_id, r.team_id FROM users u "
                                         "JOIN user_roles r ON r.user_id = u.id ORDER BY u.login"));
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Connection> generate(const QString &name, const DemoOptions &options, DemoCounts *counts = nullptr)
    {
        auto c = std::make_unique<Connection>(m_dir.filePath(name));
        Schema::migrate(*c);
        const DemoCounts result = DemoGenerator(*c, options).run();
        if (counts) {
            *counts = result;
        }
        return c;
    }

    static qint64 scalar(Connection &c, const QString &sql)
    {
        QSqlQuery q = c.run(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void countsAreExact()
    {
        DemoCounts counts;
        auto c = generate(QStringLiteral("counts.sqlite"), smallOptions(1), &counts);
        QCOMPARE(counts.interactions, 3000);
        QCOMPARE(counts.transcripts, 300);
        QCOMPARE(counts.evaluations, 400);
        QCOMPARE(counts.agents, 25);
        QCOMPARE(counts.teams, 3);
        const DatabaseCounts db = DatabaseSummary(*c).counts();
        QCOMPARE(db.interactions, 3000);
        QCOMPARE(db.transcripts, 300);
        // The demo rectification items' verification interactions are evaluated on top (ImprovementDemo).
        QVERIFY(counts.verificationEvaluations > 0);
        QCOMPARE(db.evaluations, 400 + counts.verificationEvaluations);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM turns")), counts.turns);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(DISTINCT channel) FROM interactions")), 4);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(DISTINCT category) FROM interactions")), 5);
        // A year of data ending on the chosen day.
        const qint64 first = scalar(*c, QStringLiteral("SELECT MIN(started_at) FROM interactions"));
        const qint64 last = scalar(*c, QStringLiteral("SELECT MAX(started_at) FROM interactions"));
        QVERIFY(QDateTime::fromSecsSinceEpoch(first, QTimeZone(8 * 3600)).date() >= QDate(2025, 11, 1));
        QVERIFY(QDateTime::fromSecsSinceEpoch(last, QTimeZone(8 * 3600)).date() <= QDate(2026, 10, 31));
        QVERIFY(last - first > 300 * 86400);
        // Chinese agent names; most evaluations submitted.
        QSqlQuery names = c->run(QStringLiteral("SELECT name FROM agents"));
        int chinese = 0;
        while (names.next()) {
            chinese += names.value(0).toString().contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))) ? 1 : 0;
        }
        QVERIFY(chinese >= 20);
        QVERIFY(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE status <> 'draft'")) > 360);
        // Personal numbers in dialogues are stored masked, as an import stores them.
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM turns WHERE text LIKE '%****%'")) > 0, true);
        QSqlQuery texts = c->run(QStringLiteral("SELECT text FROM turns"));
        const QRegularExpression mobile(QStringLiteral("(?<!\\d)1[3-9]\\d{9}(?!\\d)"));
        while (texts.next()) {
            QVERIFY2(!mobile.match(texts.value(0).toString()).hasMatch(), qPrintable(texts.value(0).toString()));
        }
        // Survey rate 10-20 %.
        const qint64 surveyed = scalar(*c, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE csat IS NOT NULL"));
        QVERIFY2(surveyed > 300 && surveyed < 600, qPrintable(QString::number(surveyed)));
    }

    // Someone to work as in every role: each agent (linked to their agent), the inspectors who scored, a lead
    // for each team, a QA manager and an administrator.
    void everyRoleHasPeople()
    {
        DemoCounts counts;
        auto c = generate(QStringLiteral("people.sqlite"), smallOptions(5), &counts);
        const QList<Person> people = PeopleStore(*c).list();
        QCOMPARE(counts.people, int(people.size()));
        QHash<Role, int> byRole;
        for (const Person &p : people) {
            ++byRole[p.role];
            QVERIFY(!p.disabled);
        }
        QCOMPARE(byRole.value(Role::Agent), 25);
        QCOMPARE(byRole.value(Role::Lead), 3);
        QCOMPARE(byRole.value(Role::QaManager), 1);
        QCOMPARE(byRole.value(Role::Admin), 1);
        QVERIFY(byRole.value(Role::Inspector) >= 1 && byRole.value(Role::Inspector) <= 6);
        // Every inspector who scored a demo evaluation is a person with the inspector role.
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(DISTINCT e.inspector_id) FROM evaluations e "
                                           "JOIN user_roles r ON r.user_id = e.inspector_id AND r.role = 'inspector'")),
                 scalar(*c, QStringLiteral("SELECT COUNT(DISTINCT inspector_id) FROM evaluations")));
        QSet<QString> ledTeams;
        for (const Person &p : people) {
            if (p.role == Role::Agent) {
                QCOMPARE(p.login, p.agentCode.toLower());
                QVERIFY(!p.team.isEmpty());
            } else if (p.role == Role::Lead) {
                ledTeams.insert(p.team);
            }
        }
        QCOMPARE(ledTeams.size(), 3); // one lead per team
    }

    void sameSeedSameData()
    {
        auto a = generate(QStringLiteral("a.sqlite"), smallOptions(42));
        auto b = generate(QStringLiteral("b.sqlite"), smallOptions(42));
        auto other = generate(QStringLiteral("c.sqlite"), smallOptions(43));
        QCOMPARE(digest(*a), digest(*b));
        QVERIFY(digest(*a) != digest(*other));
    }

    void surveysFollowServiceQuality()
    {
        auto c = generate(QStringLiteral("quality.sqlite"), smallOptions(3));
        // Interactions whose evaluation scored well have clearly better CSAT than poorly scored ones.
        QSqlQuery q = c->run(QStringLiteral(
            "SELECT AVG(CASE WHEN e.score >= 80 THEN i.csat END), AVG(CASE WHEN e.score < 60 THEN i.csat END) "
            "FROM evaluations e JOIN interactions i ON i.id = e.interaction_id WHERE i.csat IS NOT NULL"));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toDouble() > q.value(1).toDouble() + 0.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(q.value(0).toDouble()).arg(q.value(1).toDouble())));
    }

    void refusesNonEmptyDatabase()
    {
        auto c = generate(QStringLiteral("twice.sqlite"), smallOptions(5));
        QVERIFY_THROWS_EXCEPTION(Error, DemoGenerator(*c, smallOptions(5)).run());
        QCOMPARE(DatabaseSummary(*c).counts().interactions, 3000);
    }

    void rollupsMatchRawRows()
    {
        auto c = generate(QStringLiteral("rollups.sqlite"), smallOptions(9));
        KpiFilter f;
        f.zone = QTimeZone("UTC");
        f.bucket = KpiBucket::Month;
        const auto buckets = TimeBuckets::split(QDate(2025, 10, 1), QDate(2026, 11, 30), KpiBucket::Month, f.zone);
        OrganisationZone::setInitial(*c, QByteArrayLiteral("UTC"));
        KpiStore store(*c);
        const auto raw = store.query(f, buckets, KpiStore::Source::Raw);
        const auto rolled = store.query(f, buckets, KpiStore::Source::Rollup);
        if (QString::fromUtf8(QTimeZone::systemTimeZoneId()) == QLatin1String("UTC")) {
            QCOMPARE(raw.size(), rolled.size());
            for (qsizetype i = 0; i < raw.size(); ++i) {
                QCOMPARE(raw[i].interactions, rolled[i].interactions);
                QCOMPARE(raw[i].csatPositive, rolled[i].csatPositive);
                QCOMPARE(raw[i].evaluations, rolled[i].evaluations);
                QCOMPARE(raw[i].qaN, rolled[i].qaN);
            }
        }
        qint64 total = 0;
        for (const auto &v : raw) {
            total += v.interactions;
        }
        QCOMPARE(total, 3000);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
