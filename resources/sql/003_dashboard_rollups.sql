-- Dashboard rollups (issue 5). Replaces the daily KPI rollups of version 1 by rollups that answer any
-- dashboard filter from few rows:
--   * three spans in one table: span 1 is one local day starting at `start`, span 7 the ISO week whose Monday
--     is `start`, span 28 the four weeks from a Monday with start % 28 = 0 (local Julian day numbers in the
--     rollup zone, meta rollup_tz; Julian day 0 is a Monday); a range is read as whole blocks and weeks plus
--     the days at its edges (RollupUnits);
--   * channel and category are a small cube: the real values ('' when unknown) and '*' for "all", so that
--     every filter is one key lookup per span instead of a scan over the combinations;
--   * the primary key starts with what every lookup binds (span, start, channel, category), so rows for one
--     bucket are contiguous; {{WITHOUT_ROWID}} stores rows in that order on SQLite.
-- KPI components are those of KpiSql, plus qb0..qb9: submitted evaluations scored in [0,10), …, [90,100].
-- Dimension rollups hold, per rubric dimension key, the count and the sum of the 1–5 levels of submitted
-- evaluations (N/A and unscored dimensions left out). The agent level keeps only channel = category = '*';
-- an agent filtered by channel or category is read from the raw rows, which are few for one agent.
-- All rows are derived data: RollupStore rebuilds them after this migration.

DROP TABLE IF EXISTS kpi_daily_agent;
DROP TABLE IF EXISTS kpi_daily_team;
DROP TABLE IF EXISTS kpi_daily_all;

CREATE TABLE kpi_rollup_agent (
    span INTEGER NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    agent_id INTEGER NOT NULL, team_key INTEGER NOT NULL,
    interactions INTEGER NOT NULL, csat_n INTEGER NOT NULL, csat_pos INTEGER NOT NULL,
    nps_n INTEGER NOT NULL, nps_pro INTEGER NOT NULL, nps_det INTEGER NOT NULL, ces_n INTEGER NOT NULL, ces_pos INTEGER NOT NULL,
    fcr_n INTEGER NOT NULL, fcr_yes INTEGER NOT NULL, handle_n INTEGER NOT NULL, handle_sum {{REAL}} NOT NULL,
    fr_n INTEGER NOT NULL, fr_sum {{REAL}} NOT NULL, complaints INTEGER NOT NULL,
    eval_n INTEGER NOT NULL, qa_n INTEGER NOT NULL, qa_sum {{REAL}} NOT NULL, qa_pass INTEGER NOT NULL,
    qb0 INTEGER NOT NULL, qb1 INTEGER NOT NULL, qb2 INTEGER NOT NULL, qb3 INTEGER NOT NULL, qb4 INTEGER NOT NULL,
    qb5 INTEGER NOT NULL, qb6 INTEGER NOT NULL, qb7 INTEGER NOT NULL, qb8 INTEGER NOT NULL, qb9 INTEGER NOT NULL,
    PRIMARY KEY (span, start, channel, category, agent_id, team_key)
){{WITHOUT_ROWID}};

CREATE TABLE kpi_rollup_team (
    span INTEGER NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    team_key INTEGER NOT NULL,
    interactions INTEGER NOT NULL, csat_n INTEGER NOT NULL, csat_pos INTEGER NOT NULL,
    nps_n INTEGER NOT NULL, nps_pro INTEGER NOT NULL, nps_det INTEGER NOT NULL, ces_n INTEGER NOT NULL, ces_pos INTEGER NOT NULL,
    fcr_n INTEGER NOT NULL, fcr_yes INTEGER NOT NULL, handle_n INTEGER NOT NULL, handle_sum {{REAL}} NOT NULL,
    fr_n INTEGER NOT NULL, fr_sum {{REAL}} NOT NULL, complaints INTEGER NOT NULL,
    eval_n INTEGER NOT NULL, qa_n INTEGER NOT NULL, qa_sum {{REAL}} NOT NULL, qa_pass INTEGER NOT NULL,
    qb0 INTEGER NOT NULL, qb1 INTEGER NOT NULL, qb2 INTEGER NOT NULL, qb3 INTEGER NOT NULL, qb4 INTEGER NOT NULL,
    qb5 INTEGER NOT NULL, qb6 INTEGER NOT NULL, qb7 INTEGER NOT NULL, qb8 INTEGER NOT NULL, qb9 INTEGER NOT NULL,
    PRIMARY KEY (span, start, channel, category, team_key)
){{WITHOUT_ROWID}};

CREATE TABLE kpi_rollup_all (
    span INTEGER NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    interactions INTEGER NOT NULL, csat_n INTEGER NOT NULL, csat_pos INTEGER NOT NULL,
    nps_n INTEGER NOT NULL, nps_pro INTEGER NOT NULL, nps_det INTEGER NOT NULL, ces_n INTEGER NOT NULL, ces_pos INTEGER NOT NULL,
    fcr_n INTEGER NOT NULL, fcr_yes INTEGER NOT NULL, handle_n INTEGER NOT NULL, handle_sum {{REAL}} NOT NULL,
    fr_n INTEGER NOT NULL, fr_sum {{REAL}} NOT NULL, complaints INTEGER NOT NULL,
    eval_n INTEGER NOT NULL, qa_n INTEGER NOT NULL, qa_sum {{REAL}} NOT NULL, qa_pass INTEGER NOT NULL,
    qb0 INTEGER NOT NULL, qb1 INTEGER NOT NULL, qb2 INTEGER NOT NULL, qb3 INTEGER NOT NULL, qb4 INTEGER NOT NULL,
    qb5 INTEGER NOT NULL, qb6 INTEGER NOT NULL, qb7 INTEGER NOT NULL, qb8 INTEGER NOT NULL, qb9 INTEGER NOT NULL,
    PRIMARY KEY (span, start, channel, category)
){{WITHOUT_ROWID}};

CREATE TABLE dim_rollup_agent (
    span INTEGER NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    agent_id INTEGER NOT NULL, team_key INTEGER NOT NULL, dimension_key TEXT NOT NULL,
    n INTEGER NOT NULL, total INTEGER NOT NULL,
    PRIMARY KEY (span, start, channel, category, agent_id, team_key, dimension_key)
){{WITHOUT_ROWID}};

CREATE TABLE dim_rollup_team (
    span INTEGER NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    team_key INTEGER NOT NULL, dimension_key TEXT NOT NULL,
    n INTEGER NOT NULL, total INTEGER NOT NULL,
    PRIMARY KEY (span, start, channel, category, team_key, dimension_key)
){{WITHOUT_ROWID}};

CREATE TABLE dim_rollup_all (
    span INTEGER NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    dimension_key TEXT NOT NULL,
    n INTEGER NOT NULL, total INTEGER NOT NULL,
    PRIMARY KEY (span, start, channel, category, dimension_key)
){{WITHOUT_ROWID}};

-- One agent's or one team's interactions are read straight from the raw rows where rollups cannot answer
-- (an agent's dimension levels by channel or category, drill-downs, recent evaluations). Carrying channel and
-- category in their time indexes lets those reads filter without visiting the scattered table rows.
DROP INDEX interactions_agent_started;
CREATE INDEX interactions_agent_started ON interactions(agent_id, started_at, channel, category);
DROP INDEX interactions_team_started;
CREATE INDEX interactions_team_started ON interactions(team_id, started_at, channel, category);
