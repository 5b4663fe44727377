// The one filter → SQL builder (FilterKeys): what every KPI filter becomes, in one data-driven table.
#include "kpi/KpiFilter.h"
#include "storage/Connection.h"
#include "storage/EvaluationReportStore.h"
#include "storage/FilterKeys.h"
#include "storage/Schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

class TestFilterSql : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    qint64 m_team = 0;
    qint64 m_agent = 0;

    // Placeholders in the expected values: TEAM and AGENT stand for the fixture's row ids.
    QStringList expand(const QStringList &values) const
    {
        QStringList out;
        for (const QString &v : values) {
            out << (v == QLatin1String("TEAM")    ? QString::number(m_team)
                    : v == QLatin1String("AGENT") ? QString::number(m_agent)
                                                  : v);
        }
        return out;
    }

    static QStringList strings(const QVariantList &values)
    {
        QStringList out;
        for (const QVariant &v : values) {
            out << v.toString();
        }
        return out;
    }

    static QString epoch(const char *isoUtc)
    {
        return QString::number(QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toSecsSinceEpoch());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_connection = std::make_unique<Connection>(m_dir.filePath(QStringLiteral("filter.sqlite")));
        Schema::migrate(*m_connection);
        m_connection->run(QStringLiteral("INSERT INTO teams (name) VALUES ('售后一组')"));
        QSqlQuery team = m_connection->run(QStringLiteral("SELECT id FROM teams WHERE name = '售后一组'"));
        QVERIFY(team.next());
        m_team = team.value(0).toLongLong();
        m_connection->run(QStringLiteral("INSERT INTO agents (code, name, team_id) VALUES ('A017', '王芳', ?)"), {m_team});
        QSqlQuery agent = m_connection->run(QStringLiteral("SELECT id FROM agents WHERE code = 'A017'"));
        QVERIFY(agent.next());
        m_agent = agent.value(0).toLongLong();
    }

    void buildsConditions_data()
    {
        QTest::addColumn<QString>("team");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<bool>("matchesNothing");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QStringList>("rawValues");
        QTest::addColumn<QString>("rollup");
        QTest::addColumn<QStringList>("rollupValues");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QStringList>("periodValues");

        const QString allRollups = QStringLiteral("r.channel = ? AND r.category = ?");
        const QStringList stars{QStringLiteral("*"), QStringLiteral("*")};
        QTest::newRow("everything") << QString() << QString() << QString() << QString() << QDate() << QDate()
                                    << QByteArray("UTC") << false << QString() << QStringList() << allRollups << stars
                                    << QString() << QStringList();
        QTest::newRow("team") << QStringLiteral("售后一组") << QString() << QString() << QString() << QDate() << QDate()
                              << QByteArray("UTC") << false << QStringLiteral("i.team_id = ?")
                              << QStringList{QStringLiteral("TEAM")} << allRollups + QStringLiteral(" AND r.team_key = ?")
                              << stars + QStringList{QStringLiteral("TEAM")} << QString() << QStringList();
        QTest::newRow("agent") << QString() << QStringLiteral("A017") << QString() << QString() << QDate() << QDate()
                               << QByteArray("UTC") << false << QStringLiteral("i.agent_id = ?")
                               << QStringList{QStringLiteral("AGENT")} << allRollups + QStringLiteral(" AND r.agent_id = ?")
                               << stars + QStringList{QStringLiteral("AGENT")} << QString() << QStringList();
        // Both: the team test must not steer the database off the agent's narrower index.
        QTest::newRow("team and agent")
            << QStringLiteral("售后一组") << QStringLiteral("A017") << QString() << QString() << QDate() << QDate()
            << QByteArray("UTC") << false << QStringLiteral("i.team_id + 0 = ? AND i.agent_id = ?")
            << QStringList{QStringLiteral("TEAM"), QStringLiteral("AGENT")}
            << allRollups + QStringLiteral(" AND r.team_key = ? AND r.agent_id = ?")
            << stars + QStringList{QStringLiteral("TEAM"), QStringLiteral("AGENT")} << QString() << QStringList();
        QTest::newRow("channel and category")
            << QString() << QString() << QStringLiteral("phone") << QStringLiteral("complaint") << QDate() << QDate()
            << QByteArray("UTC") << false << QStringLiteral("i.channel = ? AND i.category = ?")
            << QStringList{QStringLiteral("phone"), QStringLiteral("complaint")} << allRollups
            << QStringList{QStringLiteral("phone"), QStringLiteral("complaint")} << QString() << QStringList();
        QTest::newRow("unknown team") << QStringLiteral("nobody") << QString() << QString() << QString() << QDate()
                                      << QDate() << QByteArray("UTC") << true << QString() << QStringList()
                                      << allRollups << stars << QString() << QStringList();
        QTest::newRow("unknown agent") << QString() << QStringLiteral("Z999") << QString() << QString() << QDate()
                                       << QDate() << QByteArray("UTC") << true << QString() << QStringList()
                                       << allRollups << stars << QString() << QStringList();
        // Dates are local days in the filter's zone: March in Shanghai starts 8 hours before March in UTC.
        QTest::newRow("month in Shanghai")
            << QString() << QString() << QString() << QString() << QDate(2024, 3, 1) << QDate(2024, 3, 31)
            << QByteArray("Asia/Shanghai") << false << QString() << QStringList() << allRollups << stars
            << QStringLiteral("i.started_at >= ? AND i.started_at < ?")
            << QStringList{epoch("2024-02-29T16:00:00Z"), epoch("2024-03-31T16:00:00Z")};
        QTest::newRow("from only, UTC") << QString() << QString() << QString() << QString() << QDate(2024, 3, 4)
                                        << QDate() << QByteArray("UTC") << false << QString() << QStringList()
                                        << allRollups << stars << QStringLiteral("i.started_at >= ?")
                                        << QStringList{epoch("2024-03-04T00:00:00Z")};
        QTest::newRow("to only, New York in DST")
            << QString() << QString() << QString() << QString() << QDate() << QDate(2024, 3, 10)
            << QByteArray("America/New_York") << false << QString() << QStringList() << allRollups << stars
            << QStringLiteral("i.started_at < ?") << QStringList{epoch("2024-03-11T04:00:00Z")};
    }

    void buildsConditions()
    {
        QFETCH(QString, team);
        QFETCH(QString, agent);
        QFETCH(QString, channel);
        QFETCH(QString, category);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QByteArray, zone);
        QFETCH(bool, matchesNothing);
        QFETCH(QString, raw);
        QFETCH(QStringList, rawValues);
        QFETCH(QString, rollup);
        QFETCH(QStringList, rollupValues);
        QFETCH(QString, period);
        QFETCH(QStringList, periodValues);

        KpiFilter filter;
        filter.team = team;
        filter.agent = agent;
        filter.channel = channel;
        filter.category = category;
        filter.from = from.isValid() ? std::optional<QDate>(from) : std::nullopt;
        filter.to = to.isValid() ? std::optional<QDate>(to) : std::nullopt;
        filter.zone = QTimeZone(zone);
        const FilterKeys keys = FilterKeys::resolve(*m_connection, filter);
        QCOMPARE(keys.matchesNothing, matchesNothing);

        QStringList conditions;
        QVariantList values;
        keys.appendRawConditions(filter, conditions, values);
        QCOMPARE(conditions.join(QStringLiteral(" AND ")), raw);
        QCOMPARE(strings(values), expand(rawValues));

        conditions.clear();
        values.clear();
        keys.appendRollupConditions(filter, conditions, values);
        QCOMPARE(conditions.join(QStringLiteral(" AND ")), rollup);
        QCOMPARE(strings(values), expand(rollupValues));

        conditions.clear();
        values.clear();
        FilterKeys::appendPeriod(filter, QStringLiteral("i.started_at"), conditions, values);
        QCOMPARE(conditions.join(QStringLiteral(" AND ")), period);
        QCOMPARE(strings(values), periodValues);
    }

    void idsTheCallerHasBuildTheSameConditions()
    {
        // The workspace (work queue, sampling) knows its team as an id: the same builder, the same SQL.
        QStringList conditions;
        QVariantList values;
        FilterKeys::fromIds(m_team).appendRawConditions(QStringLiteral("chat"), QString(), conditions, values);
        QCOMPARE(conditions.join(QStringLiteral(" AND ")), QStringLiteral("i.team_id = ? AND i.channel = ?"));
        QCOMPARE(strings(values), expand({QStringLiteral("TEAM"), QStringLiteral("chat")}));
        conditions.clear();
        values.clear();
        FilterKeys::fromIds(0).appendRawConditions(QString(), QString(), conditions, values);
        QVERIFY(conditions.isEmpty());
        QVERIFY(values.isEmpty());
    }

    void unknownNamesMatchNoEvaluation()
    {
        // Evaluation reports resolve names the way the KPI stores do; an unknown agent makes a valid query that
        // selects nothing.
        KpiFilter filter;
        filter.agent = QStringLiteral("Z999");
        EvaluationReportStore store(*m_connection);
        QCOMPARE(store.count(filter), qint64(0));
        QVERIFY(store.list(filter).isEmpty());
    }
};

QTEST_MAIN(TestFilterSql)
#include "tst_filtersql.moc"
