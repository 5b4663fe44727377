// The synthetic dialogue corpus and names used by `qadesk-cli demo`: reproducible from a seed, shaped by
// service quality, plausibly timed, and the requested length.
#include "demo/DemoNames.h"
#include "demo/DialogueCorpus.h"
#include "demo/PhraseBook.h"
#include "demo/PhraseBookReader.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using qadesk::DemoTurn;
using qadesk::DialogueCorpus;
using qadesk::DialogueRequest;

namespace {

const QStringList channels = {QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email"),
                              QStringLiteral("other")};
const QStringList categories = {QStringLiteral("consultation"), QStringLiteral("complaint"),
                                QStringLiteral("after_sales"), QStringLiteral("suggestion"), QStringLiteral("other")};

DialogueRequest request(const QString &channel, const QString &category, double quality, int turns,
                        bool english = false, double firstResponseS = 3.0)
{
    DialogueRequest r;
    r.channel = channel;
    r.category = category;
    r.quality = quality;
    r.targetTurns = turns;
    r.english = english;
    r.firstResponseS = firstResponseS;
    return r;
}

const DemoTurn *firstOf(const QList<DemoTurn> &turns, const QString &speaker)
{
    for (const DemoTurn &turn : turns) {
        if (turn.speaker == speaker) {
            return &turn;
        }
    }
    return nullptr;
}

bool agentSays(const QList<DemoTurn> &turns, const QString &needle)
{
    for (const DemoTurn &turn : turns) {
        if (turn.speaker == QLatin1String("agent") && turn.text.contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
            (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate()) {
            return true;
        }
    }
    return false;
}

// Checks the timing contract and returns a message for the first violation (empty when all hold).
QString timingProblem(const QList<DemoTurn> &turns, double firstResponseS)
{
    const QSet<QString> speakers = {QStringLiteral("agent"), QStringLiteral("customer"), QStringLiteral("system")};
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const DemoTurn &turn = turns.at(i);
        if (!speakers.contains(turn.speaker)) {
            return QStringLiteral("turn %1 has speaker %2").arg(i).arg(turn.speaker);
        }
        if (turn.text.trimmed().isEmpty()) {
            return QStringLiteral("turn %1 is empty").arg(i);
        }
        if (turn.startMs < 0 || turn.endMs < turn.startMs) {
            return QStringLiteral("turn %1 runs from %2 to %3").arg(i).arg(turn.startMs).arg(turn.endMs);
        }
        if (i > 0 && (turn.startMs < turns.at(i - 1).startMs || turn.startMs < turns.at(i - 1).endMs)) {
            return QStringLiteral("turn %1 starts at %2, before turn %3 ends at %4")
                .arg(i)
                .arg(turn.startMs)
                .arg(i - 1)
                .arg(turns.at(i - 1).endMs);
        }
    }
    const DemoTurn *customer = firstOf(turns, QStringLiteral("customer"));
    const DemoTurn *agent = firstOf(turns, QStringLiteral("agent"));
    if (!customer || !agent) {
        return QStringLiteral("a dialogue needs both a customer and an agent");
    }
    if (customer->startMs != 0 || customer > agent) {
        return QStringLiteral("the customer must speak first, at 0 ms (starts at %1)").arg(customer->startMs);
    }
    const qint64 wanted = std::llround(firstResponseS * 1000.0);
    if (std::abs(agent->startMs - customer->startMs - wanted) > 1) {
        return QStringLiteral("first response is %1 ms, wanted %2 ms")
            .arg(agent->startMs - customer->startMs)
            .arg(wanted);
    }
    return QString();
}

} // namespace

class TestDemoCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSameDialogue_data();
    void sameSeedGivesSameDialogue();
    void differentSeedsGiveDifferentDialogues();
    void timingInvariants_data();
    void timingInvariants();
    void phoneTimingIsPlausible();
    void holdsAreAnnouncedAndLongerWhenServiceIsPoor();
    void highQualityFollowsServiceFlow_data();
    void highQualityFollowsServiceFlow();
    void lowQualityBreaksServiceFlow_data();
    void lowQualityBreaksServiceFlow();
    void turnCountApproachesTarget_data();
    void turnCountApproachesTarget();
    void englishRequestsAreEnglish_data();
    void englishRequestsAreEnglish();
    void chineseRequestsAreChinese();
    void everyCategoryProducesItsOwnDialogues_data();
    void everyCategoryProducesItsOwnDialogues();
    void customersSometimesGiveNumbersToMask();
    void unknownChannelAndCategoryStillWork();
    void teamNamesAreDistinctAndStable();
    void agentNamesLookReal();
    void customerPhonesAreMainlandMobiles();
    void phraseBooksComeFromResources();
    void phraseBookReaderBuildsTheCategoryIndex();
};

