-- Feedback to the agent (issue 13): a submitted evaluation is released to its agent, who acknowledges it (typed
-- name, signature, time) or disputes it within the rubric's window; a dispute is decided by the team lead (level 1)
-- and, if the agent escalates, by the QA manager (level 2, 终审). The evaluations row always holds the current
-- version, so KPIs, rollups and dashboards read the final one unchanged; each superseded version is kept whole in
-- evaluation_versions. evaluations.status keeps its four values: submitted while released or acknowledged-pending,
-- disputed while a dispute is open, final once acknowledged or decided for good.

-- One row per released evaluation: where it stands in the loop.
CREATE TABLE evaluation_feedback (
    evaluation_id INTEGER PRIMARY KEY REFERENCES evaluations(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('released', 'acknowledged', 'disputed', 'decided', 'escalated', 'final')),
    released_by TEXT NOT NULL,
    released_at {{BIGINT}} NOT NULL,          -- UTC seconds
    respond_by {{BIGINT}} NOT NULL,           -- end of the acknowledgement/dispute window (UTC seconds)
    acknowledged_by TEXT,
    acknowledged_at {{BIGINT}},
    signature_name TEXT,                      -- the name the agent typed
    signature TEXT,                           -- the drawn signature: JSON strokes [[[x,y],…],…] in a 0..1000 box
    version INTEGER NOT NULL DEFAULT 1,       -- the version the evaluations row holds now
    updated_at {{BIGINT}} NOT NULL
);
CREATE INDEX evaluation_feedback_state ON evaluation_feedback(state);

-- At most one dispute per evaluation; it moves from level 1 to level 2 when the agent escalates.
CREATE TABLE disputes (
    id {{PK}},
    evaluation_id INTEGER NOT NULL UNIQUE REFERENCES evaluations(id) ON DELETE CASCADE,
    raised_by TEXT NOT NULL,
    raised_at {{BIGINT}} NOT NULL,
    level INTEGER NOT NULL DEFAULT 1 CHECK (level IN (1, 2)),
    decide_by {{BIGINT}} NOT NULL,            -- the deadline of the decision at the current level
    escalate_by {{BIGINT}},                   -- after a level-1 decision: the agent may escalate until then
    escalation_reason TEXT,
    closed_at {{BIGINT}}
);
CREATE INDEX disputes_raised ON disputes(raised_at);

-- What is disputed, per dimension: the reason, the level the agent proposes and the evidence.
CREATE TABLE dispute_items (
    dispute_id INTEGER NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    dimension_key TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL,
    proposed_level INTEGER NOT NULL CHECK (proposed_level BETWEEN 1 AND 5),
    evidence_turns TEXT NOT NULL DEFAULT '',  -- turn ids, comma-separated
    evidence_ms TEXT NOT NULL DEFAULT '',     -- recording times in milliseconds, comma-separated
    PRIMARY KEY (dispute_id, dimension_key)
);

-- One decision per level: accepted / partly / rejected, with the reason and the versions it went between.
CREATE TABLE dispute_decisions (
    dispute_id INTEGER NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    level INTEGER NOT NULL CHECK (level IN (1, 2)),
    decided_by TEXT NOT NULL,
    decided_at {{BIGINT}} NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'partly', 'rejected')),
    reason TEXT NOT NULL,
    version_before INTEGER NOT NULL,
    version_after INTEGER NOT NULL,
    PRIMARY KEY (dispute_id, level)
);

-- A superseded version of an evaluation, whole: scores, N/A, comments, evidence, checklist, critical items and the
-- overall comment as JSON, with its score and grade, and who replaced it, when and by which dispute.
CREATE TABLE evaluation_versions (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    score {{REAL}},
    grade_key TEXT,
    critical_failed INTEGER NOT NULL DEFAULT 0 CHECK (critical_failed IN (0, 1)),
    replaced_by TEXT NOT NULL,
    replaced_at {{BIGINT}} NOT NULL,
    dispute_id INTEGER REFERENCES disputes(id) ON DELETE SET NULL,
    PRIMARY KEY (evaluation_id, version)
);
