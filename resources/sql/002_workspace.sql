-- QA Desk schema, version 2: the inspector's workspace — sampling plans, work queues, transcript search.

-- One sampling run: who drew it, over which local days, with which seed and filters, so that the same
-- request can be drawn again and gives the same interactions.
CREATE TABLE sampling_plans (
    id {{PK}},
    inspector_id INTEGER NOT NULL REFERENCES users(id),
    created_at {{BIGINT}} NOT NULL,
    day_from INTEGER NOT NULL,              -- local day numbers (as interactions.day), inclusive
    day_to INTEGER NOT NULL,
    per_agent INTEGER NOT NULL,
    seed {{BIGINT}} NOT NULL,
    parameters TEXT NOT NULL DEFAULT '{}',  -- filters and oversampling weights, JSON
    candidates INTEGER NOT NULL DEFAULT 0,
    drawn INTEGER NOT NULL DEFAULT 0
);

-- The interactions on an inspector's queue: drawn by a sampling plan, or opened from search (plan_id null).
CREATE TABLE work_queue (
    inspector_id INTEGER NOT NULL REFERENCES users(id),
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    plan_id INTEGER REFERENCES sampling_plans(id) ON DELETE SET NULL,
    added_at {{BIGINT}} NOT NULL,
    PRIMARY KEY (inspector_id, interaction_id)
);
CREATE INDEX work_queue_interaction ON work_queue(interaction_id);

-- The interactions that have a transcript, a small part of a large database: the status bar counts
-- them and the workspace samples from them without reading the whole interactions table.
CREATE INDEX interactions_with_turns ON interactions(id) WHERE turn_count > 0;

-- Transcript search. Where SQLite has FTS5 with the trigram tokenizer (which finds Chinese substrings of
-- three characters or more), turns_fts indexes turns.text. New turns are indexed in bulk, up to the
-- meta key fts_indexed_turn_id, by the application in a background thread (TranscriptIndex::catchUp):
-- a per-row insert trigger into FTS5 would make imports several times slower, and even bulk indexing
-- at the end of an import costs a third of its speed. Search reads the index up to the mark and the
-- turns above it with LIKE, so it is complete at any time. The triggers keep already indexed rows exact
-- on delete and update, and index a new row at once when its id falls below the mark (a reused rowid).
-- Without FTS5 (or on PostgreSQL) search uses LIKE throughout.

-- dialect: sqlite+fts5
CREATE VIRTUAL TABLE turns_fts USING fts5(text, content='turns', content_rowid='id', tokenize='trigram');

-- dialect: sqlite+fts5
CREATE TRIGGER turns_fts_after_insert AFTER INSERT ON turns
WHEN new.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_indexed_turn_id')
BEGIN
    INSERT INTO turns_fts (rowid, text) VALUES (new.id, new.text);
END;

-- dialect: sqlite+fts5
CREATE TRIGGER turns_fts_after_delete AFTER DELETE ON turns
WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_indexed_turn_id')
BEGIN
    INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- dialect: sqlite+fts5
CREATE TRIGGER turns_fts_after_update AFTER UPDATE OF text ON turns
WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_indexed_turn_id')
BEGIN
    INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO turns_fts (rowid, text) VALUES (new.id, new.text);
END;