void TestDemoCorpus::sameSeedGivesSameDialogue_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("english");
    for (const QString &channel : channels) {
        QTest::addRow("%s", qPrintable(channel)) << channel << false;
        QTest::addRow("%s english", qPrintable(channel)) << channel << true;
    }
}

void TestDemoCorpus::sameSeedGivesSameDialogue()
{
    QFETCH(QString, channel);
    QFETCH(bool, english);
    for (const QString &category : categories) {
        const DialogueRequest r = request(channel, category, 0.6, 40, english, 4.5);
        QRandomGenerator a(20240305);
        QRandomGenerator b(20240305);
        const QList<DemoTurn> first = DialogueCorpus::generate(r, a);
        const QList<DemoTurn> second = DialogueCorpus::generate(r, b);
        QCOMPARE(first, second);
        QCOMPARE(a.generate(), b.generate()); // the generator is left in the same state too
    }
}

void TestDemoCorpus::differentSeedsGiveDifferentDialogues()
{
    const DialogueRequest r = request(QStringLiteral("chat"), QStringLiteral("complaint"), 0.7, 30);
    QSet<QString> transcripts;
    for (quint32 seed = 1; seed <= 50; ++seed) {
        QRandomGenerator rng(seed);
        QString all;
        for (const DemoTurn &turn : DialogueCorpus::generate(r, rng)) {
            all += turn.speaker + turn.text + QString::number(turn.startMs);
        }
        transcripts.insert(all);
    }
    QCOMPARE(transcripts.size(), 50);
}

void TestDemoCorpus::timingInvariants_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<double>("quality");
    QTest::addColumn<bool>("english");
    for (const QString &channel : channels) {
        for (const double quality : {0.0, 0.3, 0.6, 1.0}) {
            QTest::addRow("%s q%.1f", qPrintable(channel), quality) << channel << quality << false;
        }
        QTest::addRow("%s english", qPrintable(channel)) << channel << 0.5 << true;
    }
}

void TestDemoCorpus::timingInvariants()
{
    QFETCH(QString, channel);
    QFETCH(double, quality);
    QFETCH(bool, english);
    QRandomGenerator rng(7);
    for (int i = 0; i < 150; ++i) {
        const double firstResponse =
            channel == QLatin1String("email") ? 3600.0 * (1 + rng.bounded(20)) : 0.25 * rng.bounded(200);
        const DialogueRequest r = request(channel, categories.at(i % categories.size()), quality,
                                          4 + static_cast<int>(rng.bounded(80)), english, firstResponse);
        const QList<DemoTurn> turns = DialogueCorpus::generate(r, rng);
        const QString problem = timingProblem(turns, firstResponse);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("dialogue %1: %2").arg(i).arg(problem)));
    }
}

void TestDemoCorpus::phoneTimingIsPlausible()
{
    // Spoken Chinese runs at roughly 2.5-4 characters a second; allow for the short fixed lead-in.
    QRandomGenerator rng(11);
    qint64 characters = 0;
    qint64 speakingMs = 0;
    for (int i = 0; i < 100; ++i) {
        const QList<DemoTurn> turns =
            DialogueCorpus::generate(request(QStringLiteral("phone"), categories.at(i % 5), 0.7, 30, false, 30), rng);
        for (const DemoTurn &turn : turns) {
            if (turn.speaker != QLatin1String("system") && &turn != firstOf(turns, QStringLiteral("customer"))) {
                characters += turn.text.size();
                speakingMs += turn.endMs - turn.startMs;
            }
        }
    }
    const double rate = 1000.0 * double(characters) / double(speakingMs);
    QVERIFY2(rate > 2.3 && rate < 4.0, qPrintable(QString::number(rate)));

    // Chat messages and mails are stamped when sent; mails are hours apart.
    const QList<DemoTurn> mails = DialogueCorpus::generate(
        request(QStringLiteral("email"), QStringLiteral("after_sales"), 0.8, 8, false, 7200), rng);
    for (qsizetype i = 1; i < mails.size(); ++i) {
        QCOMPARE(mails.at(i).endMs, mails.at(i).startMs);
        QVERIFY(mails.at(i).startMs - mails.at(i - 1).startMs >= 3600 * 1000);
    }
}

