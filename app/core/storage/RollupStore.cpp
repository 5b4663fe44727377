#include "RollupStore.h"

#include "Connection.h"
#include "Error.h"
#include "KpiSql.h"
#include "Schema.h"

#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace qadesk {

namespace {

// Touched days closer than this are refreshed as one range (a week at most is recomputed in vain).
constexpr qint64 kMaxGapInOneRefresh = 7;

// One rollup table: its level keys (after span, start, channel, category), which measures it holds, and its
// finest span (the span of the rows computed from interactions; longer spans are sums of those).
struct Table
{
    QLatin1String name;
    QLatin1String keys; // comma-separated, may be empty
    bool kpi;
    bool perAgent;
    int finest;
};

const Table kKpiAgent{QLatin1String("kpi_rollup_agent"), QLatin1String("agent_id, team_key"), true, true,
                      RollupStore::kDaySpan};
const Table kKpiTeam{QLatin1String("kpi_rollup_team"), QLatin1String("team_key"), true, false, RollupStore::kDaySpan};
const Table kKpiAll{QLatin1String("kpi_rollup_all"), QLatin1String(""), true, false, RollupStore::kHourSpan};
const Table kDimAgent{QLatin1String("dim_rollup_agent"), QLatin1String("agent_id, team_key, dimension_key"), false,
                      true, RollupStore::kDaySpan};
const Table kDimTeam{QLatin1String("dim_rollup_team"), QLatin1String("team_key, dimension_key"), false, false,
                     RollupStore::kDaySpan};
const Table kDimAll{QLatin1String("dim_rollup_all"), QLatin1String("dimension_key"), false, false,
                    RollupStore::kHourSpan};
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

// The rollup start (hours since the rollup epoch) of the unit of `span` (an hour or a day) holding i.started_at.
QString startOf(int span)
{
    const qint64 shift = RollupStore::kEpochShift;
    return span == RollupStore::kHourSpan
               ? QStringLiteral("((i.started_at + %1) / 3600)").arg(shift)
               : QStringLiteral("(((i.started_at + %1) / 86400) * 24)").arg(shift);
}

// Which rows of a table a statement touches: one span, optionally starts in [first, last) (hours), optionally
// one agent (only on per-agent tables).
struct Scope
{
    int span = RollupStore::kDaySpan;
    std::optional<std::pair<qint64, qint64>> starts;
    std::optional<qint64> agent;

    Scope withSpan(int other) const { return Scope{other, starts, agent}; }

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

// Conditions on raw interactions for the same scope (instants and agent), and their values.
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
        conditions << QStringLiteral("i.started_at >= ? AND i.started_at < ?");
        raw.values << RollupStore::hourStartUtc(scope.starts->first) << RollupStore::hourStartUtc(scope.starts->second);
    }
    if (scope.agent && perAgent) {
        conditions << QStringLiteral("i.agent_id = ?");
        raw.values << *scope.agent;
    }
    raw.where = conditions.join(QStringLiteral(" AND "));
    return raw;
}

struct CapturedStatement
{
    QString sql;
    QVariantList values;
};

class Statements
{
public:
    // With a capture list, the statements are appended to it instead of being run (installTeamRefresh).
    explicit Statements(Connection &connection, QList<CapturedStatement> *capture = nullptr)
        : m_connection(connection), m_capture(capture)
    {
    }

    void run(const QString &sql, const QVariantList &values)
    {
        if (m_capture != nullptr) {
            m_capture->append(CapturedStatement{sql, values});
        } else {
            m_connection.run(sql, values);
        }
    }

    void remove(const Table &table, const Scope &scope)
    {
        run(QStringLiteral("DELETE FROM %1 %2").arg(table.name, scope.where(table, QString())), scope.values(table));
    }

