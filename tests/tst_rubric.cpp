#include "Error.h"
#include "scoring/RubricLoader.h"
#include "storage/Connection.h"
#include "storage/RubricStore.h"
#include "storage/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace qadesk;

namespace {

const QString Source = QStringLiteral("test.json");

QJsonObject defaultObject()
{
    return QJsonDocument::fromJson(RubricLoader::toJson(RubricLoader::defaultRubric())).object();
}

QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = defaultObject();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Edits one element of an array member in place (QJsonObject hands out copies).
void editElement(QJsonObject &parent, const QString &arrayName, int index,
                 const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray array = parent.value(arrayName).toArray();
    QJsonObject element = array.at(index).toObject();
    edit(element);
    array[index] = element;
    parent.insert(arrayName, array);
}

QByteArray editedDimension(int index, const std::function<void(QJsonObject &)> &edit)
{
    return edited([&](QJsonObject &root) { editElement(root, QStringLiteral("dimensions"), index, edit); });
}

QByteArray editedLevel(int dimension, int level, const std::function<void(QJsonObject &)> &edit)
{
    return editedDimension(dimension,
                           [&](QJsonObject &object) { editElement(object, QStringLiteral("levels"), level, edit); });
}

QByteArray withKeyOf(const QString &arrayName, int index, const QString &key)
{
    return edited([&](QJsonObject &root) {
        editElement(root, arrayName, index, [&](QJsonObject &item) { item.insert(QStringLiteral("key"), key); });
    });
}

// The rows an evaluation needs before it can point at a rubric version.
void insertEvaluation(Connection &connection, int rubricVersionId)
{
    connection.run(QStringLiteral("INSERT INTO agents (code, name) VALUES ('A001', 'Agent')"));
    connection.run(QStringLiteral("INSERT INTO users (login, display_name) VALUES ('qa', 'Inspector')"));
    connection.run(QStringLiteral("INSERT INTO interactions (external_id, started_at, day, agent_id) "
                                  "VALUES ('CALL-1', 0, 0, (SELECT id FROM agents WHERE code = 'A001'))"));
    connection.run(QStringLiteral("INSERT INTO evaluations (interaction_id, rubric_version_id, inspector_id, "
                                  "created_at, updated_at) VALUES ((SELECT id FROM interactions), ?, "
                                  "(SELECT id FROM users), 0, 0)"),
                   {rubricVersionId});
}

int evaluationVersionId(Connection &connection)
{
    QSqlQuery query = connection.run(QStringLiteral("SELECT rubric_version_id FROM evaluations"));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestRubric final : public QObject
{
    Q_OBJECT

private slots:
    void defaultRubric();
    void defaultRubricTexts();
    void validationErrors_data();
    void validationErrors();
    void syntaxErrorPosition_data();
    void syntaxErrorPosition();
    void longValuesAreQuotedShort_data();
    void longValuesAreQuotedShort();
    void roundTrip();
    void customFileNormalized();
    void fileErrorsNameTheFile();
    void localizedText();

    void storeEnsureDefault();
    void storeEditUnusedVersionInPlace();
    void storeEditUsedVersionCreatesNext();
    void storeUnchangedSaveAddsNothing();
    void storeRejectsInvalidRubric();
    void storeNewRubric();
};

void TestRubric::defaultRubric()
{
    const Rubric rubric = RubricLoader::defaultRubric();
    QCOMPARE(rubric.key, QStringLiteral("default"));
    QCOMPARE(rubric.dimensions.size(), 6);
    const QStringList keys{QStringLiteral("response"),  QStringLiteral("attitude"),     QStringLiteral("resolution"),
                           QStringLiteral("knowledge"), QStringLiteral("satisfaction"), QStringLiteral("records")};
    const QList<double> weights{15, 20, 25, 15, 15, 10};
    for (int i = 0; i < 6; ++i) {
        const RubricDimension &dimension = rubric.dimensions.at(i);
        QCOMPARE(dimension.key, keys.at(i));
        QCOMPARE(dimension.weight, weights.at(i));
        QCOMPARE(rubric.dimensionIndex(keys.at(i)), i);
        QCOMPARE(dimension.levels.size(), 5);
        for (int level = 1; level <= 5; ++level) {
            QCOMPARE(dimension.levels.at(level - 1).level, level);
            QVERIFY(!dimension.levels.at(level - 1).descriptionZh.isEmpty());
            QVERIFY(!dimension.levels.at(level - 1).descriptionEn.isEmpty());
        }
    }
    QCOMPARE(rubric.totalWeight(), 100.0);
    QCOMPARE(rubric.dimensionIndex(QStringLiteral("nope")), -1);

    QStringList steps;
    for (const ChecklistStep &step : rubric.checklist) {
        steps << step.key;
        QVERIFY(!step.descriptionZh.isEmpty() && !step.descriptionEn.isEmpty());
    }
    QCOMPARE(steps, (QStringList{QStringLiteral("greeting"), QStringLiteral("confirm_need"), QStringLiteral("analyse"),
                                 QStringLiteral("solution"), QStringLiteral("follow_up"), QStringLiteral("record")}));
    QCOMPARE(rubric.criticalItems.size(), 2);
    QCOMPARE(rubric.criticalItems.at(0).key, QStringLiteral("disclosed_customer_data"));
    QCOMPARE(rubric.criticalItems.at(1).key, QStringLiteral("abusive_language"));

    QStringList bands;
    QList<double> minima;
    for (const GradeBand &band : rubric.gradeBands) {
        bands << band.key;
        minima << band.minScore;
    }
    QCOMPARE(bands, (QStringList{QStringLiteral("excellent"), QStringLiteral("good"), QStringLiteral("pass"),
                                 QStringLiteral("needs_improvement")}));
    QCOMPARE(minima, (QList<double>{90, 80, 60, 0}));
    QCOMPARE(rubric.lowestGrade()->key, QStringLiteral("needs_improvement"));
    // Parsed once and shared.
    QCOMPARE(RubricLoader::defaultRubric(), rubric);
}

void TestRubric::defaultRubricTexts()
{
    const Rubric rubric = RubricLoader::defaultRubric();
    const RubricDimension &response = rubric.dimensions.at(0);
    QCOMPARE(response.nameZh, QStringLiteral("响应速度"));
    QCOMPARE(response.nameEn, QStringLiteral("Response speed"));
    QCOMPARE(response.level(1)->descriptionZh, QStringLiteral("超过30秒未响应（邮件超过24小时）"));
    QCOMPARE(response.level(5)->descriptionZh, QStringLiteral("3秒内响应（邮件1小时内）"));
    // Response speed per channel: seconds on the phone and in chat, hours for e-mail; "other" the default.
    QCOMPARE(rubric.responseSeconds(QStringLiteral("phone")), (QList<double>{3, 5, 10, 30}));
    QCOMPARE(rubric.responseSeconds(QStringLiteral("chat")), (QList<double>{3, 5, 10, 30}));
    QCOMPARE(rubric.responseSeconds(QStringLiteral("email")), (QList<double>{3600, 14400, 28800, 86400}));
    QCOMPARE(rubric.responseSeconds(QStringLiteral("other")), (QList<double>{3, 5, 10, 30}));
    QCOMPARE(response.level(5)->nameZh, QStringLiteral("优秀"));
    QCOMPARE(response.level(4)->nameEn, QStringLiteral("Good"));
    QCOMPARE(response.level(3)->nameZh, QStringLiteral("合格"));
    QCOMPARE(response.level(2)->nameZh, QStringLiteral("需改进"));
    QVERIFY(!response.level(0));
    QVERIFY(!response.level(6));
    QCOMPARE(rubric.dimensions.at(5).nameZh, QStringLiteral("信息记录规范性"));
    QCOMPARE(rubric.criticalItems.at(0).nameZh, QStringLiteral("泄露客户信息"));
    QCOMPARE(rubric.gradeBands.at(2).nameZh, QStringLiteral("合格"));
}

void TestRubric::validationErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not an object") << QByteArray("[1, 2]") << "a rubric must be a JSON object";
    QTest::newRow("response times not an object") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("response_times"), QJsonArray{1, 2});
    }) << "\"response_times\" must be an object of channels";
    QTest::newRow("response times of an unknown channel") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("response_times"), QJsonObject{{QStringLiteral("fax"), QJsonArray{1, 2, 3, 4}}});
    }) << "response times of \"fax\": unknown channel; expected one of phone, chat, email, other";
    QTest::newRow("three response times") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("response_times"), QJsonObject{{QStringLiteral("email"), QJsonArray{60, 120, 180}}});
    }) << "response times of \"email\": needs four thresholds in seconds, for levels 5, 4, 3 and 2 (found 3)";
    QTest::newRow("response times not increasing") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("response_times"),
                 QJsonObject{{QStringLiteral("email"), QJsonArray{3600, 1800, 28800, 86400}}});
    }) << "response times of \"email\": the thresholds must be positive and increasing (found 3600, 1800, 28800, 86400)";
    QTest::newRow("response time as text") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("response_times"),
                 QJsonObject{{QStringLiteral("chat"), QJsonArray{3, QStringLiteral("5"), 10, 30}}});
    }) << "response times of \"chat\": must be a list of four numbers of seconds";
    QTest::newRow("wrong format") << edited([](QJsonObject &r) { r.insert(QStringLiteral("format"), 2); })
                                  << "expected \"format\": \"qadesk.rubric.v1\"";
    QTest::newRow("no dimensions") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("dimensions"), QJsonArray());
    }) << "the rubric has no dimensions";
    QTest::newRow("dimensions missing") << edited([](QJsonObject &r) { r.remove(QStringLiteral("dimensions")); })
                                        << "\"dimensions\" is missing";
    QTest::newRow("weight 0") << editedDimension(1, [](QJsonObject &d) { d.insert(QStringLiteral("weight"), 0); })
                              << "dimension \"attitude\": the weight must be a number greater than 0 (found 0)";
    QTest::newRow("negative weight") << editedDimension(2, [](QJsonObject &d) {
        d.insert(QStringLiteral("weight"), -5);
    }) << "dimension \"resolution\": the weight must be a number greater than 0 (found -5)";
    QTest::newRow("weight as text") << editedDimension(1, [](QJsonObject &d) {
        d.insert(QStringLiteral("weight"), QStringLiteral("20"));
    }) << "dimension \"attitude\": \"weight\" must be a number";
    QTest::newRow("weight missing") << editedDimension(3, [](QJsonObject &d) { d.remove(QStringLiteral("weight")); })
                                    << "dimension \"knowledge\": \"weight\" is missing";
    QTest::newRow("four levels") << editedDimension(2, [](QJsonObject &d) {
        QJsonArray levels = d.value(QStringLiteral("levels")).toArray();
        levels.removeLast();
        d.insert(QStringLiteral("levels"), levels);
    }) << "dimension \"resolution\": needs exactly five levels numbered 1 to 5, each once (found levels: 1, 2, 3, 4)";
    QTest::newRow("level twice") << editedLevel(0, 3, [](QJsonObject &l) { l.insert(QStringLiteral("level"), 3); })
                                 << "dimension \"response\": needs exactly five levels numbered 1 to 5, each once "
                                    "(found levels: 1, 2, 3, 3, 5)";
    QTest::newRow("level 6") << editedLevel(0, 4, [](QJsonObject &l) { l.insert(QStringLiteral("level"), 6); })
                             << "dimension \"response\", level entry 5: \"level\" must be a whole number from 1 to 5";
    QTest::newRow("level 2.5") << editedLevel(0, 1, [](QJsonObject &l) { l.insert(QStringLiteral("level"), 2.5); })
                               << "\"level\" must be a whole number from 1 to 5 (found 2.5)";
    QTest::newRow("no English description") << editedLevel(3, 2, [](QJsonObject &l) {
        l.insert(QStringLiteral("description"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("准确")}});
    }) << "dimension \"knowledge\", level 3: the description is missing in English (\"en\")";
    QTest::newRow("no Chinese description") << editedLevel(4, 0, [](QJsonObject &l) {
        l.insert(QStringLiteral("description"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("  ")},
                                                            {QStringLiteral("en"), QStringLiteral("x")}});
    }) << "dimension \"satisfaction\", level 1: the description is missing in Chinese (\"zh\")";
    QTest::newRow("description as text") << editedLevel(4, 0, [](QJsonObject &l) {
        l.insert(QStringLiteral("description"), QStringLiteral("x"));
    }) << "\"description\" must be an object";
    QTest::newRow("duplicate dimension")
        << withKeyOf(QStringLiteral("dimensions"), 3, QStringLiteral("attitude"))
        << "dimension \"attitude\": the key appears twice; dimension keys must be unique";
    QTest::newRow("bad dimension key") << withKeyOf(QStringLiteral("dimensions"), 1, QStringLiteral("Service-Attitude"))
                                       << "dimension 2: the key \"Service-Attitude\" is not valid";
    QTest::newRow("key with digit first") << withKeyOf(QStringLiteral("dimensions"), 0, QStringLiteral("1st"))
                                          << "dimension 1: the key \"1st\" is not valid";
    QTest::newRow("dimension without name")
        << editedDimension(5, [](QJsonObject &d) { d.remove(QStringLiteral("name")); })
        << "dimension \"records\": the name is missing";
    QTest::newRow("duplicate checklist step") << withKeyOf(QStringLiteral("checklist"), 2, QStringLiteral("greeting"))
                                              << "checklist step \"greeting\": the key appears twice";
    QTest::newRow("bad checklist key") << withKeyOf(QStringLiteral("checklist"), 1, QStringLiteral("confirm need"))
                                       << "checklist step 2: the key \"confirm need\" is not valid";
    QTest::newRow("duplicate critical item")
        << withKeyOf(QStringLiteral("critical_items"), 1, QStringLiteral("disclosed_customer_data"))
        << "critical item \"disclosed_customer_data\": the key appears twice";
    QTest::newRow("no grade bands") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("grade_bands"), QJsonArray());
    }) << "the rubric has no grade bands";
    QTest::newRow("duplicate grade band") << withKeyOf(QStringLiteral("grade_bands"), 1, QStringLiteral("excellent"))
                                          << "grade band \"excellent\": the key appears twice";
    QTest::newRow("lowest band above 0") << edited([](QJsonObject &r) {
        editElement(r, QStringLiteral("grade_bands"), 3,
                    [](QJsonObject &b) { b.insert(QStringLiteral("min_score"), 10); });
    }) << "grade band \"needs_improvement\": the lowest grade band starts at 10; it must start at 0 or lower";
    QTest::newRow("two bands at one score") << edited([](QJsonObject &r) {
        editElement(r, QStringLiteral("grade_bands"), 1,
                    [](QJsonObject &b) { b.insert(QStringLiteral("min_score"), 90); });
    }) << "has the same \"min_score\" (90) as grade band";
    QTest::newRow("rubric key missing") << edited([](QJsonObject &r) { r.remove(QStringLiteral("key")); })
                                        << "\"key\" is missing";
}

