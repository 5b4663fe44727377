-- Rectification (整改) and coaching (issue 13): an item an agent has to put right by a due date, verified by
-- evidence (the agent's next interactions, drawn onto an inspector's queue after each submission and scored
-- there), and coaching sessions with the agent's commitments.
CREATE TABLE rectification_items (
    id {{PK}},
    agent_id INTEGER NOT NULL REFERENCES agents(id),
    dimension_key TEXT,                       -- null: the whole evaluation (weighted score against the pass band)
    source TEXT NOT NULL CHECK (source IN ('evaluation', 'finding', 'manual')),
    evaluation_id INTEGER REFERENCES evaluations(id) ON DELETE SET NULL,
    finding TEXT NOT NULL DEFAULT '',         -- a dashboard finding: its weekly means, JSON
    owner_id INTEGER NOT NULL REFERENCES users(id), -- the agent's person, who works on it
    raised_by TEXT NOT NULL,
    verifier TEXT NOT NULL,                   -- the inspector whose queue the verification interactions join
    raised_at {{BIGINT}} NOT NULL,
    due_date TEXT NOT NULL,                   -- YYYY-MM-DD, the last day (inclusive) in the organisation's zone
    required_action TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open'
        CHECK (state IN ('open', 'in_progress', 'submitted', 'verified', 'reopened')),
    checks_required INTEGER NOT NULL DEFAULT 3 CHECK (checks_required BETWEEN 1 AND 20),
    round INTEGER NOT NULL DEFAULT 0,         -- submissions so far; the checks of the newest round count
    submitted_at {{BIGINT}},                  -- the newest submission: evidence is drawn from after it
    closed_at {{BIGINT}},
    updated_at {{BIGINT}} NOT NULL
);
CREATE INDEX rectification_items_agent ON rectification_items(agent_id, state);
CREATE INDEX rectification_items_state ON rectification_items(state);

-- Every state change with who, when and why (also in the audit log, in the same transaction).
CREATE TABLE rectification_history (
    id {{PK}},
    item_id INTEGER NOT NULL REFERENCES rectification_items(id) ON DELETE CASCADE,
    at {{BIGINT}} NOT NULL,
    actor TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rectification_history_item ON rectification_history(item_id);

-- The interactions drawn to verify a submission (round): on the verifier's work queue through a sampling plan
-- whose parameters name the item. result: null until the interaction's evaluation is submitted, then pass or
-- fail; void when it marked the item's dimension N/A (another interaction is drawn in its place).
CREATE TABLE rectification_checks (
    item_id INTEGER NOT NULL REFERENCES rectification_items(id) ON DELETE CASCADE,
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    plan_id INTEGER REFERENCES sampling_plans(id) ON DELETE SET NULL,
    drawn_at {{BIGINT}} NOT NULL,
    evaluation_id INTEGER REFERENCES evaluations(id) ON DELETE SET NULL,
    level {{REAL}},                           -- the dimension's level, or the weighted score without a dimension
    result TEXT CHECK (result IN ('pass', 'fail', 'void')),
    PRIMARY KEY (item_id, interaction_id)
);
CREATE INDEX rectification_checks_interaction ON rectification_checks(interaction_id);

CREATE TABLE coaching_sessions (
    id {{PK}},
    agent_id INTEGER NOT NULL REFERENCES agents(id),
    coach TEXT NOT NULL,
    held_on TEXT NOT NULL,                    -- YYYY-MM-DD in the organisation's zone
    dimension_key TEXT,                       -- the dimension worked on, for the before/after trend
    notes TEXT NOT NULL DEFAULT '',
    agent_note TEXT NOT NULL DEFAULT '',      -- the agent's own words, written by the agent
    rectification_id INTEGER REFERENCES rectification_items(id) ON DELETE SET NULL,
    created_at {{BIGINT}} NOT NULL
);
CREATE INDEX coaching_sessions_agent ON coaching_sessions(agent_id);

-- What was discussed: evaluations, and interactions whose recordings were played.
CREATE TABLE coaching_evaluations (
    session_id INTEGER NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, evaluation_id)
);
CREATE TABLE coaching_recordings (
    session_id INTEGER NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, interaction_id)
);

CREATE TABLE coaching_commitments (
    id {{PK}},
    session_id INTEGER NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    due_date TEXT,                            -- YYYY-MM-DD
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at {{BIGINT}},
    done_by TEXT
);
CREATE INDEX coaching_commitments_session ON coaching_commitments(session_id);
