-- The audit log's guards: the database itself refuses to change or remove an entry, to replace one
-- (INSERT OR REPLACE / ON CONFLICT), to add one that does not extend the chain, and to move the chain's head
-- by hand. Every statement is idempotent; Schema::restoreGuards runs the ones whose object is missing.
-- The hash chain does not depend on them: `qadesk-cli audit verify` finds tampering done with them removed.

-- guard: audit_log_no_update
-- dialect: sqlite
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- guard: audit_log_no_delete
-- dialect: sqlite
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- guard: audit_log_extends_chain
-- dialect: sqlite
CREATE TRIGGER IF NOT EXISTS audit_log_extends_chain BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
  OR NEW.seq IS NOT (SELECT seq + 1 FROM audit_head WHERE id = 1)
  OR NEW.prev_hash IS NOT (SELECT hash FROM audit_head WHERE id = 1)
  OR NEW.hash IS NULL OR length(NEW.hash) <> 64
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: an entry must extend the chain');
END;

-- guard: audit_log_moves_head
-- dialect: sqlite
CREATE TRIGGER IF NOT EXISTS audit_log_moves_head AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
END;

-- guard: audit_head_follows_log
-- dialect: sqlite
CREATE TRIGGER IF NOT EXISTS audit_head_follows_log BEFORE UPDATE ON audit_head
WHEN NEW.id <> OLD.id OR NEW.seq <> OLD.seq + 1
  OR NEW.hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.seq)
BEGIN
    SELECT RAISE(ABORT, 'audit_head follows the audit log');
END;

-- guard: audit_head_no_delete
-- dialect: sqlite
CREATE TRIGGER IF NOT EXISTS audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'audit_head follows the audit log');
END;

-- guard: audit_log_refuse
-- dialect: postgres
CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;

-- guard: audit_log_no_update
-- dialect: postgres
CREATE OR REPLACE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_refuse();

-- guard: audit_log_no_truncate
-- dialect: postgres
CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse();

-- guard: audit_log_extend_chain
-- dialect: postgres
CREATE OR REPLACE FUNCTION audit_log_extend_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head audit_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF NEW.seq IS DISTINCT FROM head.seq + 1 OR NEW.prev_hash IS DISTINCT FROM head.hash
       OR NEW.hash IS NULL OR length(NEW.hash) <> 64 THEN
        RAISE EXCEPTION 'audit_log is append-only: an entry must extend the chain';
    END IF;
    RETURN NEW;
END
$$;

-- guard: audit_log_extends_chain
-- dialect: postgres
CREATE OR REPLACE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_extend_chain();

-- guard: audit_log_move_head
-- dialect: postgres
CREATE OR REPLACE FUNCTION audit_log_move_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
    RETURN NEW;
END
$$;

-- guard: audit_log_moves_head
-- dialect: postgres
CREATE OR REPLACE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_move_head();

-- guard: audit_head_guard
-- dialect: postgres
CREATE OR REPLACE FUNCTION audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.seq = OLD.seq + 1
       AND NEW.hash IS NOT DISTINCT FROM (SELECT hash FROM audit_log WHERE seq = NEW.seq) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_head follows the audit log';
END
$$;

-- guard: audit_head_follows_log
-- dialect: postgres
CREATE OR REPLACE TRIGGER audit_head_follows_log BEFORE UPDATE OR DELETE ON audit_head
FOR EACH ROW EXECUTE FUNCTION audit_head_guard();

-- guard: audit_head_no_truncate
-- dialect: postgres
CREATE OR REPLACE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse();
