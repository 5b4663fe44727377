#include "RecordNormalizer.h"

#include "FieldRules.h"
#include "ImportErrors.h"
#include "PiiMasker.h"

#include <QCoreApplication>

namespace qadesk {

namespace {

constexpr const char *kFlatKeys[] = {
    "external_id",
    "channel",
    "started_at",
    "agent_id",
    "agent_name",
    "team",
    "category",
    "handle_s",
    "first_response_s",
    "resolved_first_contact",
    "complaint",
    "csat",
    "nps",
    "ces",
    "recording",
    "customer_id",
    "customer_phone",
};

struct KeyAlias
{
    const char *alias;
    const char *key;
};

// Column names as Chinese spreadsheets title them.
constexpr struct
{
    const char16_t *alias;
    const char *key;
} kChineseKeys[] = {
    {u"外部编号", "external_id"},
    {u"通话编号", "external_id"},
    {u"会话编号", "external_id"},
    {u"工单号", "external_id"},
    {u"渠道", "channel"},
    {u"开始时间", "started_at"},
    {u"通话时间", "started_at"},
    {u"坐席工号", "agent_id"},
    {u"坐席编号", "agent_id"},
    {u"工号", "agent_id"},
    {u"坐席姓名", "agent_name"},
    {u"坐席", "agent_name"},
    {u"班组", "team"},
    {u"团队", "team"},
    {u"组别", "team"},
    {u"类别", "category"},
    {u"分类", "category"},
    {u"处理时长", "handle_s"},
    {u"通话时长", "handle_s"},
    {u"首次响应时长", "first_response_s"},
    {u"首响时长", "first_response_s"},
    {u"一次解决", "resolved_first_contact"},
    {u"首次解决", "resolved_first_contact"},
    {u"是否投诉", "complaint"},
    {u"投诉", "complaint"},
    {u"满意度", "csat"},
    {u"费力度", "ces"},
    {u"录音", "recording"},
    {u"录音文件", "recording"},
    {u"客户编号", "customer_id"},
    {u"客户电话", "customer_phone"},
    {u"客户手机", "customer_phone"},
    {u"联系电话", "customer_phone"},
};

constexpr KeyAlias kKeyAliases[] = {
    {"agent_team", "team"}, {"team_name", "team"}, {"survey_csat", "csat"},
    {"survey_nps", "nps"},  {"survey_ces", "ces"}, {"fcr", "resolved_first_contact"},
    {"id", "external_id"},
};

} // namespace

QString RecordNormalizer::flatKey(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    for (QChar &c : key) {
        if (c == QLatin1Char('.') || c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            c = QLatin1Char('_');
        }
    }
    for (const char *known : kFlatKeys) {
        if (key == QLatin1String(known)) {
            return key;
        }
    }
    for (const KeyAlias &alias : kKeyAliases) {
        if (key == QLatin1String(alias.alias)) {
            return QString::fromLatin1(alias.key);
        }
    }
    return QString();
}

QString RecordNormalizer::columnKey(QStringView name)
{
    const QString key = flatKey(name);
    if (!key.isEmpty()) {
        return key;
    }
    const QStringView trimmed = name.trimmed();
    for (const auto &alias : kChineseKeys) {
        if (trimmed == QStringView(alias.alias)) {
            return QString::fromLatin1(alias.key);
        }
    }
    return QString();
}

void RecordNormalizer::setFlat(Interaction &in, const QString &key, QStringView value)
{
    value = value.trimmed();
    if (value.isEmpty()) {
        return;
    }
    if (key == QLatin1String("external_id")) {
        in.externalId = value.toString();
    } else if (key == QLatin1String("channel")) {
        in.channel = FieldRules::channel(value);
    } else if (key == QLatin1String("started_at")) {
        const Instant instant = FieldRules::timestamp(value);
        in.startedAt = instant.at;
        in.utcOffsetS = instant.offsetSeconds;
    } else if (key == QLatin1String("agent_id")) {
        in.agentCode = value.toString();
    } else if (key == QLatin1String("agent_name")) {
        in.agentName = value.toString();
    } else if (key == QLatin1String("team")) {
        in.teamName = value.toString();
    } else if (key == QLatin1String("category")) {
        in.category = FieldRules::category(value);
    } else if (key == QLatin1String("handle_s")) {
        in.handleS = FieldRules::seconds(value);
    } else if (key == QLatin1String("first_response_s")) {
        in.firstResponseS = FieldRules::seconds(value);
    } else if (key == QLatin1String("resolved_first_contact")) {
        in.resolvedFirstContact = FieldRules::boolean(value);
    } else if (key == QLatin1String("complaint")) {
        in.complaint = FieldRules::boolean(value);
    } else if (key == QLatin1String("csat")) {
        in.csat = FieldRules::integer(value, 1, 5);
    } else if (key == QLatin1String("nps")) {
        in.nps = FieldRules::integer(value, 0, 10);
    } else if (key == QLatin1String("ces")) {
        in.ces = FieldRules::integer(value, 1, 7);
    } else if (key == QLatin1String("recording")) {
        in.recording = value.toString();
    } else if (key == QLatin1String("customer_id")) {
        in.customerId = value.toString();
    } else if (key == QLatin1String("customer_phone")) {
        in.customerPhone = value.toString();
    }
}

namespace {

// Identifiers are matched exactly: an invisible U+FEFF (a stray byte order mark), U+200B or U+2060 would make
// "A017" and "\uFEFFA017" two agents that look the same. Refused rather than silently removed.
void checkVisible(const QString &value, const char *field)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c == 0xFEFF || c == 0x200B || c == 0x2060) {
            throw FieldError(QCoreApplication::translate("Import", "%1 holds the invisible character U+%2 at "
                                                                   "position %3; remove it (identifiers are "
                                                                   "stored exactly as given)")
                                 .arg(QLatin1String(field))
                                 .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                                 .arg(i + 1));
        }
    }
}

} // namespace

