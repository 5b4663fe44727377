#include "TranscriptRules.h"

#include "ScoreSuggestions.h"

#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace qadesk {

namespace {

const QString kFormat = QStringLiteral("qadesk.transcript-rules.v1");

QStringList stringList(const QJsonValue &value, const QString &where)
{
    if (!value.isArray()) {
        throw Error(TranscriptRules::tr("%1: expected a list of keywords").arg(where));
    }
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            throw Error(TranscriptRules::tr("%1: every keyword must be a non-empty text").arg(where));
        }
        list << item.toString().trimmed();
    }
    return list;
}

// The first keyword a text contains, case-insensitively, or an empty string.
QString firstKeywordIn(const QString &text, const QStringList &keywords)
{
    for (const QString &keyword : keywords) {
        if (text.contains(keyword, Qt::CaseInsensitive)) {
            return keyword;
        }
    }
    return {};
}

} // namespace

TranscriptRules TranscriptRules::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        throw Error(
            tr("%1: not valid JSON (%2 at byte %3)").arg(sourceName, parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        throw Error(tr("%1: expected \"format\": \"%2\"").arg(sourceName, kFormat));
    }
    TranscriptRules rules;
    if (root.contains(QStringLiteral("hold_keywords"))) {
        rules.m_holdKeywords =
            stringList(root.value(QStringLiteral("hold_keywords")), sourceName + QStringLiteral(": hold_keywords"));
    }
    const QJsonArray hints = root.value(QStringLiteral("checklist_hints")).toArray();
    for (qsizetype i = 0; i < hints.size(); ++i) {
        const QJsonObject object = hints.at(i).toObject();
        const QString where = QStringLiteral("%1: checklist_hints[%2]").arg(sourceName).arg(i);
        ChecklistHintRule rule;
        rule.stepKey = object.value(QStringLiteral("step")).toString();
        if (rule.stepKey.isEmpty()) {
            throw Error(tr("%1: \"step\" names the checklist step the rule marks").arg(where));
        }
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("first_agent_turn")) {
            rule.kind = ChecklistHintRule::Kind::FirstAgentTurn;
        } else if (kind == QLatin1String("agent_turns")) {
            rule.kind = ChecklistHintRule::Kind::AgentTurns;
        } else {
            throw Error(tr("%1: \"kind\" must be \"first_agent_turn\" or \"agent_turns\"").arg(where));
        }
        rule.keywords = stringList(object.value(QStringLiteral("keywords")), where + QStringLiteral(".keywords"));
        if (rule.keywords.isEmpty()) {
            throw Error(tr("%1: give at least one keyword").arg(where));
        }
        if (object.contains(QStringLiteral("max_response_s"))) {
            const double max = object.value(QStringLiteral("max_response_s")).toDouble(-1);
            if (max < 0) {
                throw Error(tr("%1: \"max_response_s\" must be a number of seconds").arg(where));
            }
            rule.maxResponseS = max;
        }
        rule.minMatches = object.value(QStringLiteral("min_matches")).toInt(1);
        rule.withinAgentTurns = object.value(QStringLiteral("within_agent_turns")).toInt(0);
        if (rule.minMatches < 1 || rule.withinAgentTurns < 0) {
            throw Error(
                tr("%1: \"min_matches\" must be at least 1 and \"within_agent_turns\" not negative").arg(where));
        }
        rules.m_hintRules << rule;
    }
    return rules;
}

QString TranscriptRules::userFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("transcript_rules.json"));
}

TranscriptRules TranscriptRules::shipped()
{
    QFile file(QStringLiteral(":/rules/transcript_rules.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(tr("The built-in transcript rules are missing."));
    }
    return fromJson(file.readAll(), file.fileName());
}

TranscriptRules TranscriptRules::load()
{
    QFile user(userFilePath());
    if (user.exists() && user.open(QIODevice::ReadOnly)) {
        return fromJson(user.readAll(), user.fileName());
    }
    return shipped();
}

bool TranscriptRules::announcesHold(const QString &text) const
{
    return !firstKeywordIn(text, m_holdKeywords).isEmpty();
}

QList<ChecklistHint> TranscriptRules::checklistHints(const Interaction &interaction) const
{
    QList<ChecklistHint> hints;
    const Turn *firstAgent = nullptr;
    for (const Turn &turn : interaction.turns) {
        if (turn.speaker == QLatin1String("agent")) {
            firstAgent = &turn;
            break;
        }
    }
    if (!firstAgent) {
        return hints;
    }
    for (const ChecklistHintRule &rule : m_hintRules) {
        ChecklistHint hint;
        hint.stepKey = rule.stepKey;
        if (rule.kind == ChecklistHintRule::Kind::FirstAgentTurn) {
            hint.turnId = firstAgent->id;
            hint.turnSeq = firstAgent->seq;
            const QString keyword = firstKeywordIn(firstAgent->text, rule.keywords);
            const std::optional<double> response = firstResponseSeconds(interaction);
            if (keyword.isEmpty()) {
                hint.result = QStringLiteral("no");
                hint.reason = tr("No standard greeting in the first agent turn.");
            } else if (rule.maxResponseS && response && *response > *rule.maxResponseS) {
                hint.result = QStringLiteral("no");
                hint.reason = tr("Greeted (“%1”), but the first response came after %2 (more than %3).")
                                  .arg(keyword, ScoreSuggestions::duration(*response),
                                       ScoreSuggestions::duration(*rule.maxResponseS));
            } else {
                hint.result = QStringLiteral("yes");
                hint.reason = response
                                  ? tr("Standard greeting (“%1”) after %2.").arg(keyword, ScoreSuggestions::duration(*response))
                                  : tr("Standard greeting (“%1”) in the first agent turn.").arg(keyword);
            }
            hints << hint;
            continue;
        }
        int agentTurns = 0;
        int matches = 0;
        const Turn *firstMatch = nullptr;
        QString firstKeyword;
        for (const Turn &turn : interaction.turns) {
            if (turn.speaker != QLatin1String("agent")) {
                continue;
            }
            if (rule.withinAgentTurns > 0 && ++agentTurns > rule.withinAgentTurns) {
                break;
            }
            const QString keyword = firstKeywordIn(turn.text, rule.keywords);
            if (!keyword.isEmpty()) {
                ++matches;
                if (!firstMatch) {
                    firstMatch = &turn;
                    firstKeyword = keyword;
                }
            }
        }
        if (firstMatch && matches >= rule.minMatches) {
            hint.result = QStringLiteral("yes");
            hint.turnId = firstMatch->id;
            hint.turnSeq = firstMatch->seq;
            hint.reason =
                matches == 1
                    ? tr("The agent says “%1”.").arg(firstKeyword)
                    : tr("The agent says “%1” and %n more such phrase(s).", nullptr, matches - 1).arg(firstKeyword);
            hints << hint;
        }
    }
    return hints;
}

std::optional<double> firstResponseSeconds(const Interaction &interaction)
{
    if (interaction.firstResponseS) {
        return interaction.firstResponseS;
    }
    std::optional<qint64> firstCustomer;
    for (const Turn &turn : interaction.turns) {
        if (turn.speaker == QLatin1String("customer") && !firstCustomer && turn.startMs) {
            firstCustomer = turn.startMs;
        } else if (turn.speaker == QLatin1String("agent")) {
            if (!turn.startMs) {
                return std::nullopt;
            }
            const qint64 from = firstCustomer.value_or(0);
            return double(std::max<qint64>(0, *turn.startMs - from)) / 1000.0;
        }
    }
    return std::nullopt;
}

} // namespace qadesk
