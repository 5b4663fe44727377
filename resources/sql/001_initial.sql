-- QA Desk schema, version 1. Portable SQL: {{PK}}, {{REAL}} and {{BIGINT}} are filled in per dialect
-- by SqlDialect; a statement headed "-- dialect: sqlite" runs on SQLite only.

CREATE TABLE teams (
    id {{PK}},
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE agents (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name TEXT,
    team_id INTEGER REFERENCES teams(id)
);
CREATE INDEX agents_team ON agents(team_id);

CREATE TABLE users (
    id {{PK}},
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'inspector' CHECK (role IN ('inspector', 'lead', 'admin'))
);

CREATE TABLE interactions (
    id {{PK}},
    external_id TEXT NOT NULL UNIQUE,
    channel TEXT CHECK (channel IN ('phone', 'chat', 'email', 'other')),
    started_at {{BIGINT}} NOT NULL,           -- UTC, seconds since the epoch
    utc_offset_s INTEGER NOT NULL DEFAULT 0,  -- the offset the source gave, for display
    day INTEGER NOT NULL,                     -- local day number in the rollup time zone (meta rollup_tz)
    agent_id INTEGER NOT NULL REFERENCES agents(id),
    team_id INTEGER REFERENCES teams(id),     -- the agent's team when the interaction happened
    category TEXT CHECK (category IN ('consultation', 'complaint', 'after_sales', 'suggestion', 'other')),
    handle_s {{REAL}},
    first_response_s {{REAL}},
    fcr INTEGER CHECK (fcr IN (0, 1)),
    complaint INTEGER NOT NULL DEFAULT 0 CHECK (complaint IN (0, 1)),
    csat INTEGER CHECK (csat BETWEEN 1 AND 5),
    nps INTEGER CHECK (nps BETWEEN 0 AND 10),
    ces INTEGER CHECK (ces BETWEEN 1 AND 7),
    customer_id TEXT,
    customer_phone TEXT,
    recording TEXT,
    turn_count INTEGER NOT NULL DEFAULT 0,
    source_file TEXT,
    imported_at {{BIGINT}}
);
CREATE INDEX interactions_started ON interactions(started_at);
CREATE INDEX interactions_agent_started ON interactions(agent_id, started_at);
CREATE INDEX interactions_team_started ON interactions(team_id, started_at);
CREATE INDEX interactions_day_agent ON interactions(day, agent_id);

CREATE TABLE turns (
    id {{PK}},
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    speaker TEXT NOT NULL CHECK (speaker IN ('agent', 'customer', 'system')),
    start_ms {{BIGINT}},
    end_ms {{BIGINT}},
    text TEXT NOT NULL,
    UNIQUE (interaction_id, seq)
);

CREATE TABLE rubrics (
    id {{PK}},
    rubric_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE rubric_versions (
    id {{PK}},
    rubric_id INTEGER NOT NULL REFERENCES rubrics(id),
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,                 -- the rubric JSON: dimensions, levels, weights, checklist, critical items, grade bands
    created_at {{BIGINT}} NOT NULL,
    UNIQUE (rubric_id, version)
);

CREATE TABLE evaluations (
    id {{PK}},
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    rubric_version_id INTEGER NOT NULL REFERENCES rubric_versions(id),
    inspector_id INTEGER NOT NULL REFERENCES users(id),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'disputed', 'final')),
    overall_comment TEXT NOT NULL DEFAULT '',
    critical_failed INTEGER NOT NULL DEFAULT 0 CHECK (critical_failed IN (0, 1)),
    score {{REAL}},
    grade_key TEXT,
    created_at {{BIGINT}} NOT NULL,
    updated_at {{BIGINT}} NOT NULL,
    submitted_at {{BIGINT}},
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX evaluations_interaction ON evaluations(interaction_id);
CREATE INDEX evaluations_status ON evaluations(status);

CREATE TABLE evaluation_scores (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    dimension_key TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,      -- the dimension's place in the rubric
    score INTEGER CHECK (score BETWEEN 1 AND 5),
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (evaluation_id, dimension_key)
);

CREATE TABLE evaluation_evidence (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    dimension_key TEXT NOT NULL,
    turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
    PRIMARY KEY (evaluation_id, dimension_key, turn_id)
);

CREATE TABLE evaluation_checklist (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    step_key TEXT NOT NULL,
    result TEXT CHECK (result IN ('yes', 'no', 'na')),
    PRIMARY KEY (evaluation_id, step_key)
);

CREATE TABLE evaluation_critical (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    failed INTEGER NOT NULL DEFAULT 0 CHECK (failed IN (0, 1)),
    PRIMARY KEY (evaluation_id, item_key)
);

-- Daily KPI rollups, keyed by local day in the rollup time zone. Three grains so that any filter reads few rows.
-- Components only (counts and sums); the KPI formulas are applied when they are read, identically to the raw path.
CREATE TABLE kpi_daily_agent (
    day INTEGER NOT NULL, agent_id INTEGER NOT NULL, team_key INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    interactions INTEGER NOT NULL, csat_n INTEGER NOT NULL, csat_pos INTEGER NOT NULL,
    nps_n INTEGER NOT NULL, nps_pro INTEGER NOT NULL, nps_det INTEGER NOT NULL, ces_n INTEGER NOT NULL, ces_pos INTEGER NOT NULL,
    fcr_n INTEGER NOT NULL, fcr_yes INTEGER NOT NULL, handle_n INTEGER NOT NULL, handle_sum {{REAL}} NOT NULL,
    fr_n INTEGER NOT NULL, fr_sum {{REAL}} NOT NULL, complaints INTEGER NOT NULL,
    eval_n INTEGER NOT NULL, qa_n INTEGER NOT NULL, qa_sum {{REAL}} NOT NULL, qa_pass INTEGER NOT NULL,
    PRIMARY KEY (agent_id, day, team_key, channel, category)
);
CREATE INDEX kpi_daily_agent_day ON kpi_daily_agent(day);
CREATE TABLE kpi_daily_team (
    day INTEGER NOT NULL, team_key INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    interactions INTEGER NOT NULL, csat_n INTEGER NOT NULL, csat_pos INTEGER NOT NULL,
    nps_n INTEGER NOT NULL, nps_pro INTEGER NOT NULL, nps_det INTEGER NOT NULL, ces_n INTEGER NOT NULL, ces_pos INTEGER NOT NULL,
    fcr_n INTEGER NOT NULL, fcr_yes INTEGER NOT NULL, handle_n INTEGER NOT NULL, handle_sum {{REAL}} NOT NULL,
    fr_n INTEGER NOT NULL, fr_sum {{REAL}} NOT NULL, complaints INTEGER NOT NULL,
    eval_n INTEGER NOT NULL, qa_n INTEGER NOT NULL, qa_sum {{REAL}} NOT NULL, qa_pass INTEGER NOT NULL,
    PRIMARY KEY (team_key, day, channel, category)
);
CREATE INDEX kpi_daily_team_day ON kpi_daily_team(day);
CREATE TABLE kpi_daily_all (
    day INTEGER NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    interactions INTEGER NOT NULL, csat_n INTEGER NOT NULL, csat_pos INTEGER NOT NULL,
    nps_n INTEGER NOT NULL, nps_pro INTEGER NOT NULL, nps_det INTEGER NOT NULL, ces_n INTEGER NOT NULL, ces_pos INTEGER NOT NULL,
    fcr_n INTEGER NOT NULL, fcr_yes INTEGER NOT NULL, handle_n INTEGER NOT NULL, handle_sum {{REAL}} NOT NULL,
    fr_n INTEGER NOT NULL, fr_sum {{REAL}} NOT NULL, complaints INTEGER NOT NULL,
    eval_n INTEGER NOT NULL, qa_n INTEGER NOT NULL, qa_sum {{REAL}} NOT NULL, qa_pass INTEGER NOT NULL,
    PRIMARY KEY (day, channel, category)
);

CREATE TABLE audit_log (
    id {{PK}},
    at {{BIGINT}} NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id {{BIGINT}},
    detail TEXT NOT NULL DEFAULT ''
);

-- dialect: sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- dialect: sqlite
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