QList<std::pair<QString, QString>> RecordNormalizer::missingRequired(const Interaction &in, bool requireMetadata)
{
    QList<std::pair<QString, QString>> missing;
    if (in.externalId.trimmed().isEmpty()) {
        missing.append({QStringLiteral("external_id"), QCoreApplication::translate("Import", "external_id is required")});
    }
    if (requireMetadata) {
        if (!in.startedAt.isValid()) {
            missing.append({QStringLiteral("started_at"),
                            QCoreApplication::translate("Import", "started_at is required (ISO 8601 with a UTC offset, "
                                                                  "e.g. 2024-03-05T09:15:02+08:00)")});
        }
        if (in.agentCode.trimmed().isEmpty()) {
            missing.append({QStringLiteral("agent_id"),
                            QCoreApplication::translate("Import", "the agent id is required (agent.id in JSON, "
                                                                  "agent_id in CSV and headers)")});
        }
    }
    return missing;
}

void RecordNormalizer::finish(Interaction &in, bool requireMetadata) const
{
    in.externalId = in.externalId.trimmed();
    in.agentCode = in.agentCode.trimmed();
    checkVisible(in.externalId, "external_id");
    checkVisible(in.agentCode, "agent_id");
    checkVisible(in.teamName, "team");
    if (const auto missing = missingRequired(in, requireMetadata); !missing.isEmpty()) {
        throw FieldError(missing.constFirst().second);
    }
    if (!in.firstResponseS) {
        in.firstResponseS = FieldRules::firstResponseSeconds(in.turns);
    }
    if (m_mask) {
        for (Turn &turn : in.turns) {
            PiiMasker::mask(turn.text);
        }
        if (!in.customerPhone.isEmpty()) {
            in.customerPhone = PiiMasker::maskedPhone(in.customerPhone);
        }
        PiiMasker::mask(in.customerId);
        // Names and teams reach exports and PDFs: "张三 138 1234 5678" as an agent name is masked like text.
        // Identifiers (external_id, agent id) are not: masking could make two of them one.
        PiiMasker::mask(in.agentName);
        PiiMasker::mask(in.teamName);
    }
    in.turnCount = int(in.turns.size());
}

} // namespace qadesk
