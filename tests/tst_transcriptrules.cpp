// Transcript rules: checklist hints from keywords and timing, hold cues, first response time, and the
// validation of an edited rules file.
#include "Error.h"
#include "rules/TranscriptRules.h"
#include "WorkspaceFixture.h"

#include <QTest>

using namespace qadesk;

namespace {

Interaction dialogue(std::initializer_list<std::tuple<const char *, qint64, const char *>> turns)
{
    Interaction in;
    int seq = 0;
    for (const auto &[speaker, start, text] : turns) {
        Turn t;
        t.id = 100 + seq;
        t.seq = seq++;
        t.speaker = QString::fromUtf8(speaker);
        if (start >= 0) {
            t.startMs = start;
        }
        t.text = QString::fromUtf8(text);
        in.turns << t;
    }
    return in;
}

const ChecklistHint *hintFor(const QList<ChecklistHint> &hints, const char *step)
{
    for (const ChecklistHint &h : hints) {
        if (h.stepKey == QLatin1String(step)) {
            return &h;
        }
    }
    return nullptr;
}

} // namespace

class TestTranscriptRules : public QObject
{
    Q_OBJECT

private slots:
    void shippedRulesLoad()
    {
        const TranscriptRules rules = TranscriptRules::shipped();
        QCOMPARE(rules.hintRules().size(), 3);
        QVERIFY(rules.announcesHold(QStringLiteral("好的，请您稍等一下")));
        QVERIFY(rules.announcesHold(QStringLiteral("Please HOLD while I check")));
        QVERIFY(!rules.announcesHold(QStringLiteral("好的，我明白了")));
    }

    void fixtureDialogueHintsAllThreeSteps()
    {
        Interaction in = fixture::makeInteraction(0);
        for (int i = 0; i < in.turns.size(); ++i) {
            in.turns[i].id = 500 + i;
            in.turns[i].seq = i;
        }
        const QList<ChecklistHint> hints = TranscriptRules::shipped().checklistHints(in);
        const ChecklistHint *greeting = hintFor(hints, "greeting");
        QVERIFY(greeting);
        QCOMPARE(greeting->result, QStringLiteral("yes"));
        QCOMPARE(greeting->turnId, 501);
        QVERIFY(greeting->reason.contains(QStringLiteral("4.4")));
        const ChecklistHint *confirm = hintFor(hints, "confirm_need");
        QVERIFY(confirm);
        QCOMPARE(confirm->turnSeq, 1); // "您是说…"
        const ChecklistHint *solution = hintFor(hints, "solution");
        QVERIFY(solution);
        QCOMPARE(solution->turnSeq, 6); // "首先…然后…", then "接下来…"
        QVERIFY(!hintFor(hints, "follow_up"));
    }

    void greetingRule_data()
    {
        QTest::addColumn<Interaction>("interaction");
        QTest::addColumn<QString>("result");
        QTest::newRow("greeting in time")
            << dialogue({{"customer", 0, "在吗"}, {"agent", 3000, "您好，很高兴为您服务"}}) << QStringLiteral("yes");
        QTest::newRow("greeting too late")
            << dialogue({{"customer", 0, "在吗"}, {"agent", 12500, "您好"}}) << QStringLiteral("no");
        QTest::newRow("exactly 10 s") << dialogue({{"customer", 1000, "在吗"}, {"agent", 11000, "你好"}})
                                      << QStringLiteral("yes");
        QTest::newRow("no greeting") << dialogue({{"customer", 0, "在吗"}, {"agent", 2000, "什么事"}})
                                     << QStringLiteral("no");
        QTest::newRow("English, no times")
            << dialogue({{"customer", -1, "hi"}, {"agent", -1, "Hello, how can I help?"}}) << QStringLiteral("yes");
        QTest::newRow("agent never speaks") << dialogue({{"customer", 0, "喂？"}}) << QString();
    }

