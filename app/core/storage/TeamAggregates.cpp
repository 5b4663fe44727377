#include "TeamAggregates.h"

#include "Connection.h"
#include "Error.h"
#include "FilterKeys.h"
#include "KpiSql.h"

#include <QStringList>

namespace qadesk {

namespace {

const QStringList kSums{QStringLiteral("handle_sum"), QStringLiteral("fr_sum"), QStringLiteral("qa_sum")};

// The functions' shared frame: who the caller is (the session's login: inside the function current_user is the
// owner), the intervals checked, the rows of the level the caller's rollups show, the filter, the grouping. The
// query (a format() string with {group}, {keys} and {where}) is run with $1 … $8 = the intervals' starts and ends,
// team, agent, channel, category, the caller's agent and team.
QString functionSql(const QString &name, const QString &result, const QString &query)
{
    QString text = query;
    if (text.contains(QLatin1Char('%'))) {
        throw Error(QStringLiteral("TeamAggregates: the query of %1 holds a %, which format() would read").arg(name));
    }
    text.replace(QLatin1String("'"), QLatin1String("''"));
    text.replace(QLatin1String("{group}"), QLatin1String("%1$s"));
    text.replace(QLatin1String("{keys}"), QLatin1String("%2$s"));
    text.replace(QLatin1String("{where}"), QLatin1String("%3$s"));
    QString sql =
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION {name}(p_lo bigint[], p_hi bigint[], p_level text, p_team bigint,
    p_agent bigint, p_channel text, p_category text, p_group text)
RETURNS TABLE ({result})
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $qadesk$
DECLARE
    v_role text;
    v_agent bigint;
    v_team bigint;
    v_seen text;
    v_keys text := '';
    v_attributes text := '';
    v_group text;
BEGIN
    IF p_level IS NULL OR p_level NOT IN ('all', 'team', 'agent') OR p_group IS NULL
       OR p_group NOT IN ('none', 'agent', 'team') THEN
        RAISE EXCEPTION '{name}: unknown level % or grouping %', p_level, p_group USING ERRCODE = '22023';
    END IF;
    IF p_lo IS NULL OR p_hi IS NULL OR cardinality(p_lo) <> cardinality(p_hi) OR EXISTS (
           SELECT 1 FROM unnest(p_lo, p_hi) AS b (lo, hi)
            WHERE b.lo IS NULL OR b.hi IS NULL OR b.hi <= b.lo OR b.lo % 900 <> 0 OR b.hi % 900 <> 0) THEN
        RAISE EXCEPTION '{name} sums whole quarter hours only' USING ERRCODE = '22023';
    END IF;
    SELECT q.role, q.agent_id, q.team_id INTO v_role, v_agent, v_team FROM qadesk_person_of(session_user::text) q;
    -- The rollup read rules of 014: the totals for every active person; team rows for managers, inspectors and
    -- the team's agents and lead; agent rows for managers, inspectors, the agent and the lead of the team.
    IF v_role IS NULL THEN
        RETURN;
    ELSIF v_role IN ('qa_manager', 'admin', 'inspector') OR p_level = 'all' THEN
        v_seen := 'true';
    ELSIF (p_level = 'team' AND v_role IN ('agent', 'lead')) OR (p_level = 'agent' AND v_role = 'lead') THEN
        -- Their team's rows (a team id is never 0: team_key 0, no team, is no one's). Asked for that team, the
        -- filter says it all (and the planner reads the team's index range); asked for another, nothing.
        IF v_team IS NULL OR p_team <> v_team THEN
            RETURN;
        END IF;
        v_seen := CASE WHEN p_team IS NULL THEN 'i.team_id = $8' ELSE 'true' END;
    ELSIF p_level = 'agent' AND v_role = 'agent' THEN
        IF v_agent IS NULL OR p_agent <> v_agent THEN
            RETURN;
        END IF;
        v_seen := CASE WHEN p_agent IS NULL THEN 'i.agent_id = $7' ELSE 'true' END;
    ELSE
        RETURN;
    END IF;
    IF p_team IS NOT NULL THEN
        v_keys := v_keys || ' AND i.team_id = $3';
    END IF;
    IF p_agent IS NOT NULL THEN
        v_keys := v_keys || ' AND i.agent_id = $4';
    END IF;
    IF p_channel IS NOT NULL THEN
        v_attributes := v_attributes || ' AND i.channel = $5';
    END IF;
    IF p_category IS NOT NULL THEN
        v_attributes := v_attributes || ' AND i.category = $6';
    END IF;
    v_group := CASE p_group WHEN 'agent' THEN 'i.agent_id' WHEN 'team' THEN 'COALESCE(i.team_id, 0)' ELSE '0' END;
    RETURN QUERY EXECUTE format('{query}', v_group, v_seen || v_keys, v_seen || v_keys || v_attributes)
        USING p_lo, p_hi, p_team, p_agent, p_channel, p_category, v_agent, v_team;
END
$qadesk$)");
    sql.replace(QLatin1String("{name}"), name);
    sql.replace(QLatin1String("{result}"), result);
    sql.replace(QLatin1String("{query}"), text);
    return sql;
}

// The intervals, numbered from 0 in the order given.
const QString kIntervals = QStringLiteral("WITH x (eid, lo, hi) AS (SELECT (b.o - 1)::integer, b.lo, b.hi FROM "
                                          "unnest($1, $2) WITH ORDINALITY AS b (lo, hi, o)) ");

QString call(const QString &function, const QList<std::pair<qint64, qint64>> &intervals, TeamAggregates::Level level,
             const FilterKeys &keys, const QString &channel, const QString &category, TeamAggregates::Group group,
             QVariantList &values)
{
    QStringList from;
    QStringList to;
    for (const auto &[lo, hi] : intervals) {
        from << QString::number(lo);
        to << QString::number(hi);
    }
    const auto nullable = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    };
    const auto id = [](const std::optional<qint64> &key) {
        return key ? QVariant(*key) : QVariant(QMetaType(QMetaType::LongLong));
    };
    values << QStringLiteral("{%1}").arg(from.join(QLatin1Char(',')))
           << QStringLiteral("{%1}").arg(to.join(QLatin1Char(',')))
           << (level == TeamAggregates::Level::All    ? QStringLiteral("all")
               : level == TeamAggregates::Level::Team ? QStringLiteral("team")
                                                      : QStringLiteral("agent"))
           << id(keys.team) << id(keys.agent) << nullable(channel) << nullable(category)
           << (group == TeamAggregates::Group::None    ? QStringLiteral("none")
               : group == TeamAggregates::Group::Agent ? QStringLiteral("agent")
                                                       : QStringLiteral("team"));
    return function + QStringLiteral("(CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS TEXT), CAST(? AS BIGINT), "
                                     "CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))");
}

} // namespace

