-- A tamper-evident audit log (issue 10). Each entry takes its place in one chain: seq counts the entries from 1,
-- prev_hash is the hash of the entry before it ('' for the first) and hash the SHA-256 of the entry's canonical
-- content including prev_hash (AuditChain::canonical, docs/audit.md). Editing, deleting, inserting or replacing
-- an entry breaks the chain where it happened, even with the database's guards removed; audit_head holds the
-- chain's last entry so that removing entries from the end is noticed too.
-- The entries already stored are chained in id order right after this script (Schema::migrate); the guards
-- (triggers) are kept in guards/audit.sql, which every migration re-installs when one is missing.

-- dialect: sqlite
DROP TRIGGER IF EXISTS audit_log_no_update;

-- dialect: sqlite
DROP TRIGGER IF EXISTS audit_log_no_delete;

ALTER TABLE audit_log ADD COLUMN seq {{BIGINT}};
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_log_seq ON audit_log(seq);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq {{BIGINT}} NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');
