-- Team mode (014) lets an agent write their side of the feedback loop (012): a column grant UPDATE (status,
-- updated_at, row_version) on evaluations and UPDATE on evaluation_feedback, narrowed by the policies to their own
-- evaluations. Those grants alone would let an agent set any status ('final' without acknowledging, back to
-- 'submitted' …). The triggers below keep a member of the agent group to the steps FeedbackService offers an agent:
--
--   evaluation_feedback.state   released → acknowledged | disputed, decided → escalated | final (accept, or the
--                               window to escalate passed); the release itself (who, when, the window, the
--                               version) stays as released, and an agent inserts no release
--   evaluations.status          submitted → final (acknowledged), submitted → disputed, disputed → final (the
--                               decision stands); each only once the feedback state has moved to match
--
-- and only on their own agent's evaluations. Refusals are SQLSTATE 42501 (insufficient_privilege), which the
-- program reports as DeniedError. Managers, leads, inspectors and the schema owner are not concerned. SQLite has no
-- roles: nothing here runs there.

-- Whether the current login acts with the agent group's rights (superusers are members of every role: not them).
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_acts_as_agent() RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = qadesk_group_role('agent'))
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper) THEN
        RETURN false;
    END IF;
    RETURN pg_has_role(current_user, qadesk_group_role('agent'), 'USAGE');
END
$$;

-- Runs as the one updating (not SECURITY DEFINER): it reads the feedback row and the interaction through their
-- policies, so an agent finds only their own.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_agent_evaluation_status() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    feedback_state text;
BEGIN
    IF NOT qadesk_acts_as_agent() THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM interactions i WHERE i.id = NEW.interaction_id AND i.agent_id = qadesk_my_agent()) THEN
        RAISE EXCEPTION 'an agent may change the status of their own evaluations only (evaluation %)', NEW.id
            USING ERRCODE = '42501';
    END IF;
    SELECT f.state INTO feedback_state FROM evaluation_feedback f WHERE f.evaluation_id = NEW.id;
    IF (OLD.status, NEW.status, feedback_state) IN (('submitted', 'final', 'acknowledged'),
                                                     ('submitted', 'disputed', 'disputed'),
                                                     ('disputed', 'final', 'final')) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'an agent may not move evaluation % from % to % (its feedback is %)', NEW.id, OLD.status,
        NEW.status, COALESCE(feedback_state, 'not released')
        USING ERRCODE = '42501',
              HINT = 'An agent acknowledges (submitted to final), disputes (submitted to disputed) or lets a decision '
                     'stand (disputed to final), each after the feedback state has moved.';
END
$$;

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_agent_feedback_state() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT qadesk_acts_as_agent() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        RAISE EXCEPTION 'an agent does not release evaluations (evaluation %)', NEW.evaluation_id USING ERRCODE = '42501';
    END IF;
    IF NEW.evaluation_id <> OLD.evaluation_id OR NEW.released_by <> OLD.released_by
       OR NEW.released_at <> OLD.released_at OR NEW.respond_by <> OLD.respond_by OR NEW.version <> OLD.version THEN
        RAISE EXCEPTION 'an agent may not change the release of evaluation % (who, when, the window, the version)',
            OLD.evaluation_id USING ERRCODE = '42501';
    END IF;
    IF NEW.state <> OLD.state AND (OLD.state, NEW.state) NOT IN (('released', 'acknowledged'), ('released', 'disputed'),
                                                                 ('decided', 'escalated'), ('decided', 'final')) THEN
        RAISE EXCEPTION 'an agent may not move the feedback of evaluation % from % to %', OLD.evaluation_id, OLD.state,
            NEW.state USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;

-- (Created through EXECUTE: the migration splitter reads a line starting CREATE TRIGGER as SQLite's BEGIN … END.)
-- dialect: postgres
DO $$
BEGIN
    EXECUTE 'DROP TRIGGER IF EXISTS qadesk_agent_status ON evaluations';
    EXECUTE 'CREATE TRIGGER qadesk_agent_status BEFORE UPDATE OF status ON evaluations FOR EACH ROW '
            'WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION qadesk_agent_evaluation_status()';
    EXECUTE 'DROP TRIGGER IF EXISTS qadesk_agent_feedback ON evaluation_feedback';
    EXECUTE 'CREATE TRIGGER qadesk_agent_feedback BEFORE INSERT OR UPDATE ON evaluation_feedback FOR EACH ROW '
            'EXECUTE FUNCTION qadesk_agent_feedback_state()';
END
$$;
