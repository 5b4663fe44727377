#include "Error.h"
#include "kpi/KpiTargetService.h"
#include "storage/AuditLog.h"
#include "storage/Connection.h"
#include "storage/KpiTargetStore.h"
#include "storage/Schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

// The organisation's KPI targets (issue 13, migration 015): stored in the database, read by everyone, changed by a
// QA manager or an administrator only, each change audited; a computer's old settings move in once.
class KpiTargetsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Connection> fresh()
    {
        auto c = std::make_unique<Connection>(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_files)));
        Schema::migrate(*c);
        return c;
    }

    static Person person(Role role)
    {
        Person p;
        p.login = roleKey(role) + QStringLiteral(".1");
        p.name = p.login;
        p.role = role;
        return p;
    }

    static QDateTime at() { return QDateTime(QDate(2026, 12, 6), QTime(8, 0), QTimeZone::utc()); }

private slots:
    void defaultsWhenNothingIsStored()
    {
        const auto c = fresh();
        KpiTargetStore store(*c);
        QVERIFY(store.isEmpty());
        const KpiTargets t = store.load();
        QVERIFY(t == KpiTargets());
        QCOMPARE(*t.target(Kpi::Csat), 85.0);
        QCOMPARE(*t.target(Kpi::Aht), 420.0);
        QCOMPARE(*t.target(Kpi::FirstResponse, QStringLiteral("email")), 4 * 3600.0);
        QCOMPARE(*t.target(Kpi::FirstResponse, QStringLiteral("chat")), 10.0); // no target of its own
        QCOMPARE(t.margin(Kpi::Csat), KpiCatalog::get(Kpi::Csat).defaultAmberMargin);
        QCOMPARE(KpiTargets::keys().size(), 10);
    }

    void storedTargetsRoundTrip()
    {
        const auto c = fresh();
        KpiTargets t;
        t.setTarget(QStringLiteral("csat"), 88.5);
        t.setMargin(QStringLiteral("csat"), 2.5);
        t.setTarget(QStringLiteral("nps"), std::nullopt); // "no target" is kept, not the default
        t.setMargin(QStringLiteral("aht_s"), 30);        // a margin alone keeps the default target
        t.setTarget(QStringLiteral("first_response_s.email"), 7200);
        KpiTargetStore(*c).save(t, QStringLiteral("wang"), QStringLiteral("kpi-targets-set"), at());
        const KpiTargets back = KpiTargetStore(*c).load();
        QCOMPARE(*back.target(QStringLiteral("csat")), 88.5);
        QCOMPARE(back.margin(QStringLiteral("csat")), 2.5);
        QVERIFY(back.isSet(QStringLiteral("nps")));
        QVERIFY(!back.target(QStringLiteral("nps")));
        QCOMPARE(*back.target(QStringLiteral("aht_s")), 420.0);
        QCOMPARE(back.margin(QStringLiteral("aht_s")), 30.0);
        QCOMPARE(*back.target(Kpi::FirstResponse, QStringLiteral("email")), 7200.0);
        QVERIFY(!back.isSet(QStringLiteral("fcr")));
        QCOMPARE(*back.target(QStringLiteral("fcr")), 75.0);
        // A KPI a newer version of the app knows is skipped, not an error.
        c->run(QStringLiteral("INSERT INTO kpi_targets (kpi, target, updated_at, updated_by) VALUES ('future_kpi', 1, 0, 'x')"));
        QCOMPARE(*KpiTargetStore(*c).load().target(QStringLiteral("csat")), 88.5);
    }

    void onlyManagersAndAdminsChangeThem_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        for (Role role : allRoles()) {
            QTest::newRow(qPrintable(roleKey(role))) << int(role) << (role == Role::QaManager || role == Role::Admin);
        }
    }

    void onlyManagersAndAdminsChangeThem()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const auto c = fresh();
        const Person who = person(Role(role));
        KpiTargetService service(*c, who, &KpiTargetsTest::at);
        KpiTargets t;
        t.setTarget(QStringLiteral("qa_score"), 82);
        if (allowed) {
            service.set(t);
            QCOMPARE(*service.current().target(QStringLiteral("qa_score")), 82.0);
            const QList<AuditEntry> audit = AuditLog(*c).forEntity(QStringLiteral("kpi_targets"), 0);
            QCOMPARE(audit.size(), 1);
            QCOMPARE(audit.first().actor, who.login);
            QCOMPARE(audit.first().action, QStringLiteral("kpi-targets-set"));
            QSqlQuery q = c->run(QStringLiteral("SELECT updated_at, updated_by FROM kpi_targets WHERE kpi = 'qa_score'"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), at().toSecsSinceEpoch());
            QCOMPARE(q.value(1).toString(), who.login);
            QVERIFY2(audit.first().detail.contains(QStringLiteral("qa_score 82 (±")), qPrintable(audit.first().detail));
        } else {
            try {
                service.set(t);
                QFAIL("a person of this role changed the targets");
            } catch (const Error &e) {
                QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("may not change the KPI targets")), e.what());
            }
            QVERIFY(KpiTargetStore(*c).isEmpty());
            QVERIFY(AuditLog(*c).forEntity(QStringLiteral("kpi_targets"), 0).isEmpty());
        }
    }

    void settingsMoveInOnceAndOnlyForAManager()
    {
        const auto c = fresh();
        KpiTargets kept;
        kept.setTarget(QStringLiteral("csat"), 90);
        QCOMPARE(KpiTargetService(*c, person(Role::Lead)).adopt(kept), KpiTargetService::Adoption::NotAllowed);
        QVERIFY(KpiTargetStore(*c).isEmpty());
        QCOMPARE(KpiTargetService(*c, person(Role::QaManager)).adopt(kept), KpiTargetService::Adoption::Adopted);
        QCOMPARE(*KpiTargetStore(*c).load().target(QStringLiteral("csat")), 90.0);
        QCOMPARE(AuditLog(*c).forEntity(QStringLiteral("kpi_targets"), 0).last().action, QStringLiteral("kpi-targets-adopted"));
        KpiTargets other;
        other.setTarget(QStringLiteral("csat"), 50);
        QCOMPARE(KpiTargetService(*c, person(Role::Admin)).adopt(other), KpiTargetService::Adoption::AlreadySet);
        QCOMPARE(*KpiTargetStore(*c).load().target(QStringLiteral("csat")), 90.0);
    }

    void describeNamesEachKeySet()
    {
        KpiTargets t;
        t.setTarget(QStringLiteral("csat"), 88);
        t.setTarget(QStringLiteral("nps"), std::nullopt);
        QCOMPARE(t.describe(), QStringLiteral("csat 88 (±5), nps none (±10)"));
    }
};

QTEST_GUILESS_MAIN(KpiTargetsTest)
#include "tst_kpi_targets.moc"