void TestRubric::validationErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    try {
        RubricLoader::fromJson(json, Source);
        QFAIL("the rubric was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().startsWith(Source + QStringLiteral(": ")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
    }
}

void TestRubric::syntaxErrorPosition_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing comma on line 4")
        << QByteArray("{\n  \"format\": \"qadesk.rubric.v1\",\n  \"key\": \"broken\"\n  \"name\": {}\n}")
        << "JSON syntax error at line 4, column 4";
    // Columns count characters, not UTF-8 bytes.
    QTest::newRow("after Chinese text") << QByteArray("{\"key\": \"中文\" x}") << "line 1, column 15";
    QTest::newRow("empty file") << QByteArray() << "JSON syntax error at line 1, column 1";
}

void TestRubric::syntaxErrorPosition()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    try {
        RubricLoader::fromJson(json, Source);
        QFAIL("the rubric was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().startsWith(Source + QStringLiteral(": ")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
    }
}

// Found by fuzz_rubric: a message quotes at most 200 characters of a value (then an ellipsis), not the value.
void TestRubric::longValuesAreQuotedShort_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    const QString longKey(100000, QLatin1Char('k'));
    QTest::newRow("format") << edited([&](QJsonObject &r) { r.insert(QStringLiteral("format"), longKey); })
                            << "not a QA Desk rubric";
    QTest::newRow("invalid key") << withKeyOf(QStringLiteral("checklist"), 1, longKey.toUpper())
                                 << "checklist step 2: the key \"KKK";
    QTest::newRow("valid key twice") << edited([&](QJsonObject &r) {
        editElement(r, QStringLiteral("dimensions"), 0,
                    [&](QJsonObject &d) { d.insert(QStringLiteral("key"), longKey); });
        editElement(r, QStringLiteral("dimensions"), 1,
                    [&](QJsonObject &d) { d.insert(QStringLiteral("key"), longKey); });
    }) << "the key appears twice";
    QTest::newRow("lowest band above 0") << edited([&](QJsonObject &r) {
        editElement(r, QStringLiteral("grade_bands"), 3, [&](QJsonObject &b) {
            b.insert(QStringLiteral("key"), longKey);
            b.insert(QStringLiteral("min_score"), 10);
        });
    }) << "the lowest grade band starts at 10";
}