void TestDemoCorpus::holdsAreAnnouncedAndLongerWhenServiceIsPoor()
{
    // A gap of more than 10 s is a hold (or the customer's "还在吗？" after a silence); good agents
    // announce it first.
    const auto holdStats = [](double quality, int &holds, int &announced, qint64 &totalGapMs) {
        QRandomGenerator rng(99);
        holds = announced = 0;
        totalGapMs = 0;
        for (int i = 0; i < 200; ++i) {
            const QList<DemoTurn> turns = DialogueCorpus::generate(
                request(QStringLiteral("phone"), categories.at(i % 5), quality, 40, false, 3), rng);
            for (qsizetype t = 1; t < turns.size(); ++t) {
                const qint64 gap = turns.at(t).startMs - turns.at(t - 1).endMs;
                if (gap > 10000) {
                    ++holds;
                    totalGapMs += gap;
                    announced += turns.at(t - 1).speaker == QLatin1String("agent") &&
                                         turns.at(t - 1).text.contains(QStringLiteral("稍等"))
                                     ? 1
                                     : 0;
                }
            }
        }
    };
    int goodHolds = 0, goodAnnounced = 0, poorHolds = 0, poorAnnounced = 0;
    qint64 goodGap = 0, poorGap = 0;
    holdStats(0.95, goodHolds, goodAnnounced, goodGap);
    holdStats(0.05, poorHolds, poorAnnounced, poorGap);
    QVERIFY(goodHolds > 50);
    QCOMPARE(goodAnnounced, goodHolds);
    QVERIFY2(poorHolds > goodHolds, qPrintable(QStringLiteral("%1 vs %2").arg(poorHolds).arg(goodHolds)));
    QVERIFY(double(poorGap) / poorHolds > 2.0 * double(goodGap) / goodHolds);
}

void TestDemoCorpus::highQualityFollowsServiceFlow_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("english");
    QTest::addColumn<int>("turns");
    for (const QString &channel : channels) {
        QTest::addRow("%s short", qPrintable(channel)) << channel << false << 4;
        QTest::addRow("%s", qPrintable(channel)) << channel << false << 30;
        QTest::addRow("%s english", qPrintable(channel)) << channel << true << 30;
    }
}

void TestDemoCorpus::highQualityFollowsServiceFlow()
{
    QFETCH(QString, channel);
    QFETCH(bool, english);
    QFETCH(int, turns);
    const QString greeting = english ? QStringLiteral("my name is") : QStringLiteral("很高兴为您服务");
    const QString satisfaction = english ? QStringLiteral("satisf") : QStringLiteral("满意");
    QRandomGenerator rng(2024);
    int greeted = 0;
    int askedSatisfaction = 0;
    int restated = 0;
    for (int i = 0; i < 200; ++i) {
        const QList<DemoTurn> dialogue =
            DialogueCorpus::generate(request(channel, categories.at(i % 5), 0.95, turns, english), rng);
        greeted += firstOf(dialogue, QStringLiteral("agent"))->text.contains(greeting, Qt::CaseInsensitive) ? 1 : 0;
        askedSatisfaction += agentSays(dialogue, satisfaction) ? 1 : 0;
        restated +=
            agentSays(dialogue, english ? QStringLiteral("confirm") : QStringLiteral("您是说")) ||
                    agentSays(dialogue, english ? QStringLiteral("understand") : QStringLiteral("您的意思是")) ||
                    agentSays(dialogue, english ? QStringLiteral("right:") : QStringLiteral("您反映的是"))
                ? 1
                : 0;
    }
    QCOMPARE(greeted, 200);
    QCOMPARE(askedSatisfaction, 200);
    if (turns >= 10) {
        QVERIFY2(restated >= 190, qPrintable(QString::number(restated)));
    }
}

