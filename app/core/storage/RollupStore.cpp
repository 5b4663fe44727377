#include "RollupStore.h"

#include "Connection.h"
#include "KpiSql.h"
#include "Schema.h"

#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace qadesk {

namespace {

// Touched days closer than this are refreshed as one range (a week at most is recomputed in vain).
constexpr qint64 kMaxGapInOneRefresh = 7;

// One rollup table: its level keys (after span, start, channel, category) and which measures it holds.
struct Table
{
    QLatin1String name;
    QLatin1String keys; // comma-separated, may be empty
    bool kpi;
    bool perAgent;
};

const Table kKpiAgent{QLatin1String("kpi_rollup_agent"), QLatin1String("agent_id, team_key"), true, true};
const Table kKpiTeam{QLatin1String("kpi_rollup_team"), QLatin1String("team_key"), true, false};
const Table kKpiAll{QLatin1String("kpi_rollup_all"), QLatin1String(""), true, false};
const Table kDimAgent{QLatin1String("dim_rollup_agent"), QLatin1String("agent_id, team_key, dimension_key"), false, true};
const Table kDimTeam{QLatin1String("dim_rollup_team"), QLatin1String("team_key, dimension_key"), false, false};
const Table kDimAll{QLatin1String("dim_rollup_all"), QLatin1String("dimension_key"), false, false};
const Table *const kTables[] = {&kKpiAgent, &kKpiTeam, &kKpiAll, &kDimAgent, &kDimTeam, &kDimAll};

// ", agent_id, team_key" (or with an alias prefix, ", r.agent_id, r.team_key"); empty for no keys.
QString keyList(const Table &table, const QString &prefix = {})
{
    QString result;
    const QStringList keys = QString(table.keys).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (const QString &key : keys) {
        result += QStringLiteral(", ") + prefix + key;
    }
    return result;
}

QString measureColumns(const Table &table)
{
    return table.kpi ? kpisql::componentColumns() : QStringLiteral("n, total");
}

QString measureSums(const Table &table)
{
    return table.kpi ? kpisql::componentsFromRollup() : QStringLiteral("SUM(r.n), SUM(r.total)");
}

QString insertHead(const Table &table)
{
    return QStringLiteral("INSERT INTO %1 (span, start, channel, category%2, %3) ")
        .arg(table.name, keyList(table), measureColumns(table));
}

// Which rows of a table a statement touches: one span, optionally starts in [first, last), optionally one agent
// (only on per-agent tables).
struct Scope
{
    int span = RollupStore::kDaySpan;
    std::optional<std::pair<qint64, qint64>> starts;
    std::optional<qint64> agent;

    QString where(const Table &table, const QString &prefix) const
    {
        QString sql = QStringLiteral("WHERE %1span = %2").arg(prefix).arg(span);
        if (starts) {
            sql += QStringLiteral(" AND %1start >= ? AND %1start < ?").arg(prefix);
        }
        if (agent && table.perAgent) {
            sql += QStringLiteral(" AND %1agent_id = ?").arg(prefix);
        }
        return sql;
    }
    QVariantList values(const Table &table) const
    {
        QVariantList v;
        if (starts) {
            v << starts->first << starts->second;
        }
        if (agent && table.perAgent) {
            v << *agent;
        }
        return v;
    }
};

// Conditions on raw interactions for the same scope (days and agent), and their values.
struct RawScope
{
    QString where;
    QVariantList values;
};

RawScope rawScope(const Scope &scope, bool perAgent)
{
    RawScope raw;
    QStringList conditions;
    if (scope.starts) {
        conditions << QStringLiteral("i.day >= ? AND i.day < ?");
        raw.values << scope.starts->first << scope.starts->second;
    }
    if (scope.agent && perAgent) {
        conditions << QStringLiteral("i.agent_id = ?");
        raw.values << *scope.agent;
    }
    raw.where = conditions.join(QStringLiteral(" AND "));
    return raw;
}

} // namespace

QString RollupStore::timeZoneId()
{
    return Schema::meta(m_connection, QStringLiteral("rollup_tz"), QStringLiteral("UTC"));
}

namespace {

class Statements
{
public:
    explicit Statements(Connection &connection) : m_connection(connection) {}

    void remove(const Table &table, const Scope &scope)
    {
        m_connection.run(QStringLiteral("DELETE FROM %1 %2").arg(table.name, scope.where(table, QString())),
                         scope.values(table));
    }

