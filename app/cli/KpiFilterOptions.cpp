#include "KpiFilterOptions.h"

#include "domain/DomainLabels.h"

#include <QStringList>

namespace qadesk::cli {

namespace {

std::optional<QDate> parseDate(const QString &text, bool &ok)
{
    ok = true;
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    ok = date.isValid() && text.size() == 10;
    return date;
}

} // namespace

KpiFilterOptions::KpiFilterOptions()
    : m_from(QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD (inclusive)."), QStringLiteral("date"))
    , m_to(QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD (inclusive)."), QStringLiteral("date"))
    , m_team(QStringLiteral("team"), QStringLiteral("Team name."), QStringLiteral("name"))
    , m_agent(QStringLiteral("agent"), QStringLiteral("Agent id (as imported)."), QStringLiteral("id"))
    , m_channel(QStringLiteral("channel"), QStringLiteral("phone, chat, email or other."), QStringLiteral("channel"))
    , m_category(QStringLiteral("category"), QStringLiteral("consultation, complaint, after_sales, suggestion or other."),
                 QStringLiteral("category"))
    , m_bucket(QStringLiteral("bucket"), QStringLiteral("day, week, month or none (default none)."),
               QStringLiteral("bucket"), QStringLiteral("none"))
    , m_tz(QStringLiteral("tz"), QStringLiteral("IANA time zone of dates and buckets (default: the organisation's, see 'config get timezone')."),
           QStringLiteral("zone"))
{
}

void KpiFilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_from, m_to, m_team, m_agent, m_channel, m_category, m_bucket, m_tz});
}

QTimeZone parseZone(const QString &name, QString &error)
{
    const QTimeZone zone(name.toUtf8());
    if (!zone.isValid()) {
        error = QStringLiteral("--tz: unknown time zone '%1' (expected an IANA name such as Asia/Shanghai)").arg(name);
    }
    return zone;
}

std::optional<KpiFilter> KpiFilterOptions::read(const QCommandLineParser &parser, QString &error) const
{
    KpiFilter filter;
    bool ok = true;
    filter.from = parseDate(parser.value(m_from), ok);
    if (!ok) {
        error = QStringLiteral("--from expects a date YYYY-MM-DD, got '%1'").arg(parser.value(m_from));
        return std::nullopt;
    }
    filter.to = parseDate(parser.value(m_to), ok);
    if (!ok) {
        error = QStringLiteral("--to expects a date YYYY-MM-DD, got '%1'").arg(parser.value(m_to));
        return std::nullopt;
    }
    if (filter.from && filter.to && *filter.to < *filter.from) {
        error = QStringLiteral("--to is before --from");
        return std::nullopt;
    }
    const auto bucket = kpiBucketFromString(parser.value(m_bucket));
    if (!bucket) {
        error = QStringLiteral("--bucket expects day, week, month or none, got '%1'").arg(parser.value(m_bucket));
        return std::nullopt;
    }
    filter.bucket = *bucket;
    if (parser.isSet(m_tz)) {
        filter.zone = parseZone(parser.value(m_tz), error);
        if (!filter.zone.isValid()) {
            return std::nullopt;
        }
    }
    filter.channel = parser.value(m_channel);
    if (!filter.channel.isEmpty() && !DomainLabels::channelKeys().contains(filter.channel)) {
        error = QStringLiteral("--channel expects one of %1, got '%2'")
                    .arg(DomainLabels::channelKeys().join(QStringLiteral(", ")), filter.channel);
        return std::nullopt;
    }
    filter.category = parser.value(m_category);
    if (!filter.category.isEmpty() && !DomainLabels::categoryKeys().contains(filter.category)) {
        error = QStringLiteral("--category expects one of %1, got '%2'")
                    .arg(DomainLabels::categoryKeys().join(QStringLiteral(", ")), filter.category);
        return std::nullopt;
    }
    filter.team = parser.value(m_team);
    filter.agent = parser.value(m_agent);
    return filter;
}

} // namespace qadesk::cli
