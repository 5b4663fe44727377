// Live score update budget (DESIGN §7: ≤ 1 ms per key press): time ScoreCalculator::compute and the
// formula text the form shows, on the default rubric. Run by hand: build/benchmarks/bench_scoring
#include "scoring/RubricLoader.h"
#include "scoring/ScoreCalculator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace qadesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Rubric rubric = RubricLoader::defaultRubric();
    QList<DimensionInput> inputs(rubric.dimensions.size());
    constexpr int Rounds = 200000;

    double checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Rounds; ++i) {
        // Vary the input like successive key presses do.
        inputs[i % inputs.size()].score = 1 + i % 5;
        inputs[(i + 3) % inputs.size()].notApplicable = (i % 7) == 0;
        const ScoreResult result = ScoreCalculator::compute(rubric, inputs, false);
        checksum += result.score.value_or(0);
    }
    const double computeNs = double(timer.nsecsElapsed()) / Rounds;

    qsizetype characters = 0;
    timer.restart();
    for (int i = 0; i < Rounds / 10; ++i) {
        inputs[i % inputs.size()].score = 1 + i % 5;
        const ScoreResult result = ScoreCalculator::compute(rubric, inputs, false);
        characters += result.formula(true).size();
    }
    const double formulaNs = double(timer.nsecsElapsed()) / (Rounds / 10);

    QTextStream(stdout) << "compute: " << computeNs / 1000.0 << " µs per call (budget 1000 µs)\n"
                        << "compute + formula text: " << formulaNs / 1000.0 << " µs per call\n"
                        << "(checksum " << checksum << ", " << characters << " characters)\n";
    return computeNs < 1e6 ? 0 : 1;
}