    void greetingRule()
    {
        QFETCH(Interaction, interaction);
        QFETCH(QString, result);
        const ChecklistHint *hint = hintFor(TranscriptRules::shipped().checklistHints(interaction), "greeting");
        QCOMPARE(hint ? hint->result : QString(), result);
    }

    void firstResponseTime_data()
    {
        QTest::addColumn<Interaction>("interaction");
        QTest::addColumn<double>("seconds"); // -1: unknown
        QTest::newRow("customer first") << dialogue({{"customer", 1000, "a"}, {"agent", 5200, "b"}}) << 4.2;
        QTest::newRow("agent first") << dialogue({{"agent", 1500, "a"}, {"customer", 3000, "b"}}) << 1.5;
        QTest::newRow("system turn ignored")
            << dialogue({{"system", 0, "x"}, {"customer", 2000, "a"}, {"agent", 2500, "b"}}) << 0.5;
        QTest::newRow("no times") << dialogue({{"customer", -1, "a"}, {"agent", -1, "b"}}) << -1.0;
        Interaction stored = dialogue({{"customer", 0, "a"}, {"agent", 9000, "b"}});
        stored.firstResponseS = 3.0;
        QTest::newRow("stored value wins") << stored << 3.0;
    }

    void firstResponseTime()
    {
        QFETCH(Interaction, interaction);
        QFETCH(double, seconds);
        const std::optional<double> got = firstResponseSeconds(interaction);
        if (seconds < 0) {
            QVERIFY(!got);
        } else {
            QVERIFY(got);
            QCOMPARE(*got, seconds);
        }
    }

    void minMatchesAndWindow()
    {
        const QByteArray json = R"({"format": "qadesk.transcript-rules.v1",
            "checklist_hints": [{"step": "solution", "kind": "agent_turns", "keywords": ["步骤"], "min_matches": 2},
                                {"step": "confirm_need", "kind": "agent_turns", "keywords": ["确认"], "within_agent_turns": 1}]})";
        const TranscriptRules rules = TranscriptRules::fromJson(json, QStringLiteral("test"));
        const Interaction once = dialogue({{"agent", 0, "好的"}, {"agent", 1, "第一个步骤"}, {"agent", 2, "跟您确认"}});
        QVERIFY(rules.checklistHints(once).isEmpty());
        const Interaction twice = dialogue({{"agent", 0, "跟您确认"}, {"agent", 1, "步骤一"}, {"agent", 2, "步骤二"}});
        QCOMPARE(rules.checklistHints(twice).size(), 2);
    }

    void invalidRulesAreRejectedWithTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format") << QByteArray(R"({"format": "x"})")
                                      << QStringLiteral("qadesk.transcript-rules.v1");
        QTest::newRow("no step")
            << QByteArray(
                   R"({"format": "qadesk.transcript-rules.v1", "checklist_hints": [{"kind": "agent_turns", "keywords": ["a"]}]})")
            << QStringLiteral("checklist_hints[0]");
        QTest::newRow("bad kind")
            << QByteArray(
                   R"({"format": "qadesk.transcript-rules.v1", "checklist_hints": [{"step": "s", "kind": "x", "keywords": ["a"]}]})")
            << QStringLiteral("kind");
        QTest::newRow("empty keyword")
            << QByteArray(
                   R"({"format": "qadesk.transcript-rules.v1", "checklist_hints": [{"step": "s", "kind": "agent_turns", "keywords": [""]}]})")
            << QStringLiteral("keyword");
        QTest::newRow("bad hold list") << QByteArray(
                                              R"({"format": "qadesk.transcript-rules.v1", "hold_keywords": "稍等"})")
                                       << QStringLiteral("hold_keywords");
    }

    void invalidRulesAreRejectedWithTheirPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        try {
            TranscriptRules::fromJson(json, QStringLiteral("rules.json"));
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("rules.json")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranscriptRules)
#include "tst_transcriptrules.moc"
