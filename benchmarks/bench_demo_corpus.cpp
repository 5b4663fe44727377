// Throughput of the demo dialogue generator: 20,000 dialogues of about 40 turns over all channels,
// categories and quality levels (the reference data set needs 100,000 of them).
// Usage: bench_demo_corpus [--dialogues N] [--turns T] [--sample SEED]   (--sample prints one dialogue)
#include "demo/DialogueCorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

#include <array>

namespace {

const std::array<const char *, 4> channels = {"phone", "chat", "email", "other"};
const std::array<const char *, 5> categories = {"consultation", "complaint", "after_sales", "suggestion", "other"};

qadesk::DialogueRequest requestFor(QRandomGenerator &rng, int turns)
{
    qadesk::DialogueRequest request;
    request.channel = QLatin1String(channels[rng.bounded(4)]);
    request.category = QLatin1String(categories[rng.bounded(5)]);
    request.quality = rng.generateDouble();
    request.targetTurns = turns;
    request.english = rng.bounded(100) < 3;
    request.firstResponseS = 1.0 + 20.0 * rng.generateDouble() * rng.generateDouble();
    return request;
}

int optionValue(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    const int dialogues = optionValue(arguments, QStringLiteral("--dialogues"), 20000);
    const int turns = optionValue(arguments, QStringLiteral("--turns"), 40);

    if (arguments.contains(QStringLiteral("--sample"))) {
        QRandomGenerator rng(static_cast<quint32>(optionValue(arguments, QStringLiteral("--sample"), 1)));
        qadesk::DialogueRequest request = requestFor(rng, turns);
        for (const char *channel : channels) {
            if (arguments.contains(QLatin1String("--") + QLatin1String(channel))) {
                request.channel = QLatin1String(channel);
            }
        }
        request.english = arguments.contains(QStringLiteral("--english"));
        if (arguments.contains(QStringLiteral("--quality"))) {
            request.quality = optionValue(arguments, QStringLiteral("--quality"), 80) / 100.0;
        }
        out << request.channel << ' ' << request.category << " quality " << request.quality << '\n';
        for (const qadesk::DemoTurn &turn : qadesk::DialogueCorpus::generate(request, rng)) {
            out << QStringLiteral("[%1-%2] %3: %4\n")
                       .arg(turn.startMs / 1000.0, 0, 'f', 1)
                       .arg(turn.endMs / 1000.0, 0, 'f', 1)
                       .arg(turn.speaker, turn.text);
        }
        return 0;
    }

    QRandomGenerator rng(1);
    qint64 totalTurns = 0;
    qint64 totalChars = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < dialogues; ++i) {
        const QList<qadesk::DemoTurn> dialogue = qadesk::DialogueCorpus::generate(requestFor(rng, turns), rng);
        totalTurns += dialogue.size();
        for (const qadesk::DemoTurn &turn : dialogue) {
            totalChars += turn.text.size();
        }
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    out << "dialogues: " << dialogues << ", turns: " << totalTurns << " (" << double(totalTurns) / dialogues
        << " per dialogue), characters: " << totalChars << '\n';
    out << "time: " << seconds << " s, " << qRound64(dialogues / seconds) << " dialogues/s, "
        << qRound64(double(totalTurns) / seconds) << " turns/s\n";
    return 0;
}
