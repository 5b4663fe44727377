-- Calibration sessions (issue 14): a QA manager has several inspectors score the same interactions blind and
-- reads their agreement. Calibration scores live in tables of their own, apart from evaluations, so that they
-- never enter a KPI, a rollup or an agent's results.
CREATE TABLE calibration_sessions (
    id {{PK}},
    name TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at {{BIGINT}} NOT NULL,
    deadline TEXT,                            -- YYYY-MM-DD, the last day (inclusive) in the organisation's zone
    expert TEXT,                              -- the participant whose scores are the reference, if any
    blind_until_closed INTEGER NOT NULL DEFAULT 1 CHECK (blind_until_closed IN (0, 1)),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    closed_at {{BIGINT}},
    rubric_version_id INTEGER NOT NULL REFERENCES rubric_versions(id),
    kind TEXT NOT NULL DEFAULT 'session' CHECK (kind IN ('session', 'continuous')),
    plan_id INTEGER REFERENCES sampling_plans(id) ON DELETE SET NULL
);
CREATE INDEX calibration_sessions_kind ON calibration_sessions(kind);

CREATE TABLE calibration_items (
    session_id INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (session_id, interaction_id)
);

CREATE TABLE calibration_participants (
    session_id INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
    participant TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (session_id, participant)
);

-- One participant's submitted score of one interaction of a session; final once submitted.
CREATE TABLE calibration_scores (
    id {{PK}},
    session_id INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    participant TEXT NOT NULL,
    score {{REAL}},
    grade_key TEXT,
    critical_failed INTEGER NOT NULL DEFAULT 0 CHECK (critical_failed IN (0, 1)),
    comment TEXT NOT NULL DEFAULT '',
    submitted_at {{BIGINT}} NOT NULL,
    UNIQUE (session_id, interaction_id, participant)
);

CREATE TABLE calibration_score_levels (
    score_id INTEGER NOT NULL REFERENCES calibration_scores(id) ON DELETE CASCADE,
    dimension_key TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    level INTEGER CHECK (level BETWEEN 1 AND 5),
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    PRIMARY KEY (score_id, dimension_key)
);

CREATE TABLE calibration_score_checklist (
    score_id INTEGER NOT NULL REFERENCES calibration_scores(id) ON DELETE CASCADE,
    step_key TEXT NOT NULL,
    result TEXT CHECK (result IN ('yes', 'no', 'na')),
    PRIMARY KEY (score_id, step_key)
);

CREATE TABLE calibration_score_critical (
    score_id INTEGER NOT NULL REFERENCES calibration_scores(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    failed INTEGER NOT NULL DEFAULT 0 CHECK (failed IN (0, 1)),
    PRIMARY KEY (score_id, item_key)
);