void TestDemoCorpus::lowQualityBreaksServiceFlow_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("english");
    for (const QString &channel : channels) {
        QTest::addRow("%s", qPrintable(channel)) << channel << false;
        QTest::addRow("%s english", qPrintable(channel)) << channel << true;
    }
}

void TestDemoCorpus::lowQualityBreaksServiceFlow()
{
    QFETCH(QString, channel);
    QFETCH(bool, english);
    const QString greeting = english ? QStringLiteral("my name is") : QStringLiteral("很高兴为您服务");
    const QString satisfaction = english ? QStringLiteral("satisf") : QStringLiteral("满意");
    const QString complaint = english ? QStringLiteral("terrible") : QStringLiteral("太差");
    QRandomGenerator rng(2025);
    int greeted = 0;
    int askedSatisfaction = 0;
    int complained = 0;
    for (int i = 0; i < 200; ++i) {
        const QList<DemoTurn> dialogue =
            DialogueCorpus::generate(request(channel, categories.at(i % 5), 0.1, 30, english), rng);
        greeted += firstOf(dialogue, QStringLiteral("agent"))->text.contains(greeting, Qt::CaseInsensitive) ? 1 : 0;
        askedSatisfaction += agentSays(dialogue, satisfaction) ? 1 : 0;
        for (const DemoTurn &turn : dialogue) {
            if (turn.speaker == QLatin1String("customer") && turn.text.contains(complaint, Qt::CaseInsensitive)) {
                ++complained;
                break;
            }
        }
    }
    QVERIFY2(greeted <= 20, qPrintable(QString::number(greeted)));
    QVERIFY2(askedSatisfaction <= 20, qPrintable(QString::number(askedSatisfaction)));
    QVERIFY2(complained >= 40, qPrintable(QString::number(complained)));
}

void TestDemoCorpus::turnCountApproachesTarget_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("target");
    QTest::addColumn<double>("quality");
    for (const QString &channel : channels) {
        for (const int target : {4, 10, 40, 200, 2000}) {
            for (const double quality : {0.1, 0.9}) {
                QTest::addRow("%s %d q%.1f", qPrintable(channel), target, quality) << channel << target << quality;
            }
        }
    }
}

void TestDemoCorpus::turnCountApproachesTarget()
{
    QFETCH(QString, channel);
    QFETCH(int, target);
    QFETCH(double, quality);
    QRandomGenerator rng(static_cast<quint32>(target));
    const int dialogues = target >= 2000 ? 5 : 40;
    for (int i = 0; i < dialogues; ++i) {
        const double firstResponse = channel == QLatin1String("email") ? 5400.0 : 2.5;
        const QList<DemoTurn> turns = DialogueCorpus::generate(
            request(channel, categories.at(i % 5), quality, target, i % 7 == 0, firstResponse), rng);
        const qsizetype count = turns.size();
        QVERIFY2(count >= std::ceil(target * 0.75) && count <= std::floor(target * 1.25) + (target < 10 ? 1 : 0),
                 qPrintable(QStringLiteral("dialogue %1: %2 turns for a target of %3").arg(i).arg(count).arg(target)));
        QVERIFY(timingProblem(turns, firstResponse).isEmpty());
    }
}

void TestDemoCorpus::englishRequestsAreEnglish_data()
{
    QTest::addColumn<QString>("channel");
    for (const QString &channel : channels) {
        QTest::addRow("%s", qPrintable(channel)) << channel;
    }
}

void TestDemoCorpus::englishRequestsAreEnglish()
{
    QFETCH(QString, channel);
    QRandomGenerator rng(5);
    for (int i = 0; i < 300; ++i) {
        const QList<DemoTurn> turns =
            DialogueCorpus::generate(request(channel, categories.at(i % 5), (i % 11) / 10.0, 10 + i % 50, true), rng);
        for (const DemoTurn &turn : turns) {
            QVERIFY2(!hasCjk(turn.text), qPrintable(turn.text));
            QVERIFY2(!turn.text.contains(QStringLiteral("  ")) && turn.text == turn.text.trimmed(),
                     qPrintable(turn.text));
        }
    }
}