    // Finest rows of interactions and their evaluation components, one per (channel, category) and the table's
    // level keys (agent and team, or none).
    void insertKpiDetail(const Table &table, const Scope &scope)
    {
        const RawScope raw = rawScope(scope, table.perAgent);
        const QString interactionWhere = raw.where.isEmpty() ? QString() : QStringLiteral("WHERE ") + raw.where;
        const QString evaluationWhere =
            raw.where.isEmpty() ? QString()
                                : QStringLiteral("AND interaction_id IN (SELECT i.id FROM interactions i WHERE %1)").arg(raw.where);
        const QString keys = table.perAgent ? QStringLiteral(", i.agent_id, COALESCE(i.team_id, 0)") : QString();
        const QString start = startOf(table.finest);
        run(insertHead(table) + QStringLiteral("SELECT %1, %2, COALESCE(i.channel, ''), COALESCE(i.category, '')%3, %4 "
                                               "FROM interactions i LEFT JOIN (%5) e ON e.interaction_id = i.id %6 "
                                               "GROUP BY %2, COALESCE(i.channel, ''), COALESCE(i.category, '')%3")
                                    .arg(QString::number(table.finest), start, keys,
                                         kpisql::componentsFromInteractions(),
                                         kpisql::evaluationAggregate(evaluationWhere), interactionWhere),
            raw.values + raw.values);
    }

