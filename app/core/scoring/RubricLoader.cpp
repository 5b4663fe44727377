#include "RubricLoader.h"

#include "Error.h"
#include "domain/DomainLabels.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace qadesk {

namespace {

const QLatin1String FormatName("qadesk.rubric.v1");

// "source: where: what", the shape of every message this file throws.
[[noreturn]] void fail(const QString &source, const QString &where, const QString &what)
{
    throw Error(where.isEmpty() ? QStringLiteral("%1: %2").arg(source, what)
                                : QStringLiteral("%1: %2: %3").arg(source, where, what));
}

// Line and column (1-based, in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // continuation bytes belong to the previous character
            ++column;
        }
    }
    return {line, column};
}

QString defaultLevelName(int level, bool chinese)
{
    switch (level) {
    case 5:
        return chinese ? QStringLiteral("优秀") : QStringLiteral("Excellent");
    case 4:
        return chinese ? QStringLiteral("良好") : QStringLiteral("Good");
    case 3:
        return chinese ? QStringLiteral("合格") : QStringLiteral("Pass");
    default:
        return chinese ? QStringLiteral("需改进") : QStringLiteral("Needs improvement");
    }
}

// Reads one JSON document into a Rubric; every error names the place in the document.
class RubricParser final
{
public:
    explicit RubricParser(const QString &source) : m_source(source) {}