void TestDemoCorpus::chineseRequestsAreChinese()
{
    QRandomGenerator rng(6);
    for (int i = 0; i < 200; ++i) {
        const QList<DemoTurn> turns =
            DialogueCorpus::generate(request(channels.at(i % 4), categories.at(i % 5), (i % 11) / 10.0, 12), rng);
        for (const DemoTurn &turn : turns) {
            QVERIFY2(hasCjk(turn.text), qPrintable(turn.text));
            QVERIFY2(!turn.text.contains(QLatin1Char('{')), qPrintable(turn.text)); // every slot was filled
        }
    }
}

void TestDemoCorpus::everyCategoryProducesItsOwnDialogues_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("english");
    for (const QString &category : categories) {
        QTest::addRow("%s", qPrintable(category)) << category << false;
        QTest::addRow("%s english", qPrintable(category)) << category << true;
    }
}

void TestDemoCorpus::everyCategoryProducesItsOwnDialogues()
{
    QFETCH(QString, category);
    QFETCH(bool, english);
    QRandomGenerator rng(8);
    QSet<QString> openings;
    for (int i = 0; i < 200; ++i) {
        const QList<DemoTurn> turns =
            DialogueCorpus::generate(request(channels.at(i % 4), category, 0.8, 20, english), rng);
        QVERIFY(turns.size() >= 15);
        openings.insert(firstOf(turns, QStringLiteral("customer"))->text);
    }
    // Several scenarios with several phrasings each: openings vary a lot.
    QVERIFY2(openings.size() >= 30, qPrintable(QString::number(openings.size())));
}

void TestDemoCorpus::customersSometimesGiveNumbersToMask()
{
    const QRegularExpression phone(QStringLiteral("(?<!\\d)1[3-9]\\d{9}(?!\\d)"));
    const QRegularExpression idCard(QStringLiteral("(?<![0-9A-Za-z])\\d{17}[\\dX](?![0-9A-Za-z])"));
    const QRegularExpression bankCard(QStringLiteral("(?<!\\d)62\\d{14}(?:\\d{3})?(?!\\d)"));
    QRandomGenerator rng(12);
    int phones = 0, ids = 0, cards = 0;
    for (int i = 0; i < 500; ++i) {
        const QList<DemoTurn> turns =
            DialogueCorpus::generate(request(channels.at(i % 4), categories.at(i % 5), 0.8, 30), rng);
        for (const DemoTurn &turn : turns) {
            if (turn.speaker == QLatin1String("customer")) {
                phones += turn.text.contains(phone) ? 1 : 0;
                ids += turn.text.contains(idCard) ? 1 : 0;
                cards += turn.text.contains(bankCard) ? 1 : 0;
            }
        }
    }
    QVERIFY2(phones >= 50 && ids >= 10 && cards >= 5,
             qPrintable(QStringLiteral("%1 phones, %2 ID cards, %3 bank cards").arg(phones).arg(ids).arg(cards)));
}

void TestDemoCorpus::unknownChannelAndCategoryStillWork()
{
    QRandomGenerator rng(13);
    const QList<DemoTurn> turns =
        DialogueCorpus::generate(request(QStringLiteral("fax"), QStringLiteral("praise"), 2.0, 1, false, -5), rng);
    QVERIFY(turns.size() >= 4);
    QVERIFY(timingProblem(turns, 0.0).isEmpty());
}

void TestDemoCorpus::teamNamesAreDistinctAndStable()
{
    const QStringList names = qadesk::DemoNames::teamNames(150);
    QCOMPARE(names.size(), 150);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 150);
    QCOMPARE(qadesk::DemoNames::teamNames(150), names);
    QCOMPARE(qadesk::DemoNames::teamNames(3),
             QStringList({QStringLiteral("售后一组"), QStringLiteral("售后二组"), QStringLiteral("售后三组")}));
    QVERIFY(names.mid(0, 24).contains(QStringLiteral("VIP专席")));
    QCOMPARE(names.at(24), QStringLiteral("综合服务一组"));
    QCOMPARE(names.at(24 + 34), QStringLiteral("综合服务三十五组"));
    QVERIFY(qadesk::DemoNames::teamNames(0).isEmpty());
}

