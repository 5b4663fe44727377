// The dashboard page driven like a user drives it (offscreen): filters change the tiles (async, QTRY), a tile
// opens the interactions behind it and hands them to the workspace, stale results never win, targets colour the
// tiles, charts export as PNG and SVG, tables copy as TSV; and every item model passes QAbstractItemModelTester.
#include "DashboardTestSupport.h"
#include "dashboard/AgentRankingModel.h"
#include "dashboard/AgentView.h"
#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardFormat.h"
#include "dashboard/DashboardFilterBar.h"
#include "dashboard/DashboardOverview.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardRoles.h"
#include "dashboard/DimensionComparisonModel.h"
#include "dashboard/DimensionRadarChart.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/DrillDownEvaluationModel.h"
#include "dashboard/InteractionListModel.h"
#include "dashboard/KpiComparisonModel.h"
#include "dashboard/KpiTile.h"
#include "dashboard/NumericSortModel.h"
#include "dashboard/ScoreHistogramChart.h"
#include "dashboard/TableClipboard.h"
#include "kpi/KpiTargets.h"
#include "dashboard/TargetsDialog.h"
#include "dashboard/TeamDimensionsChart.h"
#include "dashboard/TrendChart.h"
#include "domain/DomainLabels.h"
#include "kpi/DashboardService.h"
#include "settings/AppSettings.h"
#include "storage/AuditLog.h"
#include "storage/Connection.h"
#include "storage/DrillDownStore.h"
#include "storage/KpiTargetStore.h"
#include "common/MessageBox.h"
#include "storage/Schema.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QSettings>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QHeaderView>
#include <QLabel>
#include <QValueAxis>

#include <cmath>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;
using namespace qadesk::test;

namespace {

// The texts a person sees in a chart: axis labels, legend names, titles, as the scene holds them; Qt Charts
// elides what does not fit with "..." (or "…").
QStringList elidedTexts(QChartView *view)
{
    QStringList elided;
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
            const QString plain = text->toPlainText();
            if (plain.contains(QStringLiteral("...")) || plain.contains(QChar(0x2026))) {
                elided << plain;
            }
        }
    }
    return elided;
}

} // namespace

class TestGuiDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<AppSettings> m_settings; // made once the application has its name, as the window makes its own
    std::unique_ptr<DashboardLoader> m_loader; // the page's way to the data; outlives the page
    std::unique_ptr<DashboardPage> m_page;

    KpiTile *tile(Kpi kpi) const { return m_page->tile(kpi); }

    // Waits until the page shows figures for exactly these filters.
    bool waitFor(const QString &team, const QString &agent, const QString &channel = {}, const QString &category = {})
    {
        return QTest::qWaitFor(
            [&]() {
                const auto &s = m_page->snapshot();
                return s && !m_page->isRefreshing() && s->request.filter.team == team && s->request.filter.agent == agent &&
                       s->request.filter.channel == channel && s->request.filter.category == category;
            },
            10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("QADeskTest"));
        QApplication::setApplicationName(QStringLiteral("tst_gui_dashboard"));
        m_settings.emplace();
        m_path = m_dir.filePath(QStringLiteral("dashboard.sqlite"));
        Connection c(m_path);
        Schema::migrate(c); // rollup zone = the test's zone (TZ=UTC)
        fillFixture(c);
    }

    void init()
    {
        m_loader = std::make_unique<DashboardLoader>(m_path);
        m_page = std::make_unique<DashboardPage>(*m_loader, *m_settings);
        m_page->resize(1400, 880);
        m_page->setToday(QDate(2024, 3, 17));
        m_page->filterBar()->setCustomRange({QDate(2024, 3, 4), QDate(2024, 3, 17)});
        m_page->filterBar()->setBucket(KpiBucket::Week);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(waitFor({}, {}));
    }

    void cleanup()
    {
        m_page.reset();
        m_loader.reset();
    }

    void tilesShowTheHandComputedFigures()
    {
        QCOMPARE(tile(Kpi::Csat)->valueText(), QStringLiteral("40.0%"));
        QCOMPARE(tile(Kpi::Csat)->sampleText(), QStringLiteral("n = 5 · small sample"));
        QVERIFY(tile(Kpi::Csat)->isSmallSample());
        QCOMPARE(tile(Kpi::Csat)->status(), TargetStatus::Missed); // 40 against ≥ 85 with a 5-point amber band
        QCOMPARE(tile(Kpi::Nps)->valueText(), QStringLiteral("0.0"));
        QCOMPARE(tile(Kpi::Ces)->valueText(), QStringLiteral("50.0%"));
        QCOMPARE(tile(Kpi::Fcr)->valueText(), QStringLiteral("75.0%"));
        QCOMPARE(tile(Kpi::Aht)->valueText(), QStringLiteral("320 s"));
        QCOMPARE(tile(Kpi::FirstResponse)->valueText(), QStringLiteral("6.3 s"));
        QCOMPARE(tile(Kpi::ComplaintRate)->valueText(), QStringLiteral("33.3%"));
        QCOMPARE(tile(Kpi::QaScore)->valueText(), QStringLiteral("54.2"));
        QCOMPARE(tile(Kpi::QaPassRate)->valueText(), QStringLiteral("60.0%"));
        // The charts got the same snapshot.
        auto *overview = m_page->overview();
        QCOMPARE(overview->surveyChart()->lineCount(), 2);
        QCOMPARE(overview->histogramChart()->count(6), 1); // E2 scored 60
        QCOMPARE(overview->teamChart()->teamCount(), 2);
        QVERIFY(overview->surveyChart()->describe(0).contains(QStringLiteral("n = 3"))); // CSAT answers of week 1
        QVERIFY(overview->radarChart()->describe(5).contains(QStringLiteral("3.25"))); // records: 13 / 4
    }

    void filtersChangeTheTiles_data()
    {
        QTest::addColumn<QString>("team");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("csat");
        QTest::addColumn<QString>("qa");
        QTest::addColumn<QString>("sample");
        QTest::newRow("team") << QStringLiteral("售后一组") << QString() << QString() << QString() << QStringLiteral("66.7%")
                              << QStringLiteral("60.0") << QStringLiteral("n = 3 · small sample");
        QTest::newRow("agent") << QString() << QStringLiteral("A2") << QString() << QString() << QStringLiteral("0.0%")
                               << QStringLiteral("40.0") << QStringLiteral("n = 1 · small sample");
        QTest::newRow("channel") << QString() << QString() << QStringLiteral("phone") << QString() << QStringLiteral("66.7%")
                                 << QStringLiteral("80.0") << QStringLiteral("n = 3 · small sample");
        QTest::newRow("category") << QString() << QString() << QString() << QStringLiteral("complaint")
                                  << QStringLiteral("50.0%") << QStringLiteral("65.5") << QStringLiteral("n = 2 · small sample");
        QTest::newRow("team+channel") << QStringLiteral("售后一组") << QString() << QStringLiteral("chat") << QString()
                                      << QStringLiteral("0.0%") << QStringLiteral("40.0") << QStringLiteral("n = 1 · small sample");
        QTest::newRow("nothing matches") << QStringLiteral("投诉处理组") << QString() << QStringLiteral("chat") << QString()
                                         << QStringLiteral("\u2014") << QStringLiteral("\u2014") << QStringLiteral("n = 0");
    }

    void filtersChangeTheTiles()
    {
        QFETCH(QString, team);
        QFETCH(QString, agent);
        QFETCH(QString, channel);
        QFETCH(QString, category);
        QFETCH(QString, csat);
        QFETCH(QString, qa);
        QFETCH(QString, sample);
        DashboardFilterBar *filters = m_page->filterBar();
        // Through the combo boxes, as a user picks them.
        auto *teamCombo = filters->findChild<QComboBox *>(QStringLiteral("teamCombo"));
        auto *agentCombo = filters->findChild<QComboBox *>(QStringLiteral("agentCombo"));
        auto *channelCombo = filters->findChild<QComboBox *>(QStringLiteral("channelCombo"));
        auto *categoryCombo = filters->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        QVERIFY(teamCombo && agentCombo && channelCombo && categoryCombo);
        teamCombo->setCurrentIndex(teamCombo->findData(team));
        agentCombo->setCurrentIndex(agentCombo->findData(agent));
        channelCombo->setCurrentIndex(channelCombo->findData(channel));
        categoryCombo->setCurrentIndex(categoryCombo->findData(category));
        QVERIFY(waitFor(team, agent, channel, category));
        QTRY_COMPARE(tile(Kpi::Csat)->valueText(), csat);
        QCOMPARE(tile(Kpi::QaScore)->valueText(), qa);
        QCOMPARE(tile(Kpi::Csat)->sampleText(), sample);
        // The agent view catches up when it comes to the front.
        m_page->views()->setCurrentWidget(m_page->agentView());
        QCOMPARE(m_page->agentView()->hasAgent(), !agent.isEmpty());
    }

    void agentViewComparesWithTheTeam()
    {
        m_page->filterBar()->setAgent(QStringLiteral("A1"));
        QVERIFY(waitFor({}, QStringLiteral("A1")));
        m_page->views()->setCurrentWidget(m_page->agentView());
        AgentView *view = m_page->agentView();
        QVERIFY(view->hasAgent());
        const QAbstractItemModel *kpis = view->kpiTable()->model();
        // Row CSAT: the agent 100%, the team 66.7%.
        QCOMPARE(kpis->index(0, KpiComparisonModel::Mine).data().toString(), QStringLiteral("100.0%"));
        QCOMPARE(kpis->index(0, KpiComparisonModel::Theirs).data().toString(), QStringLiteral("66.7%"));
        // A rate's change is in percentage points (issue 16: it was labelled "pts", 分 in Chinese).
        QCOMPARE(kpis->index(0, KpiComparisonModel::Difference).data().toString(), QStringLiteral("+33.3 pp"));
        // The two counts say whose they are.
        const QString myCount = kpis->headerData(KpiComparisonModel::MyCount, Qt::Horizontal).toString();
        const QString theirCount = kpis->headerData(KpiComparisonModel::TheirCount, Qt::Horizontal).toString();
        QVERIFY2(myCount.startsWith(QStringLiteral("n (")) && theirCount.startsWith(QStringLiteral("n (")) &&
                     myCount != theirCount,
                 qPrintable(myCount + QStringLiteral(" / ") + theirCount));
        // Recent evaluations: I2 (60) then I1 (100); a double click asks the workspace for the interaction.
        QTableView *evaluations = view->evaluationTable();
        QCOMPARE(evaluations->model()->rowCount(), 2);
        QSignalSpy open(m_page.get(), &DashboardPage::openInteractionsRequested);
        const QModelIndex first = evaluations->model()->index(0, DrillDownEvaluationModel::ExternalId);
        QCOMPARE(first.data().toString(), QStringLiteral("I2"));
        evaluations->scrollTo(first);
        const QPoint centre = evaluations->visualRect(first).center();
        QTest::mouseClick(evaluations->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(evaluations->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().value<QList<qint64>>().size(), 1);
        // Weakest dimension of A1 (E1 all 5, E2 all 3): every average is 4; the table lists all six.
        QCOMPARE(view->dimensionTable()->model()->rowCount(), 6);
    }

    void rankingSortsByAnyKpiWithMissingValuesLast()
    {
        m_page->views()->setCurrentWidget(m_page->rankingTable());
        QTableView *table = m_page->rankingTable();
        QTRY_COMPARE(table->model()->rowCount(), 3);
        const int qa = AgentRankingModel::columnOfKpi(Kpi::QaScore);
        table->sortByColumn(qa, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, AgentRankingModel::Code).data().toString(), QStringLiteral("A1")); // 80
        QCOMPARE(table->model()->index(2, AgentRankingModel::Code).data().toString(), QStringLiteral("B1")); // 31
        QCOMPARE(table->model()->headerData(0, Qt::Vertical).toInt(), 1); // the rank follows the order
        table->sortByColumn(qa, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, AgentRankingModel::Code).data().toString(), QStringLiteral("B1"));
        // CES: A1 100% (7, 5), A2 0% (4), B1 0% (1): nobody lacks it; NPS of B1 is 0 of one answer.
        // First response of A2 is 10 s, of B1 9 s, of A1 3 s; with a team filter B1 has none... use CES of a channel:
        const int csat = AgentRankingModel::columnOfKpi(Kpi::Csat);
        m_page->filterBar()->setChannel(QStringLiteral("chat")); // A2 only has chat; A1 and B1 have no CSAT there
        QVERIFY(waitFor({}, {}, QStringLiteral("chat")));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        m_page->filterBar()->setChannel(QStringLiteral("phone")); // A1: 5, 4; B1: 2; A2 has no phone interaction
        QVERIFY(waitFor({}, {}, QStringLiteral("phone")));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        table->sortByColumn(csat, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, AgentRankingModel::Code).data().toString(), QStringLiteral("B1"));
        // Double-clicking an agent opens the agent view on that agent.
        const QModelIndex a1 = table->model()->index(1, AgentRankingModel::Agent);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(a1).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(a1).center());
        QVERIFY(waitFor({}, QStringLiteral("A1"), QStringLiteral("phone")));
        QCOMPARE(m_page->views()->currentWidget(), m_page->agentView());
    }

    void staleResultsAreDiscarded()
    {
        // Several changes in a row: whatever the worker finishes, the page ends on the last one.
        DashboardFilterBar *filters = m_page->filterBar();
        filters->setTeam(QStringLiteral("售后一组"));
        QTest::qWait(1);
        filters->setChannel(QStringLiteral("phone"));
        m_page->refresh();
        filters->setTeam(QStringLiteral("投诉处理组"));
        m_page->refresh();
        filters->setChannel({});
        QVERIFY(waitFor(QStringLiteral("投诉处理组"), {}));
        QTest::qWait(100); // nothing older may arrive afterwards
        QCOMPARE(m_page->snapshot()->request.filter.team, QStringLiteral("投诉处理组"));
        QCOMPARE(m_page->snapshot()->request.filter.channel, QString());
        QCOMPARE(tile(Kpi::Csat)->valueText(), QStringLiteral("0.0%")); // B1: 1 and 2
    }

    void tileOpensTheInteractionsBehindIt()
    {
        auto *status = m_page->findChild<QLabel *>(QStringLiteral("dashboardStatus"));
        const QString before = status->text();
        QVERIFY(before.contains(QStringLiteral("interactions")));
        QSignalSpy open(m_page.get(), &DashboardPage::openInteractionsRequested);
        QTest::mouseClick(tile(Kpi::Csat), Qt::LeftButton);
        DrillDownDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<DrillDownDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isLoaded());
        // The list was loaded by the page's loader; the status line still says what it said (issue 16: it
        // stayed "Refreshing…" until a filter changed).
        QTRY_VERIFY(!m_page->isRefreshing());
        QCOMPARE(status->text(), before);
        QCOMPARE(dialog->total(), 5); // the five CSAT answers
        QCOMPARE(dialog->table()->model()->rowCount(), 5);
        auto *openButton = dialog->findChild<QPushButton *>(QStringLiteral("openInWorkspace"));
        QVERIFY(openButton && openButton->isEnabled());
        openButton->click();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().value<QList<qint64>>().size(), 5);
        // The whole table copies as TSV with its header.
        const QString tsv = TableClipboard::toTsv(dialog->table()->model());
        QCOMPARE(tsv.count(QLatin1Char('\n')), 6);
        QVERIFY(tsv.startsWith(QStringLiteral("Started\tID\t")));
        dialog->close();
    }

    void changeAgainstASmallBaseIsMarked()
    {
        // The previous fortnight holds one interaction (P1, CSAT 5): the CSAT change rests on n = 1.
        KpiTile *csat = tile(Kpi::Csat);
        QVERIFY(csat->isSmallBase());
        QVERIFY2(csat->changeText().contains(QStringLiteral("small base (n = 1)")), qPrintable(csat->changeText()));
        // No red or green arrow for it.
        QVERIFY(!csat->changeText().contains(QChar(0x25bc)));
        QVERIFY(!csat->changeText().contains(QChar(0x25b2)));
    }

    void smallSampleAndPartialPointsAreHollow()
    {
        // Weeks of 4 and 11 March: CSAT from 3 and 2 answers, both small samples.
        TrendChart *survey = m_page->overview()->surveyChart();
        QCOMPARE(survey->cautionBuckets(0), (QList<int>{0, 1}));
        QVERIFY(survey->describe(0).contains(QStringLiteral("n = 3, small sample")));
        int hollow = 0;
        for (QAbstractSeries *series : survey->series()) {
            if (series->objectName() == QLatin1String("cautionPoints")) {
                hollow += int(static_cast<QScatterSeries *>(series)->count());
                QCOMPARE(static_cast<QScatterSeries *>(series)->color(), QColor(Qt::white));
            }
        }
        QVERIFY(hollow >= 2);

        // A bucket that the period only partly covers is hollow whatever its n.
        TrendChart chart;
        chart.reset({QDate(2024, 3, 4), QDate(2024, 3, 11), QDate(2024, 3, 18)}, KpiBucket::Week, QDate(2024, 3, 6),
                    QDate(2024, 3, 24));
        chart.addLine(QStringLiteral("CSAT"), Qt::blue, {80.0, 70.0, 60.0}, {100, 100, 5}, TrendChart::Side::Left, {});
        QVERIFY(chart.isPartial(0));
        QVERIFY(!chart.isPartial(1));
        QVERIFY(!chart.isPartial(2));
        QCOMPARE(chart.cautionBuckets(0), (QList<int>{0, 2}));
        QVERIFY(chart.describe(0).contains(QStringLiteral("partly outside the period")));
    }

    void chartLabelsAreNotCut_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("bucket");
        // A trend chart's smallest size, and the sizes it gets at 1024×700 and 1280×720.
        for (const int width : {240, 300, 420}) {
            QTest::addRow("weeks at %d", width) << width << int(KpiBucket::Week);
            QTest::addRow("months at %d", width) << width << int(KpiBucket::Month);
            QTest::addRow("days at %d", width) << width << int(KpiBucket::Day);
        }
    }

    void chartLabelsAreNotCut()
    {
        QFETCH(int, width);
        QFETCH(int, bucket);
        const auto kind = KpiBucket(bucket);
        // A year of buckets, from 8 December 2025.
        QList<QDate> starts;
        QList<std::optional<double>> values;
        QList<qint64> counts;
        for (QDate d(2025, 12, 8); d < QDate(2026, 12, 8) && starts.size() < 120;
             d = kind == KpiBucket::Month ? d.addMonths(1) : d.addDays(kind == KpiBucket::Week ? 7 : 3)) {
            starts << d;
            values << 50.0 + double(starts.size() % 7);
            counts << 40;
        }
        auto *trend = new TrendChart;
        trend->setTitle(QStringLiteral("CSAT and NPS"));
        DashboardChartView view(trend);
        view.resize(width, 240);
        trend->reset(starts, kind);
        trend->setAxis(TrendChart::Side::Left, QStringLiteral("CSAT %"), 0, 100, QStringLiteral("%d"));
        trend->setAxis(TrendChart::Side::Right, QStringLiteral("NPS"), -100, 100, QStringLiteral("%d"));
        trend->addLine(QStringLiteral("CSAT"), Qt::blue, values, counts, TrendChart::Side::Left, QStringLiteral("%"));
        trend->addLine(QStringLiteral("NPS"), Qt::red, values, counts, TrendChart::Side::Right, {});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        QVERIFY2(trend->axisLabels().size() >= 2, qPrintable(trend->axisLabels().join(QLatin1Char(' '))));
        const QStringList cut = elidedTexts(&view);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));

        // The score histogram with the English band names at the same width.
        auto *histogram = new ScoreHistogramChart;
        histogram->setTitle(QStringLiteral("Score distribution"));
        DashboardChartView histogramView(histogram);
        histogram->setData({1, 0, 1, 3, 11, 17, 21, 34, 52, 42},
                           {GradeBand{QStringLiteral("excellent"), QStringLiteral("优秀"), QStringLiteral("Excellent"), 90},
                            GradeBand{QStringLiteral("good"), QStringLiteral("良好"), QStringLiteral("Good"), 75},
                            GradeBand{QStringLiteral("pass"), QStringLiteral("合格"), QStringLiteral("Pass"), 60},
                            GradeBand{QStringLiteral("needs_improvement"), QStringLiteral("待改进"),
                                      QStringLiteral("Needs improvement"), 0}});
        // Data first, size after: as the page does it, the legend must follow the width it gets.
        histogramView.resize(width, 240);
        histogramView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&histogramView));
        QTest::qWait(50);
        QVERIFY(histogram->axisLabels().contains(QStringLiteral("0")));
        const QStringList histogramCut = elidedTexts(&histogramView);
        QVERIFY2(histogramCut.isEmpty(), qPrintable(histogramCut.join(QStringLiteral(" | "))));
    }

    void pageChartsAreNotCutAtSmallSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }

    void pageChartsAreNotCutAtSmallSizes()
    {
        QFETCH(QSize, size);
        m_page->resize(size);
        QTest::qWait(100);
        const auto views = m_page->findChildren<DashboardChartView *>();
        QVERIFY(views.size() >= 5);
        for (DashboardChartView *view : views) {
            if (!view->isVisible()) {
                continue;
            }
            const QStringList cut = elidedTexts(view);
            QVERIFY2(cut.isEmpty(), qPrintable(view->objectName() + QStringLiteral(": ") + cut.join(QStringLiteral(" | "))));
        }
    }

    void histogramBinOpensItsEvaluations()
    {
        // Counts are whole numbers: the axis ticks at a whole step from 0 (issue 16: "0 0 1 1" from fractions).
        const auto vertical = m_page->overview()->histogramChart()->axes(Qt::Vertical);
        QCOMPARE(vertical.size(), 1);
        const auto *counts = qobject_cast<QValueAxis *>(vertical.first());
        QVERIFY(counts);
        QCOMPARE(counts->tickType(), QValueAxis::TicksDynamic);
        QVERIFY(counts->tickInterval() >= 1 && counts->tickInterval() == std::floor(counts->tickInterval()));
        QCOMPARE(std::fmod(counts->max(), counts->tickInterval()), 0.0);
        emit m_page->overview()->histogramChart()->binClicked(6);
        DrillDownDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<DrillDownDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isLoaded());
        QCOMPARE(dialog->total(), 1);
        QCOMPARE(dialog->table()->model()->index(0, DrillDownEvaluationModel::ExternalId).data().toString(), QStringLiteral("I2"));
        dialog->close();
    }

    static Person person(const QString &login, Role role)
    {
        Person p;
        p.login = login;
        p.name = login;
        p.role = role;
        return p;
    }

    KpiTargets storedTargets() const
    {
        Connection c(m_path);
        return KpiTargetStore(c).load();
    }

    // Saves through the page (the worker, as the person set) and waits for the answer.
    QString saveThroughThePage(const KpiTargets &targets)
    {
        QSignalSpy saved(m_page.get(), &DashboardPage::targetsSaved);
        m_page->saveTargets(targets);
        if (!saved.wait(10000)) {
            return QStringLiteral("no answer");
        }
        return saved.at(0).at(0).toString();
    }

    void resetTargets()
    {
        Connection c(m_path);
        c.execute(QStringLiteral("DELETE FROM kpi_targets"));
    }

    // The targets are the organisation's (issue 13): in the database, changed by a QA manager through the dialog,
    // in the audit log under their name, and every tile follows them.
    void targetsColourTheTiles()
    {
        m_page->setPerson(person(QStringLiteral("wang"), Role::QaManager));
        QCOMPARE(tile(Kpi::Csat)->status(), TargetStatus::Missed); // 40 against the default ≥ 85
        m_page->editTargets();
        TargetsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<TargetsDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->targetEditor(Kpi::Csat)->value(), 85.0);
        QVERIFY(!dialog->targetEditor(Kpi::Csat)->isReadOnly());
        dialog->targetEditor(Kpi::Csat)->setValue(38.0);
        dialog->targetSwitch(Kpi::Nps)->setChecked(false);
        QSignalSpy saved(m_page.get(), &DashboardPage::targetsSaved);
        dialog->accept();
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(0).toString(), QString());
        const KpiTargets stored = storedTargets();
        QCOMPARE(*stored.target(QStringLiteral("csat")), 38.0);
        QVERIFY(!stored.target(QStringLiteral("nps")));
        QCOMPARE(*stored.target(QStringLiteral("ces")), 70.0); // unchanged: its default
        QTRY_COMPARE(tile(Kpi::Csat)->status(), TargetStatus::Met);
        QCOMPARE(tile(Kpi::Nps)->status(), TargetStatus::NoTarget);
        {
            Connection c(m_path);
            const QList<AuditEntry> entries = AuditLog(c).forEntity(QStringLiteral("kpi_targets"), 0);
            QVERIFY(!entries.isEmpty());
            QCOMPARE(entries.last().actor, QStringLiteral("wang"));
            QCOMPARE(entries.last().action, QStringLiteral("kpi-targets-set"));
            QVERIFY2(entries.last().detail.contains(QStringLiteral("csat 38 (±5)")), qPrintable(entries.last().detail));
        }
        KpiTargets targets = m_page->targets();
        targets.setTarget(QStringLiteral("csat"), 42.0); // 40 is 2 short: within the 5-point amber band
        QCOMPARE(saveThroughThePage(targets), QString());
        QTRY_COMPARE(tile(Kpi::Csat)->status(), TargetStatus::Near);
        // Another computer (or the CLI) changes them: the next refresh shows it.
        {
            Connection c(m_path);
            KpiTargets other = KpiTargetStore(c).load();
            other.setTarget(QStringLiteral("csat"), 30.0);
            KpiTargetStore(c).save(other, QStringLiteral("qadesk-cli"), QStringLiteral("kpi-targets-set"),
                                   QDateTime::currentDateTimeUtc());
        }
        m_page->refresh();
        QTRY_COMPARE(tile(Kpi::Csat)->status(), TargetStatus::Met);
        resetTargets();
    }

    // Anyone else sees the targets but cannot change them: the dialog is read-only and a save is refused.
    void onlyManagersChangeTargets()
    {
        m_page->setPerson(person(QStringLiteral("li"), Role::Lead));
        m_page->editTargets();
        TargetsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<TargetsDialog *>()) != nullptr);
        QVERIFY(dialog->targetEditor(Kpi::Csat)->isReadOnly());
        QVERIFY(!dialog->targetSwitch(Kpi::Csat)->isEnabled());
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons && !buttons->button(QDialogButtonBox::Ok) && buttons->button(QDialogButtonBox::Close));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("targetsScope"))->text().contains(QStringLiteral("QA manager")));
        dialog->reject();
        KpiTargets targets = m_page->targets();
        targets.setTarget(QStringLiteral("csat"), 10.0);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const QString error = saveThroughThePage(targets);
        QVERIFY2(error.contains(QStringLiteral("may not change the KPI targets")), qPrintable(error));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("not changed")));
        QVERIFY(!storedTargets().isSet(QStringLiteral("csat")));
    }

    // Targets a computer kept in its settings (before they moved into the database) become the organisation's
    // the first time a QA manager opens a database that has none; then the settings forget them. Someone else's
    // start leaves them for a manager; a database with targets of its own wins.
    void settingsTargetsMoveIntoTheDatabase()
    {
        resetTargets();
        {
            QSettings old;
            old.setValue(QStringLiteral("targets/csat"), 38.0);
            old.setValue(QStringLiteral("targets/csat_amber"), 2.0);
            old.setValue(QStringLiteral("targets/nps"), QString()); // "no target", as the settings said it
        }
        m_page->setPerson(person(QStringLiteral("li"), Role::Lead));
        QTest::qWait(200);
        QVERIFY(!storedTargets().isSet(QStringLiteral("csat")));
        QVERIFY(m_settings->legacyKpiTargets().has_value());

        m_page->setPerson(person(QStringLiteral("wang"), Role::QaManager));
        QTRY_VERIFY(storedTargets().isSet(QStringLiteral("csat")));
        const KpiTargets stored = storedTargets();
        QCOMPARE(*stored.target(QStringLiteral("csat")), 38.0);
        QCOMPARE(stored.margin(QStringLiteral("csat")), 2.0);
        QVERIFY(!stored.target(QStringLiteral("nps")));
        QVERIFY(!stored.isSet(QStringLiteral("ces")));
        QTRY_VERIFY(!m_settings->legacyKpiTargets().has_value());
        QTRY_COMPARE(tile(Kpi::Csat)->status(), TargetStatus::Met);

        // A second computer's old settings do not overwrite the organisation's targets; they are forgotten.
        {
            QSettings old;
            old.setValue(QStringLiteral("targets/csat"), 99.0);
        }
        m_page->setPerson(person(QStringLiteral("zhao"), Role::Admin));
        QTRY_VERIFY(!m_settings->legacyKpiTargets().has_value());
        QCOMPARE(*storedTargets().target(QStringLiteral("csat")), 38.0);
        resetTargets();
    }

    void emailHasItsOwnFirstResponseTarget()
    {
        m_page->setPerson(person(QStringLiteral("wang"), Role::QaManager));
        {
            TargetsDialog dialog(KpiTargets(), true);
            // The default: 4 h for e-mail, shown in hours; the general target stays in seconds.
            QCOMPARE(dialog.emailResponseEditor()->value(), 4.0);
            QVERIFY(dialog.emailResponseSwitch()->isChecked());
            dialog.emailResponseEditor()->setValue(2.5);
            QCOMPARE(saveThroughThePage(dialog.result()), QString());
        }
        const KpiTargets targets = storedTargets();
        QCOMPARE(*targets.target(QStringLiteral("first_response_s.email")), 9000.0);
        QCOMPARE(*targets.target(Kpi::FirstResponse, QStringLiteral("email")), 9000.0);
        QCOMPARE(*targets.target(Kpi::FirstResponse, QStringLiteral("phone")), 10.0);
        QCOMPARE(*targets.target(Kpi::FirstResponse), 10.0);
        QCOMPARE(*targets.target(Kpi::Csat, QStringLiteral("email")), *targets.target(Kpi::Csat));
        {
            TargetsDialog dialog(targets, true);
            QCOMPARE(dialog.emailResponseEditor()->value(), 2.5);
            dialog.emailResponseSwitch()->setChecked(false);
            QCOMPARE(saveThroughThePage(dialog.result()), QString());
        }
        QVERIFY(!storedTargets().target(Kpi::FirstResponse, QStringLiteral("email")));
        resetTargets();
    }

    void chartsExportAsPngAndSvg()
    {
        DashboardChartView *view = m_page->overview()->radarView();
        const QString png = m_dir.filePath(QStringLiteral("radar.png"));
        const QString svg = m_dir.filePath(QStringLiteral("radar.svg"));
        QVERIFY(view->exportPng(png));
        QVERIFY(view->exportSvg(svg));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), view->width() * 2);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.size() > 1000);
        QVERIFY(!view->exportPng(QStringLiteral("/nonexistent-folder/x.png")));
        // Chart data copies as TSV too.
        QVERIFY(m_page->overview()->surveyView()->chartData().startsWith(QStringLiteral("Bucket\t")));
    }

    void everyModelPassesTheTester()
    {
        const KpiFilter f = m_page->snapshot()->request.filter;
        Connection c(m_path);
        DashboardRequest request;
        request.filter = f;
        request.filter.agent = QStringLiteral("A1");
        const auto s = DashboardService(c).load(request);
        QVERIFY(s);

        AgentRankingModel ranking;
        QAbstractItemModelTester rankingTester(&ranking, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ranking.setRows(s->ranking);
        NumericSortModel sorted;
        QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.setSourceModel(&ranking);
        sorted.sort(AgentRankingModel::columnOfKpi(Kpi::Csat), Qt::DescendingOrder);
        QCOMPARE(sorted.rowCount(), 3);

        DrillDownEvaluationModel evaluations;
        QAbstractItemModelTester evaluationsTester(&evaluations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        evaluations.setRows(s->recentEvaluations, s->gradeBands);
        QCOMPARE(evaluations.rowCount(), 2);
        QCOMPARE(evaluations.index(0, DrillDownEvaluationModel::Grade).data().toString(),
                 DomainLabels::grade(s->gradeBands, QStringLiteral("pass")));

        InteractionListModel interactions;
        QAbstractItemModelTester interactionsTester(&interactions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DrillDownQuery q;
        q.filter = f;
        q.from = *f.from;
        q.to = *f.to;
        interactions.setRows(DrillDownStore(c).interactions(q).rows);
        QCOMPARE(interactions.rowCount(), 6);
        QCOMPARE(interactions.index(0, InteractionListModel::Fcr).data().toString(), QStringLiteral("yes"));

        DimensionComparisonModel dimensions;
        QAbstractItemModelTester dimensionsTester(&dimensions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        dimensions.setDimensions(s->dimensionInfo, s->dimensions, s->comparisonDimensions, QStringLiteral("售后一组"));
        QCOMPARE(dimensions.rowCount(), 6);

        KpiComparisonModel kpis;
        QAbstractItemModelTester kpisTester(&kpis, QAbstractItemModelTester::FailureReportingMode::QtTest);
        kpis.setFigures(s->current, QStringLiteral("A1"), s->comparison, QStringLiteral("售后一组"));
        QCOMPARE(kpis.rowCount(), 9);

        // And the models the page itself shows, after all the refreshes above.
        QAbstractItemModelTester pageRanking(m_page->rankingTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->filterBar()->setTeam(QStringLiteral("售后一组"));
        QVERIFY(waitFor(QStringLiteral("售后一组"), {}));
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