    Rubric parse(const QJsonObject &root)
    {
        const QString format = root.value(QLatin1String("format")).toString();
        if (format != FormatName) {
            fail(m_source, {},
                 QCoreApplication::translate("RubricLoader",
                                             "not a QA Desk rubric: expected \"format\": \"%1\" (found \"%2\")")
                     .arg(FormatName, excerpt(format)));
        }
        Rubric rubric;
        rubric.key = string(root, QStringLiteral("key"), {}, true);
        bilingual(root, QStringLiteral("name"), {}, rubric.nameZh, rubric.nameEn);

        const QJsonArray dimensions = array(root, QStringLiteral("dimensions"), {}, true);
        for (qsizetype i = 0; i < dimensions.size(); ++i) {
            const QString where = QCoreApplication::translate("RubricLoader", "dimension %1").arg(i + 1);
            const QJsonObject object = element(dimensions, i, where);
            RubricDimension dimension;
            dimension.key = string(object, QStringLiteral("key"), where, true);
            const QString named =
                dimension.key.isEmpty()
                    ? where
                    : QCoreApplication::translate("RubricLoader", "dimension \"%1\"").arg(excerpt(dimension.key));
            bilingual(object, QStringLiteral("name"), named, dimension.nameZh, dimension.nameEn);
            dimension.weight = number(object, QStringLiteral("weight"), named);
            const QJsonArray levels = array(object, QStringLiteral("levels"), named, true);
            for (qsizetype j = 0; j < levels.size(); ++j) {
                const QString levelWhere =
                    QCoreApplication::translate("RubricLoader", "%1, level entry %2").arg(named).arg(j + 1);
                const QJsonObject levelObject = element(levels, j, levelWhere);
                RubricLevel level;
                level.level = levelNumber(levelObject, levelWhere);
                const QString levelNamed =
                    QCoreApplication::translate("RubricLoader", "%1, level %2").arg(named).arg(level.level);
                bilingual(levelObject, QStringLiteral("name"), levelNamed, level.nameZh, level.nameEn);
                if (level.nameZh.isEmpty()) {
                    level.nameZh = defaultLevelName(level.level, true);
                }
                if (level.nameEn.isEmpty()) {
                    level.nameEn = defaultLevelName(level.level, false);
                }
                bilingual(levelObject, QStringLiteral("description"), levelNamed, level.descriptionZh,
                          level.descriptionEn);
                dimension.levels << level;
            }
            rubric.dimensions << dimension;
        }

        const QJsonArray checklist = array(root, QStringLiteral("checklist"), {}, false);
        for (qsizetype i = 0; i < checklist.size(); ++i) {
            const QString where = QCoreApplication::translate("RubricLoader", "checklist step %1").arg(i + 1);
            const QJsonObject object = element(checklist, i, where);
            ChecklistStep step;
            step.key = string(object, QStringLiteral("key"), where, true);
            bilingual(object, QStringLiteral("name"), where, step.nameZh, step.nameEn);
            bilingual(object, QStringLiteral("description"), where, step.descriptionZh, step.descriptionEn);
            rubric.checklist << step;
        }
        if (root.contains(QLatin1String("checklist_optional"))) {
            const QJsonValue optional = root.value(QLatin1String("checklist_optional"));
            if (!optional.isBool()) {
                fail(m_source, {},
                     QCoreApplication::translate("RubricLoader", "\"%1\" must be true or false")
                         .arg(QStringLiteral("checklist_optional")));
            }
            rubric.checklistOptional = optional.toBool();
        }

        const QJsonArray critical = array(root, QStringLiteral("critical_items"), {}, false);
        for (qsizetype i = 0; i < critical.size(); ++i) {
            const QString where = QCoreApplication::translate("RubricLoader", "critical item %1").arg(i + 1);
            const QJsonObject object = element(critical, i, where);
            CriticalItem item;
            item.key = string(object, QStringLiteral("key"), where, true);
            bilingual(object, QStringLiteral("name"), where, item.nameZh, item.nameEn);
            rubric.criticalItems << item;
        }

        // "response_times": {"email": [3600, 14400, 28800, 86400], …}: per channel, the upper bounds (seconds) of
        // response levels 5, 4, 3 and 2. Checked for shape here, for meaning in validate().
        const QJsonValue times = root.value(QLatin1String("response_times"));
        if (!times.isUndefined() && !times.isNull()) {
            if (!times.isObject()) {
                fail(m_source, {},
                     QCoreApplication::translate("RubricLoader",
                                                 "\"%1\" must be an object of channels, e.g. {\"email\": [3600, 14400, 28800, 86400]}")
                         .arg(QStringLiteral("response_times")));
            }
            const QJsonObject byChannel = times.toObject();
            for (auto it = byChannel.constBegin(); it != byChannel.constEnd(); ++it) {
                const QString where =
                    QCoreApplication::translate("RubricLoader", "response times of \"%1\"").arg(excerpt(it.key()));
                ResponseTimes entry;
                entry.channel = it.key();
                if (!it.value().isArray()) {
                    fail(m_source, where,
                         QCoreApplication::translate("RubricLoader", "must be a list of four numbers of seconds"));
                }
                for (const QJsonValue &v : it.value().toArray()) {
                    if (!v.isDouble()) {
                        fail(m_source, where,
                             QCoreApplication::translate("RubricLoader", "must be a list of four numbers of seconds"));
                    }
                    entry.seconds << v.toDouble();
                }
                rubric.responseTimes << entry;
            }
        }

        // "dispute": {"window_working_days": 5, "max_per_month": 2, "decision_working_days": 3}; each optional.
        const QJsonValue dispute = root.value(QLatin1String("dispute"));
        if (!dispute.isUndefined() && !dispute.isNull()) {
            if (!dispute.isObject()) {
                fail(m_source, {},
                     QCoreApplication::translate("RubricLoader",
                                                 "\"%1\" must be an object, e.g. {\"window_working_days\": 5, "
                                                 "\"max_per_month\": 2, \"decision_working_days\": 3}")
                         .arg(QStringLiteral("dispute")));
            }
            const QJsonObject object = dispute.toObject();
            const QString where = QStringLiteral("dispute");
            const auto count = [&](const QString &field, int fallback) {
                if (!object.contains(field)) {
                    return fallback;
                }
                const QJsonValue v = object.value(field);
                if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > 366) {
                    fail(m_source, where,
                         QCoreApplication::translate("RubricLoader", "\"%1\" must be a whole number from 0 to 366")
                             .arg(field));
                }
                return int(v.toDouble());
            };
            rubric.dispute.windowWorkingDays = count(QStringLiteral("window_working_days"), rubric.dispute.windowWorkingDays);
            rubric.dispute.maxPerMonth = count(QStringLiteral("max_per_month"), rubric.dispute.maxPerMonth);
            rubric.dispute.decisionWorkingDays =
                count(QStringLiteral("decision_working_days"), rubric.dispute.decisionWorkingDays);
        }