bool TeamAggregates::needed()
{
    if (m_connection.dialect() != SqlDialect::Postgres) {
        return false;
    }
    QSqlQuery installed = m_connection.run(QStringLiteral("SELECT to_regproc('qadesk_kpi_edges') IS NOT NULL"));
    if (!installed.next() || !installed.value(0).toBool()) {
        return false;
    }
    QSqlQuery q =
        m_connection.run(QStringLiteral("SELECT COALESCE(qadesk_my_role() NOT IN ('qa_manager', 'admin'), false)"));
    return q.next() && q.value(0).toBool();
}

QString TeamAggregates::kpiCall(const QList<std::pair<qint64, qint64>> &intervals, Level level, const FilterKeys &keys,
                                const QString &channel, const QString &category, Group group, QVariantList &values)
{
    return call(QStringLiteral("qadesk_kpi_edges"), intervals, level, keys, channel, category, group, values);
}

QString TeamAggregates::dimensionCall(const QList<std::pair<qint64, qint64>> &intervals, Level level,
                                      const FilterKeys &keys, const QString &channel, const QString &category,
                                      Group group, QVariantList &values)
{
    return call(QStringLiteral("qadesk_dim_edges"), intervals, level, keys, channel, category, group, values);
}

void TeamAggregates::install(Connection &connection)
{
    if (connection.dialect() != SqlDialect::Postgres) {
        return;
    }
    const QStringList columns = kpisql::componentColumns(true).split(QStringLiteral(", "));
    QStringList result{QStringLiteral("eid integer"), QStringLiteral("gkey bigint")};
    QStringList casts{QStringLiteral("q.eid"), QStringLiteral("q.gkey::bigint")};
    for (const QString &column : columns) {
        const QString type = kSums.contains(column) ? QStringLiteral("double precision") : QStringLiteral("bigint");
        result << column + QLatin1Char(' ') + type;
        casts << QStringLiteral("q.%1::%2").arg(column, type);
    }
    // As KpiStore's raw edges: the evaluations joined are only those of the intervals' rows of the scope.
    const QString evaluated = QStringLiteral("AND interaction_id IN (SELECT i.id FROM x x2 JOIN interactions i "
                                             "ON i.started_at >= x2.lo AND i.started_at < x2.hi WHERE {keys})");
    const QString kpiQuery =
        kIntervals +
        QStringLiteral("SELECT %1 FROM (SELECT x.eid, {group}, %2 FROM x JOIN interactions i ON i.started_at >= x.lo "
                       "AND i.started_at < x.hi LEFT JOIN (%3) e ON e.interaction_id = i.id WHERE {where} "
                       "GROUP BY 1, 2) q (eid, gkey, %4)")
            .arg(casts.join(QStringLiteral(", ")), kpisql::componentsFromInteractions(true),
                 kpisql::evaluationAggregate(evaluated), columns.join(QStringLiteral(", ")));
    connection.execute(functionSql(QStringLiteral("qadesk_kpi_edges"), result.join(QStringLiteral(", ")), kpiQuery));

    const QString dimensionQuery =
        kIntervals +
        QStringLiteral("SELECT x.eid, ({group})::bigint, s.dimension_key::text, COUNT(*)::bigint, SUM(s.score)::bigint "
                       "FROM x JOIN interactions i ON i.started_at >= x.lo AND i.started_at < x.hi %1 "
                       "WHERE %2 AND {where} GROUP BY 1, 2, 3")
            .arg(kpisql::scoredDimensionsJoin(), kpisql::scoredDimensionsCondition());
    connection.execute(functionSql(
        QStringLiteral("qadesk_dim_edges"),
        QStringLiteral("eid integer, gkey bigint, dimension_key text, n bigint, total bigint"), dimensionQuery));
}

} // namespace qadesk