    // Day rows of interactions and their evaluation components, one per (channel, category, agent, team).
    void insertKpiDetail(const Scope &scope)
    {
        const RawScope raw = rawScope(scope, true);
        const QString interactionWhere = raw.where.isEmpty() ? QString() : QStringLiteral("WHERE ") + raw.where;
        const QString evaluationWhere =
            raw.where.isEmpty() ? QString()
                                : QStringLiteral("AND interaction_id IN (SELECT i.id FROM interactions i WHERE %1)").arg(raw.where);
        m_connection.run(insertHead(kKpiAgent) +
                             QStringLiteral("SELECT %1, i.day, COALESCE(i.channel, ''), COALESCE(i.category, ''), "
                                            "i.agent_id, COALESCE(i.team_id, 0), %2 "
                                            "FROM interactions i LEFT JOIN (%3) e ON e.interaction_id = i.id %4 "
                                            "GROUP BY i.day, COALESCE(i.channel, ''), COALESCE(i.category, ''), "
                                            "i.agent_id, COALESCE(i.team_id, 0)")
                                 .arg(daySpanText(), kpisql::componentsFromInteractions(),
                                      kpisql::evaluationAggregate(evaluationWhere), interactionWhere),
                         raw.values + raw.values);
    }

    // Day rows of dimension levels per (channel, category, team, dimension), or per (agent, team, dimension)
    // with channel = category = '*' at the agent level.
    void insertDimensionDetail(const Table &table, const Scope &scope)
    {
        const bool agentLevel = table.perAgent;
        const RawScope raw = rawScope(scope, agentLevel);
        const QString where = raw.where.isEmpty() ? QString() : QStringLiteral(" AND ") + raw.where;
        const QString groups = agentLevel ? QStringLiteral("'*', '*', i.agent_id, COALESCE(i.team_id, 0)")
                                          : QStringLiteral("COALESCE(i.channel, ''), COALESCE(i.category, ''), "
                                                           "COALESCE(i.team_id, 0)");
        const QString groupBy = agentLevel ? QStringLiteral("i.agent_id, COALESCE(i.team_id, 0)")
                                           : QStringLiteral("COALESCE(i.channel, ''), COALESCE(i.category, ''), "
                                                            "COALESCE(i.team_id, 0)");
        m_connection.run(insertHead(table) + QStringLiteral("SELECT %1, i.day, %2, s.dimension_key, COUNT(*), SUM(s.score) "
                                                            "FROM interactions i %3 WHERE %4%5 "
                                                            "GROUP BY i.day, %6, s.dimension_key")
                                                 .arg(daySpanText(), groups, kpisql::scoredDimensionsJoin(),
                                                      kpisql::scoredDimensionsCondition(), where, groupBy),
                         raw.values);
    }

    // The '*' rows of the channel × category cube, from the detail rows in scope.
    void insertCube(const Table &table, const Scope &scope)
    {
        const QString keys = keyList(table, QStringLiteral("r."));
        const QString where = scope.where(table, QStringLiteral("r.")) +
                              QStringLiteral(" AND r.channel <> '*' AND r.category <> '*'");
        const QString sums = measureSums(table);
        const QString sql =
            insertHead(table) +
            QStringLiteral("SELECT r.span, r.start, '*', r.category%1, %2 FROM %3 r %4 GROUP BY r.span, r.start, r.category%1 "
                           "UNION ALL "
                           "SELECT r.span, r.start, r.channel, '*'%1, %2 FROM %3 r %4 GROUP BY r.span, r.start, r.channel%1 "
                           "UNION ALL "
                           "SELECT r.span, r.start, '*', '*'%1, %2 FROM %3 r %4 GROUP BY r.span, r.start%1")
                .arg(keys, sums, table.name, where);
        const QVariantList values = scope.values(table);
        m_connection.run(sql, values + values + values);
    }

    // A coarser level summed from a finer one (agent → team → all), cube rows included.
    void insertFromLower(const Table &upper, const Table &lower, const Scope &scope)
    {
        const QString keys = keyList(upper, QStringLiteral("r."));
        m_connection.run(insertHead(upper) + QStringLiteral("SELECT r.span, r.start, r.channel, r.category%1, %2 FROM %3 r %4 "
                                                            "GROUP BY r.span, r.start, r.channel, r.category%1")
                                                 .arg(keys, measureSums(upper), lower.name,
                                                      scope.where(lower, QStringLiteral("r."))),
                         scope.values(lower));
    }

    // Rows of a longer span summed from the rows of a shorter one in the same table; `source` selects those.
    void insertCoarser(const Table &table, const Scope &source, int span)
    {
        const QString keys = keyList(table, QStringLiteral("r."));
        const QString start = QStringLiteral("r.start - r.start % ") + QString::number(span);
        m_connection.run(insertHead(table) + QStringLiteral("SELECT %1, %2, r.channel, r.category%3, %4 FROM %5 r %6 "
                                                            "GROUP BY %2, r.channel, r.category%3")
                                                 .arg(QString::number(span), start, keys, measureSums(table),
                                                      table.name, source.where(table, QStringLiteral("r."))),
                         source.values(table));
    }

private:
    static QString daySpanText() { return QString::number(RollupStore::kDaySpan); }
    Connection &m_connection;
};

} // namespace

