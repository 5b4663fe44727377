// The dashboard as a user meets it (DESIGN §7: "memory with the dashboard open ≤ 200 MB RSS").
//
//   bench_gui_dashboard --db PATH [--runs R] [--screenshots DIR] [--agent CODE]
//
// Opens the main window on PATH with the dashboard page in front, waits for its first figures, then changes the
// filters the way a user does and times each change until the page shows the new figures (worker queries plus
// chart and table updates on the GUI thread). Prints the medians and the process RSS (current and peak). With
// --screenshots, saves PNGs of the overview, the ranking and the agent view (for the README).
#include "MainWindow.h"
#include "dashboard/DashboardFilterBar.h"
#include "dashboard/DashboardPage.h"
#include "storage/Connection.h"
#include "storage/Schema.h"
#include "storage/StaffDirectory.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace qadesk;

namespace {

QString argument(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

// Runs the event loop until the page has shown figures and has no query left running, or `timeoutMs` passed.
bool waitForFigures(DashboardPage *page, int timeoutMs)
{
    bool shown = false;
    const auto connection = QObject::connect(page, &DashboardPage::refreshed, page, [&shown]() { shown = true; });
    QElapsedTimer timer;
    timer.start();
    while (!(shown && !page->isRefreshing()) && timer.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    QObject::disconnect(connection);
    return shown;
}

// Applies a filter change and waits until the page shows its figures; returns the milliseconds it took.
double waitForRefresh(DashboardPage *page, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    if (!waitForFigures(page, 10000)) {
        std::fprintf(stderr, "no refresh within 10 s\n");
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

void save(QWidget *widget, const QString &path)
{
    QApplication::processEvents();
    if (widget->grab().save(path)) {
        std::printf("saved %s\n", qPrintable(path));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QADeskBench"));
    const QStringList args = app.arguments();
    const QString path = argument(args, QStringLiteral("--db"), QStringLiteral("/tmp/qadesk-demo.sqlite"));
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    const QString shots = argument(args, QStringLiteral("--screenshots"));
    std::printf("RSS before opening: %.1f MB\n", statusMb("VmRSS:"));

    auto connection = std::make_unique<Connection>(path);
    Schema::migrate(*connection);
    QList<AgentEntry> agents = StaffDirectory(*connection).agents();
    connection.reset();
    MainWindow window(path);
    window.resize(1440, 900);
    auto *page = window.findChild<DashboardPage *>();
    window.pages()->setCurrentWidget(page);
    auto *filters = page->filterBar();
    filters->setPreset(PeriodPreset::LastFourWeeks);
    filters->setBucket(KpiBucket::Week);

    QElapsedTimer open;
    open.start();
    window.show();
    if (!waitForFigures(page, 30000)) {
        std::fprintf(stderr, "the dashboard showed no figures\n");
        return 1;
    }
    std::printf("first figures %.0f ms after show; RSS %.1f MB\n", open.nsecsElapsed() / 1e6, statusMb("VmRSS:"));

    const QString agent = argument(args, QStringLiteral("--agent"), agents.isEmpty() ? QString() : agents.first().code);
    QString team;
    for (const AgentEntry &a : agents) {
        if (a.code == agent) {
            team = a.teamName;
        }
    }
    // Each step is a change and its undo; only the change is timed, every run is a real change.
    struct Step
    {
        const char *label;
        std::function<void()> change;
        std::function<void()> undo;
    };
    const QString chat = QStringLiteral("chat");
    const QString afterSales = QStringLiteral("after_sales");
    const QList<Step> steps{
        {"period: this year", [&]() { filters->setPreset(PeriodPreset::ThisYear); },
         [&]() { filters->setPreset(PeriodPreset::LastFourWeeks); }},
        {"team", [&]() { filters->setTeam(team); }, [&]() { filters->setTeam({}); }},
        {"agent", [&]() { filters->setAgent(agent); }, [&]() { filters->setAgent({}); }},
        {"channel", [&]() { filters->setChannel(chat); }, [&]() { filters->setChannel({}); }},
        {"category", [&]() { filters->setCategory(afterSales); }, [&]() { filters->setCategory({}); }},
        {"by day", [&]() { filters->setBucket(KpiBucket::Day); }, [&]() { filters->setBucket(KpiBucket::Week); }},
        {"by month", [&]() { filters->setBucket(KpiBucket::Month); }, [&]() { filters->setBucket(KpiBucket::Week); }},
    };
    QList<double> all;
    std::printf("%-28s %10s\n", "filter change", "median ms");
    for (const Step &step : steps) {
        QList<double> times;
        for (int r = 0; r < runs; ++r) {
            times << waitForRefresh(page, step.change);
            waitForRefresh(page, step.undo);
        }
        std::sort(times.begin(), times.end());
        std::printf("%-28s %10.1f\n", step.label, times[times.size() / 2]);
        all << times[times.size() / 2];
    }
    std::printf("worst median end-to-end refresh %.1f ms; RSS %.1f MB (peak %.1f MB)\n",
                *std::max_element(all.begin(), all.end()), statusMb("VmRSS:"), statusMb("VmHWM:"));

    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        waitForRefresh(page, [&]() {
            filters->setPreset(PeriodPreset::LastFourWeeks);
            filters->setAgent({});
            filters->setTeam({});
        });
        save(&window, shots + QStringLiteral("/dashboard.png"));
        page->views()->setCurrentIndex(1);
        save(&window, shots + QStringLiteral("/dashboard-ranking.png"));
        waitForRefresh(page, [&]() { filters->setAgent(agent); });
        page->views()->setCurrentIndex(2);
        save(&window, shots + QStringLiteral("/dashboard-agent.png"));
    }
    return 0;
}
