#include "Error.h"
#include "scoring/RubricLoader.h"
#include "scoring/ScoreCalculator.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace qadesk;

namespace {

// "5,NA,-,3": a level, not applicable, or not scored yet.
QList<DimensionInput> inputsFrom(const QString &list)
{
    QList<DimensionInput> inputs;
    const QStringList tokens = list.split(QLatin1Char(','));
    for (const QString &token : tokens) {
        DimensionInput input;
        if (token == QLatin1String("NA")) {
            input.notApplicable = true;
        } else if (token != QLatin1String("-")) {
            input.score = token.toInt();
        }
        inputs << input;
    }
    return inputs;
}

} // namespace

class TestScoring final : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void criticalFailed_data();
    void criticalFailed();
    void gradeBands_data();
    void gradeBands();
    void formula_data();
    void formula();
    void formatScore_data();
    void formatScore();
    void rejectsBadInput();
    void customRubricWeights();
    void responseLevel_data();
    void responseLevel();
    void satisfactionLevel_data();
    void satisfactionLevel();
};

void TestScoring::compute_data()
{
    QTest::addColumn<QString>("scores");
    QTest::addColumn<bool>("hasScore");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<double>("weightTotal");

    // Default weights 15, 20, 25, 15, 15, 10 (Σ 100); hand-computed: 100 × Σ wᵢsᵢ / (5 × Σ wᵢ).
    QTest::newRow("all 1") << "1,1,1,1,1,1" << true << 20.0 << "needs_improvement" << 100.0;
    QTest::newRow("all 3 = pass line") << "3,3,3,3,3,3" << true << 60.0 << "pass" << 100.0;
    QTest::newRow("all 4") << "4,4,4,4,4,4" << true << 80.0 << "good" << 100.0;
    QTest::newRow("all 5") << "5,5,5,5,5,5" << true << 100.0 << "excellent" << 100.0;
    // 75 + 80 + 75 + 60 + 75 + 30 = 395; 100 × 395 / 500 = 79
    QTest::newRow("mixed 79") << "5,4,3,4,5,3" << true << 79.0 << "pass" << 100.0;
    // 15×1 + 20×2 + 25×2 + 15×2 + 15×2 + 10×2 = 185 → 37
    QTest::newRow("mostly 2") << "1,2,2,2,2,2" << true << 37.0 << "needs_improvement" << 100.0;
    // 5 + 5 + 4 + 5 + 5 + 5 : 75+100+100+75+75+50 = 475 → 95
    QTest::newRow("resolution 4") << "5,5,4,5,5,5" << true << 95.0 << "excellent" << 100.0;
    // N/A leaves numerator and denominator: only response scored → 15×5 / (5 × 15) = 100
    QTest::newRow("one scored, rest N/A") << "5,NA,NA,NA,NA,NA" << true << 100.0 << "excellent" << 15.0;
    // 20×4 + 25×4 + 15×4 + 15×4 + 10×4 = 340 / (5 × 85) = 80
    QTest::newRow("response N/A, rest 4") << "NA,4,4,4,4,4" << true << 80.0 << "good" << 85.0;
    // 15×3 + 20×5 = 145 / (5 × 35) = 82.857142…
    QTest::newRow("two scored") << "3,5,NA,NA,NA,NA" << true << 100.0 * 145 / 175 << "good" << 35.0;
    // resolution N/A: 75 + 80 + 60 + 75 + 30 = 320 / (5 × 75) = 85.333…
    QTest::newRow("resolution N/A") << "5,4,NA,4,5,3" << true << 100.0 * 320 / 375 << "good" << 75.0;
    // satisfaction N/A: 15×3 + 20×3 + 25×3 + 15×3 + 10×2 = 245 / (5 × 85) = 57.647…
    QTest::newRow("N/A pulls below pass") << "3,3,3,3,NA,2" << true << 100.0 * 245 / 425 << "needs_improvement" << 85.0;
    // Not yet scored counts like N/A while the inspector is still typing.
    QTest::newRow("partially entered") << "4,-,-,-,-,-" << true << 80.0 << "good" << 15.0;
    QTest::newRow("all N/A → no score") << "NA,NA,NA,NA,NA,NA" << false << 0.0 << "" << 0.0;
    QTest::newRow("nothing entered → no score") << "-,-,-,-,-,-" << false << 0.0 << "" << 0.0;
    QTest::newRow("N/A and unscored → no score") << "NA,-,NA,-,NA,-" << false << 0.0 << "" << 0.0;
}