void TestRubric::longValuesAreQuotedShort()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    try {
        RubricLoader::fromJson(json, Source);
        QFAIL("the rubric was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message().left(400)));
        QVERIFY2(error.message().size() < 600, qPrintable(QString::number(error.message().size())));
        QVERIFY(error.message().contains(QChar(0x2026)));
    }
}

void TestRubric::roundTrip()
{
    const Rubric original = RubricLoader::defaultRubric();
    const QByteArray json = RubricLoader::toJson(original);
    const Rubric copy = RubricLoader::fromJson(json, Source);
    QCOMPARE(copy, original);
    QCOMPARE(RubricLoader::toJson(copy), json);

    Rubric changed = original;
    changed.dimensions[0].weight = 12.5;
    changed.gradeBands.last().minScore = -10;
    changed.checklist.clear();
    changed.criticalItems.clear();
    const Rubric changedCopy = RubricLoader::fromJson(RubricLoader::toJson(changed), Source);
    QCOMPARE(changedCopy, changed);
    QVERIFY(!(changedCopy == original));
}

void TestRubric::customFileNormalized()
{
    const Rubric rubric = RubricLoader::fromFile(QStringLiteral(QADESK_TEST_DATA "/rubrics/three_dimensions.json"));
    QCOMPARE(rubric.key, QStringLiteral("chat_small"));
    QCOMPARE(rubric.dimensions.size(), 3);
    QCOMPARE(rubric.dimensions.at(2).weight, 1.5);
    QVERIFY(rubric.checklist.isEmpty());
    QVERIFY(rubric.criticalItems.isEmpty());
    // The file lists the tone levels 5 … 1; the loader puts them in order and names them by level.
    const RubricDimension &tone = rubric.dimensions.at(1);
    for (int level = 1; level <= 5; ++level) {
        QCOMPARE(tone.levels.at(level - 1).level, level);
    }
    QCOMPARE(tone.levels.at(4).nameZh, QStringLiteral("优秀"));
    QCOMPARE(tone.levels.at(0).nameEn, QStringLiteral("Needs improvement"));
    QCOMPARE(rubric.gradeFor(70)->key, QStringLiteral("ok"));
    QCOMPARE(rubric.gradeFor(69.9)->key, QStringLiteral("not_ok"));
}