    // Finest rows of dimension levels per (channel, category, team, dimension), per (channel, category,
    // dimension), or per (agent, team, dimension) with channel = category = '*' at the agent level.
    void insertDimensionDetail(const Table &table, const Scope &scope)
    {
        const bool agentLevel = table.perAgent;
        const bool teamLevel = QString(table.keys).startsWith(QStringLiteral("team_key"));
        const RawScope raw = rawScope(scope, agentLevel);
        const QString where = raw.where.isEmpty() ? QString() : QStringLiteral(" AND ") + raw.where;
        QString groups;
        QString groupBy;
        if (agentLevel) {
            groups = QStringLiteral("'*', '*', i.agent_id, COALESCE(i.team_id, 0)");
            groupBy = QStringLiteral("i.agent_id, COALESCE(i.team_id, 0)");
        } else if (teamLevel) {
            groups = QStringLiteral("COALESCE(i.channel, ''), COALESCE(i.category, ''), COALESCE(i.team_id, 0)");
            groupBy = groups;
        } else {
            groups = QStringLiteral("COALESCE(i.channel, ''), COALESCE(i.category, '')");
            groupBy = groups;
        }
        const QString start = startOf(table.finest);
        run(insertHead(table) + QStringLiteral("SELECT %1, %2, %3, s.dimension_key, COUNT(*), SUM(s.score) "
                                               "FROM interactions i %4 WHERE %5%6 "
                                               "GROUP BY %2, %7, s.dimension_key")
                                    .arg(QString::number(table.finest), start, groups, kpisql::scoredDimensionsJoin(),
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
        run(sql, values + values + values);
    }

    // A coarser level summed from a finer one (agent → team), cube rows included.
    void insertFromLower(const Table &upper, const Table &lower, const Scope &scope)
    {
        const QString keys = keyList(upper, QStringLiteral("r."));
        run(insertHead(upper) +
                QStringLiteral("SELECT r.span, r.start, r.channel, r.category%1, %2 FROM %3 r %4 "
                               "GROUP BY r.span, r.start, r.channel, r.category%1")
                    .arg(keys, measureSums(upper), lower.name, scope.where(lower, QStringLiteral("r."))),
            scope.values(lower));
    }

    // Rows of a longer span summed from the rows of a shorter one in the same table; `source` selects those.
    void insertCoarser(const Table &table, const Scope &source, int span)
    {
        const QString keys = keyList(table, QStringLiteral("r."));
        const QString start = QStringLiteral("r.start - r.start % ") + QString::number(span);
        run(insertHead(table) + QStringLiteral("SELECT %1, %2, r.channel, r.category%3, %4 FROM %5 r %6 "
                                               "GROUP BY %2, r.channel, r.category%3")
                                    .arg(QString::number(span), start, keys, measureSums(table), table.name,
                                         source.where(table, QStringLiteral("r."))),
            source.values(table));
    }

    // Every row of UTC hours [first, last) (whole days; all when no range), of one agent at the agent level when
    // the scope names one. Longer spans are left to the caller.
    void refreshFinest(const std::optional<std::pair<qint64, qint64>> &hours, std::optional<qint64> agent)
    {
        const Scope agentRows{RollupStore::kDaySpan, hours, agent};
        const Scope dayRows{RollupStore::kDaySpan, hours, std::nullopt};
        const Scope hourRows{RollupStore::kHourSpan, hours, std::nullopt};
        remove(kKpiAgent, agentRows);
        insertKpiDetail(kKpiAgent, agentRows);
        insertCube(kKpiAgent, agentRows);
        remove(kKpiTeam, dayRows);
        insertFromLower(kKpiTeam, kKpiAgent, dayRows);
        remove(kKpiAll, hourRows);
        insertKpiDetail(kKpiAll, hourRows);
        insertCube(kKpiAll, hourRows);
        remove(kKpiAll, dayRows);
        insertCoarser(kKpiAll, hourRows, RollupStore::kDaySpan);

        remove(kDimTeam, dayRows);
        insertDimensionDetail(kDimTeam, dayRows);
        insertCube(kDimTeam, dayRows);
        remove(kDimAll, hourRows);
        insertDimensionDetail(kDimAll, hourRows);
        insertCube(kDimAll, hourRows);
        remove(kDimAll, dayRows);
        insertCoarser(kDimAll, hourRows, RollupStore::kDaySpan);
        remove(kDimAgent, agentRows);
        insertDimensionDetail(kDimAgent, agentRows);
    }

private:
    Connection &m_connection;
    QList<CapturedStatement> *m_capture;
};

// Recomputes the rows of UTC days [first, last) and of the weeks and blocks they fall in (RollupStore::refreshDays).
void refreshDaysWith(Statements &s, qint64 first, qint64 last, std::optional<qint64> agentId)
{
    const qint64 firstHour = first * RollupStore::kDaySpan;
    const qint64 endHour = last * RollupStore::kDaySpan;
    s.refreshFinest(std::make_pair(firstHour, endHour), agentId);

    // The weeks and four-week blocks the days fall in, summed again from their day and week rows.
    const qint64 firstWeek = RollupStore::spanStart(firstHour, RollupStore::kWeekSpan);
    const qint64 endWeek = RollupStore::spanStart(endHour - 1, RollupStore::kWeekSpan) + RollupStore::kWeekSpan;
    const Scope weekRows{RollupStore::kWeekSpan, std::make_pair(firstWeek, endWeek), agentId};
    const Scope weekDays{RollupStore::kDaySpan, std::make_pair(firstWeek, endWeek), agentId};
    const qint64 firstBlock = RollupStore::spanStart(firstHour, RollupStore::kBlockSpan);
    const qint64 endBlock = RollupStore::spanStart(endHour - 1, RollupStore::kBlockSpan) + RollupStore::kBlockSpan;
    const Scope blockRows{RollupStore::kBlockSpan, std::make_pair(firstBlock, endBlock), agentId};
    const Scope blockWeeks{RollupStore::kWeekSpan, std::make_pair(firstBlock, endBlock), agentId};
    for (const Table *table : kTables) {
        s.remove(*table, weekRows);
        s.insertCoarser(*table, weekDays, RollupStore::kWeekSpan);
        s.remove(*table, blockRows);
        s.insertCoarser(*table, blockWeeks, RollupStore::kBlockSpan);
    }
}

} // namespace

void RollupStore::rebuildAll()
{
    Statements s(m_connection);
    for (const Table *table : kTables) {
        m_connection.run(QStringLiteral("DELETE FROM %1").arg(table->name));
    }
    s.refreshFinest(std::nullopt, std::nullopt);
    const Scope days{kDaySpan, std::nullopt, std::nullopt};
    const Scope weeks{kWeekSpan, std::nullopt, std::nullopt};
    for (const Table *table : kTables) {
        s.insertCoarser(*table, days, kWeekSpan);
        s.insertCoarser(*table, weeks, kBlockSpan);
    }
}

void RollupStore::refreshDays(qint64 first, qint64 last, std::optional<qint64> agentId)
{
    Statements s(m_connection);
    refreshDaysWith(s, first, last, agentId);
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
    if (m_connection.dialect() == SqlDialect::Postgres) {
        m_connection.run(QStringLiteral("SELECT qadesk_refresh_agent_day(?, ?)"), {day, agentId});
        return;
    }
    refreshDays(day, day + 1, agentId);
}

void RollupStore::installTeamRefresh()
{
    if (m_connection.dialect() != SqlDialect::Postgres) {
        return;
    }
    // A day in the middle of a week and of a four-week block (day % 28 = 10) and an agent number no bound hour or
    // instant equals: each value the statements bind is then one of these, told apart by its value alone.
    const qint64 day = 28 * 1000 + 10;
    const qint64 agent = 7;
    const qint64 firstHour = day * kDaySpan;
    const qint64 endHour = firstHour + kDaySpan;
    const QList<std::pair<qint64, QString>> names{
        {agent, QStringLiteral("p_agent")},
        {firstHour, QStringLiteral("v_first_hour")},
        {endHour, QStringLiteral("v_end_hour")},
        {hourStartUtc(firstHour), QStringLiteral("v_first_utc")},
        {hourStartUtc(endHour), QStringLiteral("v_end_utc")},
        {spanStart(firstHour, kWeekSpan), QStringLiteral("v_first_week")},
        {spanStart(endHour - 1, kWeekSpan) + kWeekSpan, QStringLiteral("v_end_week")},
        {spanStart(firstHour, kBlockSpan), QStringLiteral("v_first_block")},
        {spanStart(endHour - 1, kBlockSpan) + kBlockSpan, QStringLiteral("v_end_block")},
    };
    QList<CapturedStatement> statements;
    Statements capture(m_connection, &statements);
    refreshDaysWith(capture, day, day + 1, agent);

    QString body;
    for (const CapturedStatement &statement : statements) {
        QString sql;
        qsizetype next = 0;
        for (const QChar c : statement.sql) {
            if (c != QLatin1Char('?')) {
                sql += c;
                continue;
            }
            const qint64 value = statement.values.value(next++).toLongLong();
            const auto name =
                std::find_if(names.cbegin(), names.cend(), [&](const auto &n) { return n.first == value; });
            if (name == names.cend()) {
                throw Error(
                    QStringLiteral("RollupStore: the bound value %1 of \"%2\" is none of the day's hours or the "
                                   "agent: qadesk_refresh_agent_day cannot express it")
                        .arg(value)
                        .arg(statement.sql.left(120)));
            }
            sql += name->second;
        }
        if (next != statement.values.size()) {
            throw Error(
                QStringLiteral("RollupStore: placeholders and values differ in \"%1\"").arg(statement.sql.left(120)));
        }
        body += QStringLiteral("    ") + sql + QStringLiteral(";\n");
    }
    const auto spanStartSql = [](const QString &hour, int span) {
        return QStringLiteral("(%1 - (((%1 %% %2) + %2) %% %2))")
            .arg(hour)
            .arg(span)
            .replace(QStringLiteral("%%"), QStringLiteral("%"));
    };
    const QString declarations =
        QStringLiteral("    v_first_hour bigint := p_day * %1;\n"
                       "    v_end_hour bigint := p_day * %1 + %1;\n"
                       "    v_first_utc bigint := p_day * %1 * 3600 - %2;\n"
                       "    v_end_utc bigint := (p_day * %1 + %1) * 3600 - %2;\n")
            .arg(kDaySpan)
            .arg(kEpochShift) +
        QStringLiteral("    v_first_week bigint := %1;\n    v_end_week bigint := %2 + %3;\n")
            .arg(spanStartSql(QStringLiteral("p_day * %1").arg(kDaySpan), kWeekSpan),
                 spanStartSql(QStringLiteral("(p_day * %1 + %2)").arg(kDaySpan).arg(kDaySpan - 1), kWeekSpan))
            .arg(kWeekSpan) +
        QStringLiteral("    v_first_block bigint := %1;\n    v_end_block bigint := %2 + %3;\n")
            .arg(spanStartSql(QStringLiteral("p_day * %1").arg(kDaySpan), kBlockSpan),
                 spanStartSql(QStringLiteral("(p_day * %1 + %2)").arg(kDaySpan).arg(kDaySpan - 1), kBlockSpan))
            .arg(kBlockSpan);
    m_connection.execute(
        QStringLiteral("CREATE OR REPLACE FUNCTION qadesk_refresh_agent_day(p_day bigint, p_agent bigint) "
                       "RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $qadesk$\n"
                       "DECLARE\n%1BEGIN\n%2END\n$qadesk$")
            .arg(declarations, body));
}

} // namespace qadesk
