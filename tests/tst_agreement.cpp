// Krippendorff's alpha (issue 14): the published worked example of Krippendorff (2011), "Computing Krippendorff's
// Alpha-Reliability", 4 observers × 12 units with missing values, at all four levels; and the edge cases.
#include "stats/KrippendorffAlpha.h"

#include <QTest>

#include <cmath>

using namespace qadesk;

namespace {

// The reliability data matrix of the paper: rows are observers A–D, columns units 1–12, 0 = missing.
const int kData[4][12] = {
    {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
    {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0},
};

KrippendorffAlpha published()
{
    KrippendorffAlpha alpha;
    for (int rater = 0; rater < 4; ++rater) {
        for (int unit = 0; unit < 12; ++unit) {
            if (kData[rater][unit] != 0) {
                alpha.add(unit, rater, kData[rater][unit]);
            }
        }
    }
    return alpha;
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void publishedExample_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<double>("expected");
        QTest::newRow("nominal") << int(KrippendorffAlpha::Level::Nominal) << 0.743;
        QTest::newRow("ordinal") << int(KrippendorffAlpha::Level::Ordinal) << 0.815;
        QTest::newRow("interval") << int(KrippendorffAlpha::Level::Interval) << 0.849;
        QTest::newRow("ratio") << int(KrippendorffAlpha::Level::Ratio) << 0.797;
    }

    void publishedExample()
    {
        QFETCH(int, level);
        QFETCH(double, expected);
        const KrippendorffAlpha::Result r = published().compute(KrippendorffAlpha::Level(level));
        QVERIFY(r.alpha);
        QCOMPARE(std::round(*r.alpha * 1000) / 1000, expected);
        QCOMPARE(r.units, 11);  // unit 12 has one value: not pairable
        QCOMPARE(r.values, 40); // n of the paper
        QCOMPARE(r.raters, 4);
    }

    void everyoneAgreesIsUndefined()
    {
        KrippendorffAlpha alpha;
        for (int unit = 0; unit < 5; ++unit) {
            alpha.add(unit, 0, 3);
            alpha.add(unit, 1, 3);
        }
        const auto r = alpha.compute(KrippendorffAlpha::Level::Ordinal);
        QVERIFY(!r.alpha);
        QVERIFY(r.undefinedReason.contains(QStringLiteral("do not vary")));
        QCOMPARE(r.values, 10);
    }

    void unitsWithOneValueDoNotCount()
    {
        KrippendorffAlpha alpha;
        alpha.add(0, 0, 1);
        alpha.add(1, 1, 2);
        alpha.add(2, 0, 5);
        const auto r = alpha.compute(KrippendorffAlpha::Level::Interval);
        QVERIFY(!r.alpha);
        QCOMPARE(r.units, 0);
        QCOMPARE(r.values, 0);
        QVERIFY(r.undefinedReason.contains(QStringLiteral("fewer than 2 pairable values")));
        QVERIFY(!KrippendorffAlpha().compute(KrippendorffAlpha::Level::Nominal).alpha); // missing everywhere
    }

    // Two raters disagreeing systematically on half of the units: hand-computed nominal alpha.
    void twoRatersByHand()
    {
        KrippendorffAlpha alpha;
        const int a[] = {1, 1, 2, 2};
        const int b[] = {1, 2, 2, 1};
        for (int unit = 0; unit < 4; ++unit) {
            alpha.add(unit, 0, a[unit]);
            alpha.add(unit, 1, b[unit]);
        }
        // o_11 = 2, o_22 = 2, o_12 = o_21 = 2; n_1 = n_2 = 4, n = 8; α = 1 − 7 × 4 / (2 × 4 × 4) = 0.125.
        QCOMPARE(*alpha.compute(KrippendorffAlpha::Level::Nominal).alpha, 1.0 - 7.0 * 4.0 / 32.0);
    }

    void bootstrapIsSeededAndSurroundsAlpha()
    {
        const KrippendorffAlpha alpha = published();
        const auto a = alpha.bootstrap(KrippendorffAlpha::Level::Ordinal, 2000, 42);
        const auto b = alpha.bootstrap(KrippendorffAlpha::Level::Ordinal, 2000, 42);
        const auto c = alpha.bootstrap(KrippendorffAlpha::Level::Ordinal, 2000, 43);
        QVERIFY(a && b && c);
        QCOMPARE(a->low, b->low);
        QCOMPARE(a->high, b->high);
        QVERIFY(a->low != c->low || a->high != c->high);
        const double value = *alpha.compute(KrippendorffAlpha::Level::Ordinal).alpha;
        QVERIFY2(a->low < value && value < a->high, qPrintable(QStringLiteral("%1 %2 %3").arg(a->low).arg(value).arg(a->high)));
        QVERIFY(a->high <= 1.0);
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