        const QJsonArray bands = array(root, QStringLiteral("grade_bands"), {}, true);
        for (qsizetype i = 0; i < bands.size(); ++i) {
            const QString where = QCoreApplication::translate("RubricLoader", "grade band %1").arg(i + 1);
            const QJsonObject object = element(bands, i, where);
            GradeBand band;
            band.key = string(object, QStringLiteral("key"), where, true);
            bilingual(object, QStringLiteral("name"), where, band.nameZh, band.nameEn);
            band.minScore = number(object, QStringLiteral("min_score"), where);
            rubric.gradeBands << band;
        }
        return rubric;
    }

private:
    QString string(const QJsonObject &object, const QString &field, const QString &where, bool required)
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(m_source, where, QCoreApplication::translate("RubricLoader", "\"%1\" is missing").arg(field));
            }
            return {};
        }
        if (!value.isString()) {
            fail(m_source, where, QCoreApplication::translate("RubricLoader", "\"%1\" must be a string").arg(field));
        }
        return value.toString().trimmed();
    }

    // {"zh": …, "en": …}; either may be absent here, validation decides which texts are required.
    void bilingual(const QJsonObject &object, const QString &field, const QString &where, QString &zh, QString &en)
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            fail(m_source, where,
                 QCoreApplication::translate("RubricLoader", "\"%1\" must be an object {\"zh\": \"…\", \"en\": \"…\"}")
                     .arg(field));
        }
        const QString inner = where.isEmpty() ? field : QStringLiteral("%1, %2").arg(where, field);
        zh = string(value.toObject(), QStringLiteral("zh"), inner, false);
        en = string(value.toObject(), QStringLiteral("en"), inner, false);
    }

    double number(const QJsonObject &object, const QString &field, const QString &where)
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull()) {
            fail(m_source, where, QCoreApplication::translate("RubricLoader", "\"%1\" is missing").arg(field));
        }
        if (!value.isDouble()) {
            fail(m_source, where, QCoreApplication::translate("RubricLoader", "\"%1\" must be a number").arg(field));
        }
        return value.toDouble();
    }

    int levelNumber(const QJsonObject &object, const QString &where)
    {
        const double value = number(object, QStringLiteral("level"), where);
        if (value != std::floor(value) || value < 1 || value > 5) {
            fail(m_source, where,
                 QCoreApplication::translate("RubricLoader", "\"level\" must be a whole number from 1 to 5 (found %1)")
                     .arg(value));
        }
        return int(value);
    }

    QJsonArray array(const QJsonObject &object, const QString &field, const QString &where, bool required)
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(m_source, where, QCoreApplication::translate("RubricLoader", "\"%1\" is missing").arg(field));
            }
            return {};
        }
        if (!value.isArray()) {
            fail(m_source, where, QCoreApplication::translate("RubricLoader", "\"%1\" must be an array").arg(field));
        }
        return value.toArray();
    }

    QJsonObject element(const QJsonArray &array, qsizetype index, const QString &where)
    {
        const QJsonValue value = array.at(index);
        if (!value.isObject()) {
            fail(m_source, where, QCoreApplication::translate("RubricLoader", "must be an object"));
        }
        return value.toObject();
    }

    QString m_source;
};

QJsonObject bilingualJson(const QString &zh, const QString &en)
{
    return QJsonObject{{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
}

QString dimensionLabel(qsizetype index, const QString &key)
{
    return RubricLoader::isValidKey(key)
               ? QCoreApplication::translate("RubricLoader", "dimension \"%1\"").arg(excerpt(key))
               : QCoreApplication::translate("RubricLoader", "dimension %1").arg(index + 1);
}

QString keyRule(const QString &key)
{
    return QCoreApplication::translate(
               "RubricLoader",
               "the key \"%1\" is not valid: it must start with a lowercase letter and use only a-z, 0-9 and _")
        .arg(excerpt(key));
}

// Checks the key and name shared by checklist steps, critical items and grade bands.
template <typename Item>
void validateKeyedItems(const QList<Item> &items, const QString &source, const char *kind, QString (*label)(qsizetype))
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (!RubricLoader::isValidKey(item.key)) {
            fail(source, label(i), keyRule(item.key));
        }
        const QString where = QCoreApplication::translate("RubricLoader", kind).arg(excerpt(item.key));
        if (seen.contains(item.key)) {
            fail(source, where,
                 QCoreApplication::translate("RubricLoader", "the key appears twice; keys must be unique"));
        }
        seen.insert(item.key);
        if (item.nameZh.isEmpty() && item.nameEn.isEmpty()) {
            fail(source, where,
                 QCoreApplication::translate("RubricLoader", "the name is missing (give \"zh\", \"en\" or both)"));
        }
    }
}

} // namespace