void TestRubric::fileErrorsNameTheFile()
{
    const QString bad = QStringLiteral(QADESK_TEST_DATA "/rubrics/bad_weight.json");
    QVERIFY_THROWS_EXCEPTION(Error, RubricLoader::fromFile(bad));
    try {
        RubricLoader::fromFile(bad);
    } catch (const Error &error) {
        QVERIFY2(error.message().startsWith(bad + QStringLiteral(": dimension \"tone\": the weight")),
                 qPrintable(error.message()));
    }
    const QString missing = QStringLiteral(QADESK_TEST_DATA "/rubrics/does_not_exist.json");
    try {
        RubricLoader::fromFile(missing);
        QFAIL("a missing file was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(missing), qPrintable(error.message()));
    }
}

void TestRubric::localizedText()
{
    QCOMPARE(localized(QStringLiteral("优秀"), QStringLiteral("Excellent"), true), QStringLiteral("优秀"));
    QCOMPARE(localized(QStringLiteral("优秀"), QStringLiteral("Excellent"), false), QStringLiteral("Excellent"));
    QCOMPARE(localized(QString(), QStringLiteral("Excellent"), true), QStringLiteral("Excellent"));
    QCOMPARE(localized(QStringLiteral("优秀"), QString(), false), QStringLiteral("优秀"));
    QVERIFY(prefersChinese(QLocale(QLocale::Chinese, QLocale::China)));
    QVERIFY(prefersChinese(QLocale(QLocale::Chinese, QLocale::Taiwan)));
    QVERIFY(!prefersChinese(QLocale(QLocale::English, QLocale::UnitedStates)));
    const GradeBand &pass = RubricLoader::defaultRubric().gradeBands.at(2);
    QCOMPARE(pass.name(true), QStringLiteral("合格"));
    QCOMPARE(pass.name(false), QStringLiteral("Pass"));
}

void TestRubric::storeEnsureDefault()
{
    Connection connection(QStringLiteral(":memory:"));
    Schema::migrate(connection);
    RubricStore store(connection);
    QCOMPARE(store.currentVersionId(QStringLiteral("default")), 0);
    const int id = store.ensureDefault();
    QVERIFY(id > 0);
    QCOMPARE(store.currentVersionId(QStringLiteral("default")), id);
    QCOMPARE(store.versionInfo(id).version, 1);
    QCOMPARE(store.versionInfo(id).rubricKey, QStringLiteral("default"));
    QVERIFY(store.versionInfo(id).createdAt > 0);
    QCOMPARE(store.load(id), RubricLoader::defaultRubric());
    QCOMPARE(store.ensureDefault(), id);
    QCOMPARE(store.versions(QStringLiteral("default")).size(), 1);
    QVERIFY(!store.isUsed(id));
    QVERIFY_THROWS_EXCEPTION(Error, store.load(id + 100));
}

void TestRubric::storeEditUnusedVersionInPlace()
{
    Connection connection(QStringLiteral(":memory:"));
    Schema::migrate(connection);
    RubricStore store(connection);
    const int id = store.ensureDefault();

    Rubric rubric = store.load(id);
    rubric.dimensions[0].weight = 30;
    rubric.dimensions[0].levels[4].descriptionZh = QStringLiteral("2秒内响应");
    QCOMPARE(store.save(rubric), id);
    QCOMPARE(store.versionInfo(id).version, 1);
    QCOMPARE(store.versions(QStringLiteral("default")).size(), 1);
    const Rubric reloaded = store.load(id);
    QCOMPARE(reloaded.dimensions.at(0).weight, 30.0);
    QCOMPARE(reloaded.dimensions.at(0).levels.at(4).descriptionZh, QStringLiteral("2秒内响应"));
}

void TestRubric::storeEditUsedVersionCreatesNext()
{
    Connection connection(QStringLiteral(":memory:"));
    Schema::migrate(connection);
    RubricStore store(connection);
    const int first = store.ensureDefault();
    insertEvaluation(connection, first);
    QVERIFY(store.isUsed(first));

    Rubric rubric = store.load(first);
    rubric.dimensions[2].weight = 40;
    const int second = store.save(rubric);
    QVERIFY(second != first);
    QCOMPARE(store.versionInfo(second).version, 2);
    QCOMPARE(store.currentVersionId(QStringLiteral("default")), second);
    QCOMPARE(store.load(second).dimensions.at(2).weight, 40.0);
    // The evaluation still points at, and can still load, what it was scored with.
    QCOMPARE(evaluationVersionId(connection), first);
    QCOMPARE(store.load(first).dimensions.at(2).weight, 25.0);
    QCOMPARE(store.load(first), RubricLoader::defaultRubric());

    // Version 2 is unused: a further edit changes it in place.
    rubric.dimensions[2].weight = 35;
    QCOMPARE(store.save(rubric), second);
    QCOMPARE(store.load(second).dimensions.at(2).weight, 35.0);
    const QList<RubricVersionInfo> versions = store.versions(QStringLiteral("default"));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).version, 2);
    QCOMPARE(versions.at(1).version, 1);
}