void TestScoring::compute()
{
    QFETCH(QString, scores);
    QFETCH(bool, hasScore);
    QFETCH(double, expected);
    QFETCH(QString, grade);
    QFETCH(double, weightTotal);

    const Rubric rubric = RubricLoader::defaultRubric();
    const ScoreResult result = ScoreCalculator::compute(rubric, inputsFrom(scores), false);
    QCOMPARE(result.score.has_value(), hasScore);
    if (hasScore) {
        // The exact value, and the official one: rounded half away from zero to two decimals.
        QCOMPARE(*result.exactScore, expected);
        QCOMPARE(*result.score, std::round(expected * 100) / 100);
    }
    QCOMPARE(result.gradeKey, grade);
    QCOMPARE(result.weightTotal, weightTotal);
    QVERIFY(!result.criticalFailed);
    if (grade.isEmpty()) {
        QVERIFY(result.gradeZh.isEmpty());
        QVERIFY(!result.reason(true).isEmpty());
    } else {
        QCOMPARE(result.gradeZh, rubric.gradeFor(*result.score)->nameZh);
    }
}

void TestScoring::criticalFailed_data()
{
    QTest::addColumn<QString>("scores");
    QTest::newRow("all 5") << "5,5,5,5,5,5";
    QTest::newRow("the 79 case") << "5,4,3,4,5,3";
    QTest::newRow("all N/A") << "NA,NA,NA,NA,NA,NA";
    QTest::newRow("nothing entered") << "-,-,-,-,-,-";
}

void TestScoring::criticalFailed()
{
    QFETCH(QString, scores);
    const ScoreResult result = ScoreCalculator::compute(RubricLoader::defaultRubric(), inputsFrom(scores), true);
    QVERIFY(result.criticalFailed);
    QVERIFY(result.score.has_value());
    QCOMPARE(*result.score, 0.0);
    QCOMPARE(result.gradeKey, QStringLiteral("needs_improvement"));
    QCOMPARE(result.gradeZh, QStringLiteral("需改进"));
    QCOMPARE(result.gradeEn, QStringLiteral("Needs improvement"));
    QVERIFY(result.reason(true).contains(QStringLiteral("一票否决")));
    QVERIFY(result.reason(false).contains(QStringLiteral("critical")));
    QVERIFY(result.formula(true).contains(QStringLiteral("一票否决")));
    QVERIFY(result.formula(false).endsWith(QStringLiteral("→ 0")));
}

void TestScoring::gradeBands_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("grade");
    QTest::newRow("0") << 0.0 << "needs_improvement";
    QTest::newRow("59.99") << 59.99 << "needs_improvement";
    QTest::newRow("59.999999") << 59.999999 << "needs_improvement";
    QTest::newRow("60") << 60.0 << "pass";
    QTest::newRow("60 less rounding noise") << 60.0 - 1e-12 << "pass";
    QTest::newRow("79.99") << 79.99 << "pass";
    QTest::newRow("80") << 80.0 << "good";
    QTest::newRow("89.99") << 89.99 << "good";
    QTest::newRow("90") << 90.0 << "excellent";
    QTest::newRow("100") << 100.0 << "excellent";
    QTest::newRow("below every band") << -1.0 << "needs_improvement";
}

void TestScoring::gradeBands()
{
    QFETCH(double, score);
    QFETCH(QString, grade);
    const Rubric rubric = RubricLoader::defaultRubric();
    const GradeBand *band = rubric.gradeFor(score);
    QVERIFY(band);
    QCOMPARE(band->key, grade);
}

void TestScoring::formula_data()
{
    QTest::addColumn<QString>("scores");
    QTest::addColumn<QString>("formula");
    QTest::newRow("79") << "5,4,3,4,5,3"
                        << "100 × (15×5 + 20×4 + 25×3 + 15×4 + 15×5 + 10×3) / (5 × 100) = 79.0";
    QTest::newRow("N/A left out") << "5,4,NA,NA,NA,NA"
                                  << "100 × (15×5 + 20×4) / (5 × 35) = 88.57";
    QTest::newRow("all 3") << "3,3,3,3,3,3"
                           << "100 × (15×3 + 20×3 + 25×3 + 15×3 + 15×3 + 10×3) / (5 × 100) = 60.0";
}

void TestScoring::formula()
{
    QFETCH(QString, scores);
    QFETCH(QString, formula);
    const ScoreResult result = ScoreCalculator::compute(RubricLoader::defaultRubric(), inputsFrom(scores), false);
    QCOMPARE(result.formula(true), formula);
    QCOMPARE(result.formula(false), formula);
}

void TestScoring::formatScore_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("shown");
    QTest::newRow("whole") << 79.0 << "79.0" << 79.0;
    QTest::newRow("one decimal") << 82.4 << "82.4" << 82.4;
    QTest::newRow("thirds") << 100.0 * 235 / 300 << "78.33" << 78.33;
    QTest::newRow("two thirds round up") << 100.0 * 236 / 300 << "78.67" << 78.67;
    QTest::newRow("74.1176 rounds to 74.12") << 100.0 * 315 / 425 << "74.12" << 74.12;
    QTest::newRow("half rounds away from zero") << 78.665 << "78.67" << 78.67;
    QTest::newRow("just below a half rounds down") << 78.66499 << "78.66" << 78.66;
    QTest::newRow("59.996 is 60.00") << 59.996 << "60.0" << 60.0;
    QTest::newRow("59.994 stays below") << 59.994 << "59.99" << 59.99;
    QTest::newRow("rounding noise below 60") << 60.0 - 1e-12 << "60.0" << 60.0;
    QTest::newRow("zero") << 0.0 << "0.0" << 0.0;
}

