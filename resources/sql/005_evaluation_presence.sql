-- Who has an evaluation open (issue 9): each window's draft saver announces the interaction it shows and
-- renews the row every few seconds; another window that opens the same interaction for the same inspector
-- is told that it is open elsewhere. Rows of a window that crashed simply grow old and are ignored.
CREATE TABLE evaluation_presence (
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    inspector TEXT NOT NULL,
    holder TEXT NOT NULL,
    seen_at {{BIGINT}} NOT NULL,
    PRIMARY KEY (interaction_id, inspector, holder)
);
CREATE INDEX evaluation_presence_holder ON evaluation_presence(holder);
