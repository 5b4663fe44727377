#pragma once

#include "kpi/KpiFilter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace qadesk::cli {

// The KPI filter options shared by `kpi` and `export` (DESIGN §5): --from, --to, --team, --agent,
// --channel, --category, --bucket and --tz, with the same checks and messages everywhere.
class KpiFilterOptions final
{
public:
    KpiFilterOptions();

    void addTo(QCommandLineParser &parser) const;
    // The filter the options describe, or empty with `error` set to a usage message.
    std::optional<KpiFilter> read(const QCommandLineParser &parser, QString &error) const;
    bool bucketSet(const QCommandLineParser &parser) const { return parser.isSet(m_bucket); }
    // Without --tz the filter's zone is the organisation's (OrganisationZone), which the caller reads from the
    // database once it has opened it.
    bool zoneSet(const QCommandLineParser &parser) const { return parser.isSet(m_tz); }

private:
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_team;
    QCommandLineOption m_agent;
    QCommandLineOption m_channel;
    QCommandLineOption m_category;
    QCommandLineOption m_bucket;
    QCommandLineOption m_tz;
};

// Parses a time zone option value; an invalid zone with `error` set when the name is unknown.
QTimeZone parseZone(const QString &name, QString &error);

} // namespace qadesk::cli