void TestScoring::formatScore()
{
    QFETCH(double, score);
    QFETCH(QString, text);
    QFETCH(double, shown);
    QCOMPARE(ScoreCalculator::formatScore(score), text);
    QCOMPARE(ScoreCalculator::officialScore(score), shown);
    // The grade is decided on the official score: what is shown and the band always agree.
    const Rubric rubric = RubricLoader::defaultRubric();
    QCOMPARE(rubric.gradeFor(ScoreCalculator::officialScore(score))->key,
             rubric.gradeFor(QString::number(shown, 'f', 2).toDouble())->key);
    QCOMPARE(ScoreCalculator::officialScore(-score), -shown);
}

void TestScoring::rejectsBadInput()
{
    const Rubric rubric = RubricLoader::defaultRubric();
    QVERIFY_THROWS_EXCEPTION(Error, ScoreCalculator::compute(rubric, inputsFrom(QStringLiteral("5,4,3")), false));
    QVERIFY_THROWS_EXCEPTION(Error, ScoreCalculator::compute(rubric, inputsFrom(QStringLiteral("5,4,3,4,5,6")), false));
    QVERIFY_THROWS_EXCEPTION(Error, ScoreCalculator::compute(rubric, inputsFrom(QStringLiteral("0,4,3,4,5,3")), false));
}

void TestScoring::customRubricWeights()
{
    const Rubric rubric = RubricLoader::fromFile(QStringLiteral(QADESK_TEST_DATA "/rubrics/three_dimensions.json"));
    // weights 1, 2, 1.5: (1×5 + 2×4 + 1.5×3) / (5 × 4.5) × 100 = 17.5 / 22.5 × 100 = 77.77…
    const ScoreResult result = ScoreCalculator::compute(rubric, inputsFrom(QStringLiteral("5,4,3")), false);
    QVERIFY(result.score);
    QCOMPARE(*result.exactScore, 100.0 * 17.5 / 22.5);
    QCOMPARE(*result.score, 77.78);
    QCOMPARE(result.gradeKey, QStringLiteral("ok"));
    QCOMPARE(result.formula(false), QStringLiteral("100 × (1×5 + 2×4 + 1.5×3) / (5 × 4.5) = 77.78"));
}

void TestScoring::responseLevel_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<int>("level");
    QTest::newRow("0") << 0.0 << 5;
    QTest::newRow("3") << 3.0 << 5;
    QTest::newRow("3.01") << 3.01 << 4;
    QTest::newRow("5") << 5.0 << 4;
    QTest::newRow("5.01") << 5.01 << 3;
    QTest::newRow("10") << 10.0 << 3;
    QTest::newRow("10.01") << 10.01 << 2;
    QTest::newRow("30") << 30.0 << 2;
    QTest::newRow("30.01") << 30.01 << 1;
    QTest::newRow("an hour") << 3600.0 << 1;
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << 1;
    QTest::newRow("not a number") << std::nan("") << 0;
}

void TestScoring::responseLevel()
{
    QFETCH(double, seconds);
    QFETCH(int, level);
    QCOMPARE(ScoreCalculator::responseLevelForSeconds(seconds), level);
    // The same on the default thresholds passed explicitly; e-mail thresholds scale everything to hours.
    QCOMPARE(ScoreCalculator::responseLevelForSeconds(seconds, {3, 5, 10, 30}), level);
    QCOMPARE(ScoreCalculator::responseLevelForSeconds(seconds * 1200, {3600, 6000, 12000, 36000}), level);
    QCOMPARE(ScoreCalculator::responseLevelForSeconds(seconds, {3, 5, 10}), 0); // not four thresholds
}

void TestScoring::satisfactionLevel_data()
{
    QTest::addColumn<int>("csat");  // -1: no survey
    QTest::addColumn<int>("level"); // 0: no suggestion
    QTest::newRow("no survey") << -1 << 0;
    QTest::newRow("0 is not a CSAT") << 0 << 0;
    for (int csat = 1; csat <= 5; ++csat) {
        QTest::addRow("csat %d", csat) << csat << csat;
    }
    QTest::newRow("6 is not a CSAT") << 6 << 0;
}

void TestScoring::satisfactionLevel()
{
    QFETCH(int, csat);
    QFETCH(int, level);
    const std::optional<int> input = csat < 0 ? std::nullopt : std::optional<int>(csat);
    const std::optional<int> suggested = ScoreCalculator::satisfactionLevelForCsat(input);
    QCOMPARE(suggested.value_or(0), level);
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
