// Agent monthly report: the figures it gathers (KpiService, per-dimension means, the month's evaluations),
// strengths and weaknesses, and what its PDF says.
#include "ReportFixture.h"

#include "Error.h"
#include "report/AgentMonthlyReport.h"
#include "report/AgentMonthlyReportRenderer.h"
#include "kpi/KpiCatalog.h"
#include "stats/ConfidenceInterval.h"
#include "storage/KpiTargetStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;
using namespace reportfixture;

class TestReportMonthly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Fixture m_fixture;

    AgentMonthlyReport build(const QString &agent = QStringLiteral("A017"), QDate month = QDate(2024, 3, 17))
    {
        return AgentMonthlyReportBuilder(*m_fixture.connection).build(agent, month, QTimeZone("Asia/Shanghai"));
    }

    static ReportOptions options(bool chinese)
    {
        ReportOptions o;
        o.chinese = chinese;
        o.zone = QTimeZone("Asia/Shanghai");
        o.printedAt = QDateTime(QDate(2024, 4, 1), QTime(8, 0), QTimeZone::utc());
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsEmpty("QADESK_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo("report files in %s", qPrintable(m_dir.path()));
        }
        m_fixture = create(m_dir.filePath(QStringLiteral("monthly.sqlite")));
    }

    void gathersTheMonthsFigures()
    {
        const AgentMonthlyReport r = build();
        QCOMPARE(r.month, QDate(2024, 3, 1));
        QCOMPARE(r.agent.name, QStringLiteral("王芳"));
        QCOMPARE(r.agent.teamName, QStringLiteral("售后一组"));
        // CALL-0301, 0302, 0303, 0306; CSAT 5, 4, 2 answered → 2 of 3 positive.
        QCOMPARE(r.agentKpi.interactions, 4);
        QCOMPARE(r.agentKpi.csatN, 3);
        QCOMPARE(qRound(*r.agentKpi.csat * 10), 667);
        // Four submitted evaluations (the draft does not count): 79, 91.76 (official score of 91.7647…), 0 (veto), 63.
        QCOMPARE(r.agentKpi.evaluations, 4);
        QCOMPARE(r.evaluations.size(), 4);
        QVERIFY(qAbs(*r.agentKpi.qaScore - (79.0 + 91.76 + 0 + 63.0) / 4) < 1e-9);
        // The team adds A018's all-3 evaluation (60) and interaction.
        QVERIFY(r.teamKpi);
        QCOMPARE(r.teamKpi->interactions, 5);
        QCOMPARE(r.teamKpi->evaluations, 5);
    }

    void trendCoversSixMonthsEndingWithTheReportMonth()
    {
        const AgentMonthlyReport r = build();
        QCOMPARE(r.agentTrend.size(), AgentMonthlyReportBuilder::TrendMonths);
        QCOMPARE(r.agentTrend.first().start, QDate(2023, 10, 1));
        QCOMPARE(r.agentTrend.last().start, QDate(2024, 3, 1));
        QCOMPARE(r.agentTrend.at(3).start, QDate(2024, 1, 1));
        QCOMPARE(r.agentTrend.at(3).interactions, 1);
        QCOMPARE(*r.agentTrend.at(3).qaScore, 80.0);
        QVERIFY(!r.agentTrend.first().qaScore);
        QCOMPARE(r.teamTrend.size(), r.agentTrend.size());
    }

    void dimensionMeansAgainstTheTeam()
    {
        const AgentMonthlyReport r = build();
        const QList<DimensionInsight> insights = r.insights();
        QCOMPARE(insights.size(), 6);
        // Response speed: agent 5, 5, 4, 4 → 4.5; team adds a 3 → 4.2.
        QCOMPARE(insights.at(0).key, QStringLiteral("response"));
        QCOMPARE(insights.at(0).agentMean, 4.5);
        QCOMPARE(insights.at(0).agentN, 4);
        QCOMPARE(*insights.at(0).teamMean, 4.2);
        // Knowledge was N/A once: 4, 3, 4 → 3.67 over three.
        QCOMPARE(insights.at(3).agentN, 3);
        const QList<DimensionInsight> strengths = r.strengths();
        QVERIFY(!strengths.isEmpty());
        QCOMPARE(strengths.first().key, QStringLiteral("response"));
        // Problem solving 3, 4, 3, 2 → 3.0: the weakest.
        const QList<DimensionInsight> weaknesses = r.weaknesses();
        QVERIFY(!weaknesses.isEmpty());
        QCOMPARE(weaknesses.first().key, QStringLiteral("resolution"));
        QCOMPARE(weaknesses.first().agentMean, 3.0);
    }

    void pdfShowsKpisDimensionsAndEvaluations_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("zh") << true;
        QTest::newRow("en") << false;
    }

    void pdfShowsKpisDimensionsAndEvaluations()
    {
        QFETCH(bool, chinese);
        const AgentMonthlyReport r = build();
        const QString file = m_dir.filePath(QStringLiteral("monthly-%1.pdf").arg(chinese));
        const int pages = AgentMonthlyReportRenderer(options(chinese)).writePdf(r, file);
        QCOMPARE(pdfPages(file), pages);
        QCOMPARE(pages, 2);
        const QString text = pdfText(file);
        for (const QString &expected : {QStringLiteral("Agentmonthlyreport"), QStringLiteral("王芳(A017)"),
                                        QStringLiteral("2024-03"), QStringLiteral("CSAT%"), QStringLiteral("QAscore"),
                                        QStringLiteral("QApassrate%"), QStringLiteral("Averagehandletime(s)"),
                                        QStringLiteral("CALL-0301"), QStringLiteral("CALL-0306"),
                                        QStringLiteral("Needswork"), QStringLiteral("Strength")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        for (const RubricDimension &dimension : r.rubric.dimensions) {
            QVERIFY2(text.contains(squeezed(dimension.name(chinese))), qPrintable(dimension.name(chinese)));
        }
        // The draft's interaction CALL-0306 also has a submitted evaluation; the draft's own comment never shows.
        QVERIFY(!text.contains(QStringLiteral("草稿")));
        // QA score 58.44 (the mean of the official scores) and the agent's CSAT.
        QVERIFY2(text.contains(QStringLiteral("58.44")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("66.7")));
    }

    void headlineSaysWhenItRestsOnASmallSample()
    {
        // CSAT from 3 answers and the QA score from 4 evaluations: the headline tiles say so (issue 16), in grey
        // rather than red or green, and the trend's small-sample points are explained in its legend.
        const AgentMonthlyReport r = build();
        QVERIFY(KpiCatalog::isSmallSample(r.agentKpi, Kpi::Csat));
        const QString file = m_dir.filePath(QStringLiteral("small-sample.pdf"));
        AgentMonthlyReportRenderer(options(false)).writePdf(r, file);
        const QString text = pdfText(file);
        QVERIFY2(text.contains(QStringLiteral("n=3,smallsample")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("n=4,smallsample")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("n<30,smallsample")), qPrintable(text));

        // Printed before the month is over, its point is partial, and the note says so.
        ReportOptions early = options(false);
        early.printedAt = QDateTime(QDate(2024, 3, 20), QTime(8, 0), QTimeZone::utc());
        const QString earlyFile = m_dir.filePath(QStringLiteral("in-progress.pdf"));
        AgentMonthlyReportRenderer(early).writePdf(r, earlyFile);
        QVERIFY(pdfText(earlyFile).contains(QStringLiteral("monthinprogress")));
        QVERIFY(!text.contains(QStringLiteral("monthinprogress")));
    }

    // The report compares with the organisation's targets, as the database holds them (issue 13), not with
    // anything of the computer that prints it.
    void comparesWithTheOrganisationsTargets()
    {
        QCOMPARE(*build().targets.target(QStringLiteral("csat")), 85.0); // none stored: the default
        KpiTargets targets;
        targets.setTarget(QStringLiteral("csat"), 91.0);
        targets.setTarget(QStringLiteral("fcr"), std::nullopt);
        KpiTargetStore(*m_fixture.connection)
            .save(targets, QStringLiteral("wang"), QStringLiteral("kpi-targets-set"), QDateTime::currentDateTimeUtc());
        const AgentMonthlyReport report = build();
        QCOMPARE(*report.targets.target(QStringLiteral("csat")), 91.0);
        QVERIFY(!report.targets.target(QStringLiteral("fcr")));
        QCOMPARE(*report.targets.target(QStringLiteral("qa_score")), 80.0);
        KpiTargetStore(*m_fixture.connection)
            .save(KpiTargets(), QStringLiteral("wang"), QStringLiteral("kpi-targets-set"), QDateTime::currentDateTimeUtc());
        QCOMPARE(*build().targets.target(QStringLiteral("csat")), 85.0);
    }

    void emptyMonthStillPrints()
    {
        const AgentMonthlyReport r = build(QStringLiteral("A017"), QDate(2023, 7, 1));
        QCOMPARE(r.agentKpi.interactions, 0);
        QVERIFY(r.evaluations.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("empty.pdf"));
        // Page 1 holds the figures, page 2 the dimensions and evaluations, however few.
        QCOMPARE(AgentMonthlyReportRenderer(options(false)).writePdf(r, file), 2);
        QVERIFY(pdfText(file).contains(QStringLiteral("Nosubmittedevaluationsthismonth.")));
    }

    void unknownAgentIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(Error, build(QStringLiteral("NOBODY")));
    }

    void wilsonIntervalMatchesHandComputation()
    {
        // 8 of 10: the textbook 95 % Wilson interval is 49.0 % to 94.3 %.
        // The report prints the catalogue's interval, the one the dashboard tiles show.
        KpiValues v;
        v.csatPositive = 8;
        v.csatN = 10;
        v.csat = 80;
        const auto ci = KpiCatalog::interval(v, Kpi::Csat);
        QVERIFY(ci);
        QCOMPARE(qRound(ci->low * 10), 490);
        QCOMPARE(qRound(ci->high * 10), 943);
        QVERIFY(!wilsonInterval(0, 0));
        QCOMPARE(wilsonInterval(0, 5)->low, 0.0);
    }
};

QTEST_MAIN(TestReportMonthly)
#include "tst_report_monthly.moc"