void RollupStore::rebuildAll()
{
    Statements s(m_connection);
    for (const Table *table : kTables) {
        m_connection.run(QStringLiteral("DELETE FROM %1").arg(table->name));
    }
    const Scope days;
    s.insertKpiDetail(days);
    s.insertCube(kKpiAgent, days);
    s.insertFromLower(kKpiTeam, kKpiAgent, days);
    s.insertFromLower(kKpiAll, kKpiTeam, days);
    s.insertDimensionDetail(kDimTeam, days);
    s.insertCube(kDimTeam, days);
    s.insertFromLower(kDimAll, kDimTeam, days);
    s.insertDimensionDetail(kDimAgent, days);
    const Scope weeks{kWeekSpan, std::nullopt, std::nullopt};
    for (const Table *table : kTables) {
        s.insertCoarser(*table, days, kWeekSpan);
        s.insertCoarser(*table, weeks, kBlockSpan);
    }
}

void RollupStore::refreshDays(qint64 first, qint64 last, std::optional<qint64> agentId)
{
    Statements s(m_connection);
    const Scope agentRows{kDaySpan, std::make_pair(first, last), agentId};
    const Scope dayRows{kDaySpan, std::make_pair(first, last), std::nullopt};
    s.remove(kKpiAgent, agentRows);
    s.insertKpiDetail(agentRows);
    s.insertCube(kKpiAgent, agentRows);
    s.remove(kKpiTeam, dayRows);
    s.insertFromLower(kKpiTeam, kKpiAgent, dayRows);
    s.remove(kKpiAll, dayRows);
    s.insertFromLower(kKpiAll, kKpiTeam, dayRows);

    s.remove(kDimTeam, dayRows);
    s.insertDimensionDetail(kDimTeam, dayRows);
    s.insertCube(kDimTeam, dayRows);
    s.remove(kDimAll, dayRows);
    s.insertFromLower(kDimAll, kDimTeam, dayRows);
    s.remove(kDimAgent, agentRows);
    s.insertDimensionDetail(kDimAgent, agentRows);

    // The weeks and four-week blocks the days fall in, summed again from their day and week rows.
    const qint64 firstWeek = spanStart(first, kWeekSpan);
    const qint64 endWeek = spanStart(last - 1, kWeekSpan) + kWeekSpan;
    const Scope weekRows{kWeekSpan, std::make_pair(firstWeek, endWeek), agentId};
    const Scope weekDays{kDaySpan, std::make_pair(firstWeek, endWeek), agentId};
    const qint64 firstBlock = spanStart(first, kBlockSpan);
    const qint64 endBlock = spanStart(last - 1, kBlockSpan) + kBlockSpan;
    const Scope blockRows{kBlockSpan, std::make_pair(firstBlock, endBlock), agentId};
    const Scope blockWeeks{kWeekSpan, std::make_pair(firstBlock, endBlock), agentId};
    for (const Table *table : kTables) {
        s.remove(*table, weekRows);
        s.insertCoarser(*table, weekDays, kWeekSpan);
        s.remove(*table, blockRows);
        s.insertCoarser(*table, blockWeeks, kBlockSpan);
    }
}

void RollupStore::refreshDays(const QSet<qint64> &days)
{
    // Runs of nearby days are refreshed together: one pass over a range costs about what a day costs.
    QList<qint64> sorted(days.cbegin(), days.cend());
    std::sort(sorted.begin(), sorted.end());
    qsizetype i = 0;
    while (i < sorted.size()) {
        const qint64 first = sorted[i];
        qint64 last = first;
        while (i + 1 < sorted.size() && sorted[i + 1] - last <= kMaxGapInOneRefresh) {
            last = sorted[++i];
        }
        refreshDays(first, last + 1, std::nullopt);
        ++i;
    }
}

QStringList RollupStore::dump()
{
    QStringList lines;
    for (const Table *table : kTables) {
        const QString columns = QStringLiteral("span, start, channel, category%1").arg(keyList(*table));
        QSqlQuery q = m_connection.run(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1")
                                           .arg(columns, measureColumns(*table), table->name));
        const int count = q.record().count();
        while (q.next()) {
            QStringList fields{table->name};
            for (int i = 0; i < count; ++i) {
                const QVariant v = q.value(i);
                // REAL sums to six decimals: their order of addition differs between a refresh and a rebuild.
                fields << (v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 6) : v.toString());
            }
            lines << fields.join(QLatin1Char('|'));
        }
    }
    return lines;
}

void RollupStore::refreshAgentDay(qint64 day, qint64 agentId)
{
    refreshDays(day, day + 1, agentId);
}

} // namespace qadesk
