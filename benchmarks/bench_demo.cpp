// Demo generation speed: `qadesk-cli demo` for N interactions (default 1,000,000, no transcripts or
// evaluations) next to a plain-SQL baseline that inserts N bare interaction rows in one transaction.
//   bench_demo [N] [--full]   (--full adds 10 % transcripts and 10 % evaluations, the reference data set)
#include "demo/DemoGenerator.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace qadesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 n = args.size() > 1 && args[1].toLongLong() > 0 ? args[1].toLongLong() : 1000000;
    const bool full = args.contains(QStringLiteral("--full"));
    QTemporaryDir dir;

    QElapsedTimer timer;
    {
        Connection c(dir.filePath(QStringLiteral("baseline.sqlite")));
        Schema::migrate(c);
        timer.start();
        Transaction t(c);
        c.run(QStringLiteral("INSERT INTO teams (id, name) VALUES (1, 'T')"));
        c.run(QStringLiteral("INSERT INTO agents (id, code, team_id) VALUES (1, 'A', 1)"));
        QSqlQuery insert = c.prepare(QStringLiteral(
            "INSERT INTO interactions (external_id, channel, started_at, day, agent_id, team_id, category, handle_s, "
            "first_response_s, csat) VALUES (?, 'phone', ?, ?, 1, 1, 'other', ?, ?, ?)"));
        for (qint64 i = 0; i < n; ++i) {
            insert.bindValue(0, QStringLiteral("B%1").arg(i));
            insert.bindValue(1, 1700000000 + i * 30);
            insert.bindValue(2, 2460000 + i / 2880);
            insert.bindValue(3, double(i % 900));
            insert.bindValue(4, double(i % 30));
            insert.bindValue(5, int(1 + i % 5));
            Connection::exec(insert);
        }
        t.commit();
        std::printf("plain SQL baseline: %lld bare rows in %.2f s (%.0f rows/s)\n", n, timer.elapsed() / 1000.0,
                    n / (timer.elapsed() / 1000.0));
    }
    {
        Connection c(dir.filePath(QStringLiteral("demo.sqlite")));
        Schema::migrate(c);
        DemoOptions options;
        options.seed = 1;
        options.interactions = n;
        options.transcripts = full ? n / 10 : 0;
        options.evaluations = full ? n / 10 : 0;
        options.lastDay = QDate(2026, 10, 31);
        timer.restart();
        const DemoCounts counts = DemoGenerator(c, options).run();
        std::printf("qadesk-cli demo: %lld interactions, %lld turns, %lld evaluations in %.2f s (%.0f interactions/s)\n",
                    counts.interactions, counts.turns, counts.evaluations, timer.elapsed() / 1000.0,
                    counts.interactions / (timer.elapsed() / 1000.0));
    }
    return 0;
}