Rubric RubricLoader::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        fail(sourceName, {},
             QCoreApplication::translate("RubricLoader", "JSON syntax error at line %1, column %2: %3")
                 .arg(line)
                 .arg(column)
                 .arg(error.errorString()));
    }
    if (!document.isObject()) {
        fail(sourceName, {}, QCoreApplication::translate("RubricLoader", "a rubric must be a JSON object"));
    }
    Rubric rubric = RubricParser(sourceName).parse(document.object());
    normalize(rubric);
    validate(rubric, sourceName);
    return rubric;
}

Rubric RubricLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QCoreApplication::translate("RubricLoader", "Cannot read the rubric file %1: %2")
                        .arg(path, file.errorString()));
    }
    return fromJson(file.readAll(), path);
}

Rubric RubricLoader::defaultRubric()
{
    static const Rubric cached = [] {
        const QString path = QStringLiteral(":/rubric/default.json");
        return fromFile(path);
    }();
    return cached;
}

QByteArray RubricLoader::toJson(const Rubric &rubric)
{
    QJsonArray dimensions;
    for (const RubricDimension &dimension : rubric.dimensions) {
        QJsonArray levels;
        for (const RubricLevel &level : dimension.levels) {
            levels.append(
                QJsonObject{{QStringLiteral("level"), level.level},
                            {QStringLiteral("name"), bilingualJson(level.nameZh, level.nameEn)},
                            {QStringLiteral("description"), bilingualJson(level.descriptionZh, level.descriptionEn)}});
        }
        dimensions.append(QJsonObject{{QStringLiteral("key"), dimension.key},
                                      {QStringLiteral("name"), bilingualJson(dimension.nameZh, dimension.nameEn)},
                                      {QStringLiteral("weight"), dimension.weight},
                                      {QStringLiteral("levels"), levels}});
    }
    QJsonArray checklist;
    for (const ChecklistStep &step : rubric.checklist) {
        checklist.append(
            QJsonObject{{QStringLiteral("key"), step.key},
                        {QStringLiteral("name"), bilingualJson(step.nameZh, step.nameEn)},
                        {QStringLiteral("description"), bilingualJson(step.descriptionZh, step.descriptionEn)}});
    }
    QJsonArray critical;
    for (const CriticalItem &item : rubric.criticalItems) {
        critical.append(QJsonObject{{QStringLiteral("key"), item.key},
                                    {QStringLiteral("name"), bilingualJson(item.nameZh, item.nameEn)}});
    }
    QJsonArray bands;
    for (const GradeBand &band : rubric.gradeBands) {
        bands.append(QJsonObject{{QStringLiteral("key"), band.key},
                                 {QStringLiteral("name"), bilingualJson(band.nameZh, band.nameEn)},
                                 {QStringLiteral("min_score"), band.minScore}});
    }
    QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("key"), rubric.key},
                           {QStringLiteral("name"), bilingualJson(rubric.nameZh, rubric.nameEn)},
                           {QStringLiteral("dimensions"), dimensions},
                           {QStringLiteral("checklist"), checklist},
                           {QStringLiteral("critical_items"), critical},
                           {QStringLiteral("grade_bands"), bands}};
    if (rubric.checklistOptional) { // absent by default, so that existing rubric versions serialize as before
        root.insert(QStringLiteral("checklist_optional"), true);
    }
    if (!rubric.responseTimes.isEmpty()) { // likewise
        QJsonObject times;
        for (const ResponseTimes &entry : rubric.responseTimes) {
            QJsonArray seconds;
            for (const double s : entry.seconds) {
                seconds.append(s);
            }
            times.insert(entry.channel, seconds);
        }
        root.insert(QStringLiteral("response_times"), times);
    }
    if (rubric.dispute != DisputePolicy()) { // likewise
        root.insert(QStringLiteral("dispute"),
                    QJsonObject{{QStringLiteral("window_working_days"), rubric.dispute.windowWorkingDays},
                                {QStringLiteral("max_per_month"), rubric.dispute.maxPerMonth},
                                {QStringLiteral("decision_working_days"), rubric.dispute.decisionWorkingDays}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void RubricLoader::normalize(Rubric &rubric)
{
    for (RubricDimension &dimension : rubric.dimensions) {
        std::stable_sort(dimension.levels.begin(), dimension.levels.end(),
                         [](const RubricLevel &a, const RubricLevel &b) { return a.level < b.level; });
    }
    std::stable_sort(rubric.gradeBands.begin(), rubric.gradeBands.end(),
                     [](const GradeBand &a, const GradeBand &b) { return a.minScore > b.minScore; });
}

void RubricLoader::validate(const Rubric &rubric, const QString &source)
{
    if (!isValidKey(rubric.key)) {
        fail(source, {}, keyRule(rubric.key));
    }
    if (rubric.nameZh.isEmpty() && rubric.nameEn.isEmpty()) {
        fail(source, {},
             QCoreApplication::translate("RubricLoader", "the rubric has no name (give \"zh\", \"en\" or both)"));
    }
    if (rubric.dimensions.isEmpty()) {
        fail(source, {},
             QCoreApplication::translate("RubricLoader", "the rubric has no dimensions; it needs at least one"));
    }
    QSet<QString> dimensionKeys;
    for (qsizetype i = 0; i < rubric.dimensions.size(); ++i) {
        const RubricDimension &dimension = rubric.dimensions.at(i);
        const QString where = dimensionLabel(i, dimension.key);
        if (!isValidKey(dimension.key)) {
            fail(source, where, keyRule(dimension.key));
        }
        if (dimensionKeys.contains(dimension.key)) {
            fail(source, where,
                 QCoreApplication::translate("RubricLoader", "the key appears twice; dimension keys must be unique"));
        }
        dimensionKeys.insert(dimension.key);
        if (dimension.nameZh.isEmpty() && dimension.nameEn.isEmpty()) {
            fail(source, where,
                 QCoreApplication::translate("RubricLoader", "the name is missing (give \"zh\", \"en\" or both)"));
        }
        if (!std::isfinite(dimension.weight) || dimension.weight <= 0) {
            fail(source, where,
                 QCoreApplication::translate("RubricLoader", "the weight must be a number greater than 0 (found %1)")
                     .arg(dimension.weight));
        }
        QStringList found;
        for (const RubricLevel &level : dimension.levels) {
            found << QString::number(level.level);
        }
        bool numbered = dimension.levels.size() == 5;
        for (qsizetype j = 0; numbered && j < dimension.levels.size(); ++j) {
            numbered = dimension.levels.at(j).level == j + 1;
        }
        if (!numbered) {
            fail(source, where,
                 QCoreApplication::translate("RubricLoader",
                                             "needs exactly five levels numbered 1 to 5, each once (found levels: %1)")
                     .arg(found.isEmpty() ? QCoreApplication::translate("RubricLoader", "none")
                                          : found.join(QStringLiteral(", "))));
        }
        for (const RubricLevel &level : dimension.levels) {
            const QString levelWhere =
                QCoreApplication::translate("RubricLoader", "%1, level %2").arg(where).arg(level.level);
            if (level.descriptionZh.isEmpty()) {
                fail(source, levelWhere,
                     QCoreApplication::translate("RubricLoader", "the description is missing in Chinese (\"zh\")"));
            }
            if (level.descriptionEn.isEmpty()) {
                fail(source, levelWhere,
                     QCoreApplication::translate("RubricLoader", "the description is missing in English (\"en\")"));
            }
        }
    }

    validateKeyedItems(
        rubric.checklist, source, QT_TRANSLATE_NOOP("RubricLoader", "checklist step \"%1\""),
        [](qsizetype i) { return QCoreApplication::translate("RubricLoader", "checklist step %1").arg(i + 1); });
    validateKeyedItems(
        rubric.criticalItems, source, QT_TRANSLATE_NOOP("RubricLoader", "critical item \"%1\""),
        [](qsizetype i) { return QCoreApplication::translate("RubricLoader", "critical item %1").arg(i + 1); });

    if (rubric.gradeBands.isEmpty()) {
        fail(source, {},
             QCoreApplication::translate("RubricLoader", "the rubric has no grade bands; it needs at least one"));
    }
    validateKeyedItems(
        rubric.gradeBands, source, QT_TRANSLATE_NOOP("RubricLoader", "grade band \"%1\""),
        [](qsizetype i) { return QCoreApplication::translate("RubricLoader", "grade band %1").arg(i + 1); });
    for (qsizetype i = 0; i < rubric.gradeBands.size(); ++i) {
        const GradeBand &band = rubric.gradeBands.at(i);
        const QString where = QCoreApplication::translate("RubricLoader", "grade band \"%1\"").arg(excerpt(band.key));
        if (!std::isfinite(band.minScore)) {
            fail(source, where, QCoreApplication::translate("RubricLoader", "\"min_score\" must be a finite number"));
        }
        if (i > 0) {
            const GradeBand &higher = rubric.gradeBands.at(i - 1);
            if (higher.minScore < band.minScore) {
                fail(source, {},
                     QCoreApplication::translate("RubricLoader",
                                                 "grade bands must be ordered by \"min_score\", highest first"));
            }
            if (higher.minScore == band.minScore) {
                fail(source, where,
                     QCoreApplication::translate("RubricLoader", "has the same \"min_score\" (%1) as grade band \"%2\"")
                         .arg(band.minScore)
                         .arg(excerpt(higher.key)));
            }
        }
    }
    QSet<QString> timedChannels;
    for (const ResponseTimes &times : rubric.responseTimes) {
        const QString where =
            QCoreApplication::translate("RubricLoader", "response times of \"%1\"").arg(excerpt(times.channel));
        if (!DomainLabels::channelKeys().contains(times.channel)) {
            fail(source, where,
                 QCoreApplication::translate("RubricLoader", "unknown channel; expected one of %1")
                     .arg(DomainLabels::channelKeys().join(QStringLiteral(", "))));
        }
        if (timedChannels.contains(times.channel)) {
            fail(source, where, QCoreApplication::translate("RubricLoader", "the channel appears twice"));
        }
        timedChannels.insert(times.channel);
        if (times.seconds.size() != 4) {
            fail(source, where,
                 QCoreApplication::translate("RubricLoader",
                                             "needs four thresholds in seconds, for levels 5, 4, 3 and 2 (found %1)")
                     .arg(times.seconds.size()));
        }
        for (qsizetype i = 0; i < times.seconds.size(); ++i) {
            const double s = times.seconds.at(i);
            if (!std::isfinite(s) || s <= 0 || (i > 0 && s <= times.seconds.at(i - 1))) {
                fail(source, where,
                     QCoreApplication::translate("RubricLoader",
                                                 "the thresholds must be positive and increasing (found %1)")
                         .arg(QStringList([&] {
                                  QStringList texts;
                                  for (const double t : times.seconds) {
                                      texts << QString::number(t);
                                  }
                                  return texts;
                              }())
                                  .join(QStringLiteral(", "))));
            }
        }
    }

    const GradeBand &lowest = rubric.gradeBands.constLast();
    if (lowest.minScore > 0) {
        fail(source, QCoreApplication::translate("RubricLoader", "grade band \"%1\"").arg(excerpt(lowest.key)),
             QCoreApplication::translate(
                 "RubricLoader",
                 "the lowest grade band starts at %1; it must start at 0 or lower so that every score gets a grade")
                 .arg(lowest.minScore));
    }
}

bool RubricLoader::isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(key).hasMatch();
}

} // namespace qadesk