void TestDemoCorpus::agentNamesLookReal()
{
    QRandomGenerator rng(3);
    QSet<QString> names;
    int english = 0;
    int wang = 0;
    const QRegularExpression chinese(QStringLiteral("^\\p{Han}{2,4}$"));
    const QRegularExpression latin(QStringLiteral("^[A-Z][a-z]+ [A-Z][a-z]+$"));
    for (int i = 0; i < 5000; ++i) {
        const QString name = qadesk::DemoNames::agentName(rng);
        names.insert(name);
        if (latin.match(name).hasMatch()) {
            ++english;
        } else {
            QVERIFY2(chinese.match(name).hasMatch(), qPrintable(name));
            wang += name.startsWith(QStringLiteral("王")) ? 1 : 0;
        }
    }
    QVERIFY2(english > 75 && english < 250, qPrintable(QString::number(english))); // about 3 %
    QVERIFY2(wang > 200 && wang < 600, qPrintable(QString::number(wang)));         // the commonest surname
    QVERIFY(names.size() > 2500);
    QRandomGenerator a(1);
    QRandomGenerator b(1);
    QCOMPARE(qadesk::DemoNames::agentName(a), qadesk::DemoNames::agentName(b));
}

void TestDemoCorpus::customerPhonesAreMainlandMobiles()
{
    QRandomGenerator rng(4);
    const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    QSet<QString> phones;
    for (int i = 0; i < 1000; ++i) {
        const QString phone = qadesk::DemoNames::customerPhone(rng);
        QVERIFY2(mobile.match(phone).hasMatch(), qPrintable(phone));
        phones.insert(phone);
    }
    QCOMPARE(phones.size(), 1000);
}

// The tables live in resources/demo/phrases_*.json: both languages load whole, with every list a dialogue
// draws from.
void TestDemoCorpus::phraseBooksComeFromResources()
{
    using namespace qadesk::demo;
    for (const PhraseBook *book : {&PhraseBook::chinese(), &PhraseBook::english()}) {
        QCOMPARE(book->scenarios.size(), 16);
        QSet<QString> keys;
        for (const Scenario &s : book->scenarios) {
            QVERIFY2(!s.key.isEmpty() && !keys.contains(s.key), qPrintable(s.key));
            keys.insert(s.key);
            QVERIFY2(!s.problems.isEmpty() && !s.needs.isEmpty() && !s.analyses.isEmpty() && !s.solutions.isEmpty(),
                     qPrintable(s.key));
        }
        for (const QList<int> &scenarios : book->byCategory) {
            QVERIFY(!scenarios.isEmpty());
        }
        for (const ChannelPhrases &channel : book->common.channels) {
            QVERIFY(!channel.greetingsBeforeProblem.isEmpty());
            QVERIFY(!channel.closings.isEmpty());
        }
        QVERIFY(!book->common.followUps.isEmpty());
        QVERIFY(!book->common.identityAsks[int(Identity::Phone)].isEmpty());
        QVERIFY(book->common.identityAsks[int(Identity::None)].isEmpty());
    }
}

void TestDemoCorpus::phraseBookReaderBuildsTheCategoryIndex()
{
    using namespace qadesk::demo;
    const QByteArray json = R"({"common": {"channels": {}, "accepts": ["好的。"], "followUps": [["几点？", "{hours}点。"]]},
        "scenarios": [
            {"key": "a", "categories": ["complaint", "other"], "identity": "order", "aboutOrder": true,
             "problems": ["订单{order}没到。"]},
            {"key": "b", "categories": ["consultation", "after_sales", "suggestion"], "identity": "none"}]})";
    const PhraseBook book = PhraseBookReader::fromJson(json, QStringLiteral("inline"));
    QCOMPARE(book.scenarios.size(), 2);
    QCOMPARE(book.scenarios.at(0).identity, Identity::Order);
    QVERIFY(book.scenarios.at(0).aboutOrder);
    QCOMPARE(book.scenarios.at(0).problems.size(), 1);
    QCOMPARE(book.byCategory[0], QList<int>{1}); // consultation
    QCOMPARE(book.byCategory[1], QList<int>{0}); // complaint
    QCOMPARE(book.byCategory[4], QList<int>{0}); // other
    QCOMPARE(book.common.accepts.size(), 1);
    QCOMPARE(book.common.followUps.size(), 1);
}

QTEST_GUILESS_MAIN(TestDemoCorpus)
#include "tst_demo_corpus.moc"
