-- Team mode (PostgreSQL): dashboards at a period's edges. KPI and dimension figures are read from rollups keyed in
-- UTC hours (the organisation's totals) or days (teams, agents) plus the raw rows of the partial hours or days at
-- the period's edges (KpiStore, DimensionStatsStore). A person who may read a scope's rollups (014: the totals
-- everyone; team rows managers, inspectors, the team's agents and lead; agent rows managers, inspectors, the agent
-- and their lead) but only some of its rows would otherwise get the rollups' sums over every row plus edges over
-- theirs only: figures that are nobody's. These two functions give the edges' sums over every row of the scopes
-- whose rollups the caller reads (nothing for the others): aggregates per interval and agent or team, never a row,
-- and only over whole quarter hours (local midnights in any zone of today's world fall on one). docs/team-mode.md
-- "Dashboards" says the rule; tests/tst_team_postgres.cpp checks it as a lead, an agent and an inspector.
--
-- Their bodies are written when the migration has run (TeamAggregates::install, Schema::migrate) from the very
-- expressions KpiSql gives the raw and rollup queries, so that they count as the rollups do; these placeholders fix
-- the signatures (the install replaces the bodies and keeps the grants). SQLite has no roles: nothing here runs there.
--
-- qadesk_kpi_edges(p_lo, p_hi, p_level, p_team, p_agent, p_channel, p_category, p_group): for each interval
-- [p_lo[k], p_hi[k]) of UTC seconds (eid = k - 1) and group (p_group 'none': gkey 0; 'agent'; 'team': 0 for none),
-- the KPI components (kpisql::componentColumns) of the interactions there of the team, agent, channel and category
-- given (null: any) that the caller's rollups at p_level ('all', 'team', 'agent') include.

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_kpi_edges(p_lo bigint[], p_hi bigint[], p_level text, p_team bigint,
    p_agent bigint, p_channel text, p_category text, p_group text)
RETURNS TABLE (
    eid integer, gkey bigint, interactions bigint, csat_n bigint, csat_pos bigint, nps_n bigint,
    nps_pro bigint, nps_det bigint, ces_n bigint, ces_pos bigint, fcr_n bigint, fcr_yes bigint,
    handle_n bigint, handle_sum double precision, fr_n bigint, fr_sum double precision, complaints bigint,
    eval_n bigint, qa_n bigint, qa_sum double precision, qa_pass bigint, qb0 bigint, qb1 bigint, qb2 bigint,
    qb3 bigint, qb4 bigint, qb5 bigint, qb6 bigint, qb7 bigint, qb8 bigint, qb9 bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    RAISE EXCEPTION 'qadesk_kpi_edges is not installed';
END
$$;

-- The same for the rubric dimensions' levels of submitted evaluations (scored, not N/A): count and sum per key.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_dim_edges(p_lo bigint[], p_hi bigint[], p_level text, p_team bigint,
    p_agent bigint, p_channel text, p_category text, p_group text)
RETURNS TABLE (eid integer, gkey bigint, dimension_key text, n bigint, total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    RAISE EXCEPTION 'qadesk_dim_edges is not installed';
END
$$;

-- Every person may run them (they decide what to sum); Schema::migrate pins their search path (014) once the
-- bodies are installed.
-- dialect: postgres
DO $$
BEGIN
    IF (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        PERFORM qadesk_team_setup();
    END IF;
END
$$;
