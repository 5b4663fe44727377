// Krippendorff's alpha at scale (issue 14 budgets): 100,000 units × 5 raters at the ordinal level, as a whole
// `qadesk-cli agreement` process (≤ 1 s) and with a 1,000-resample bootstrap (≤ 5 s). Baseline in the same run: the
// same process reading the same CSV with a level that fails at once on the header check is not meaningful, so the
// baseline is `qadesk-cli score`, the cheapest whole process (start-up alone).
//   usage: bench_agreement QADESK-CLI [UNITS] [RATERS]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

namespace {

double run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(-1);
    if (out) {
        *out = process.readAllStandardOutput();
    }
    if (process.exitCode() != 0) {
        qFatal("%s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        qFatal("usage: bench_agreement QADESK-CLI [UNITS] [RATERS]");
    }
    const QString cli = args.at(1);
    const int units = args.size() > 2 ? args.at(2).toInt() : 100000;
    const int raters = args.size() > 3 ? args.at(3).toInt() : 5;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("scores.csv"));
    {
        // Levels 1–5 around each unit's true level, one in twenty values missing.
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(csv));
        }
        QTextStream out(&file);
        out << "unit,rater,value\n";
        std::mt19937_64 random(1);
        for (int u = 0; u < units; ++u) {
            const int truth = 1 + int(random() % 5);
            for (int r = 0; r < raters; ++r) {
                if (random() % 20 == 0) {
                    continue;
                }
                const int noise = int(random() % 5) - 2;
                const int value = std::clamp(truth + (std::abs(noise) == 2 ? noise / 2 : 0), 1, 5);
                out << "call-" << u << ",inspector-" << r << ',' << value << '\n';
            }
        }
    }
    const double baseline = run(cli, {QStringLiteral("score"), QStringLiteral("--scores"), QStringLiteral("5,4,3,4,5,3")});
    QByteArray result;
    const double alpha = run(cli, {QStringLiteral("agreement"), QStringLiteral("--input"), csv, QStringLiteral("--level"),
                                   QStringLiteral("ordinal")},
                             &result);
    QByteArray withInterval;
    const double bootstrap = run(cli, {QStringLiteral("agreement"), QStringLiteral("--input"), csv, QStringLiteral("--level"),
                                       QStringLiteral("ordinal"), QStringLiteral("--bootstrap"), QStringLiteral("1000"),
                                       QStringLiteral("--seed"), QStringLiteral("7")},
                                 &withInterval);
    QTextStream(stdout) << "units " << units << " × raters " << raters << "\n"
                        << "baseline (qadesk-cli score, start-up only): " << baseline << " s\n"
                        << "agreement --level ordinal (whole process, budget 1 s): " << alpha << " s\n"
                        << "  " << result.simplified() << "\n"
                        << "with --bootstrap 1000 (budget 5 s): " << bootstrap << " s\n"
                        << "  " << withInterval.simplified() << "\n";
    return 0;
}