void TestRubric::storeUnchangedSaveAddsNothing()
{
    Connection connection(QStringLiteral(":memory:"));
    Schema::migrate(connection);
    RubricStore store(connection);
    const int first = store.ensureDefault();
    insertEvaluation(connection, first);
    QCOMPARE(store.save(store.load(first)), first);
    QCOMPARE(store.versions(QStringLiteral("default")).size(), 1);
}

void TestRubric::storeRejectsInvalidRubric()
{
    Connection connection(QStringLiteral(":memory:"));
    Schema::migrate(connection);
    RubricStore store(connection);
    const int id = store.ensureDefault();
    Rubric rubric = store.load(id);
    rubric.dimensions[1].weight = -1;
    try {
        store.save(rubric);
        QFAIL("an invalid rubric was saved");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("dimension \"attitude\": the weight")),
                 qPrintable(error.message()));
    }
    QCOMPARE(store.load(id).dimensions.at(1).weight, 20.0);
}

void TestRubric::storeNewRubric()
{
    Connection connection(QStringLiteral(":memory:"));
    Schema::migrate(connection);
    RubricStore store(connection);
    const Rubric custom = RubricLoader::fromFile(QStringLiteral(QADESK_TEST_DATA "/rubrics/three_dimensions.json"));
    const int id = store.save(custom);
    QVERIFY(id > 0);
    QCOMPARE(store.versionInfo(id).version, 1);
    QCOMPARE(store.currentVersionId(QStringLiteral("chat_small")), id);
    QCOMPARE(store.load(id), custom);
    QCOMPARE(store.currentVersionId(QStringLiteral("default")), 0);
}

QTEST_GUILESS_MAIN(TestRubric)
#include "tst_rubric.moc"
