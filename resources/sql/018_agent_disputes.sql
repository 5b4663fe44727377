-- Team mode: an agent's own dispute rows follow the steps FeedbackService offers an agent (after 016, which does
-- the same for evaluation_feedback and evaluations.status). 014 grants the agent group INSERT and UPDATE on
-- disputes and dispute_items, narrowed by the policies to their own evaluations; without these triggers an agent
-- could raise a dispute already at level 2, close one, move its deadlines or rewrite its items after a decision.
--
--   disputes, insert   level 1, open, in their own name, on a released evaluation (not yet acknowledged or
--                      disputed), without an escalation deadline
--   disputes, update   who raised it, when, on what and the escalation deadline stay; either escalate (level 1 → 2
--                      with the new decision deadline and reason, while the level-1 decision is the feedback's
--                      state) or close (closed_at set, nothing else: accepting the decision, or its escalation
--                      window having passed)
--   dispute_items      inserted with the dispute (level 1, open, no decision yet); never changed by an agent
--
-- Refusals are SQLSTATE 42501 (DeniedError). Everyone else is not concerned (016's qadesk_acts_as_agent).

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_agent_dispute() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    feedback_state text;
BEGIN
    IF NOT qadesk_acts_as_agent() THEN
        RETURN NEW;
    END IF;
    SELECT f.state INTO feedback_state FROM evaluation_feedback f WHERE f.evaluation_id = NEW.evaluation_id;
    IF TG_OP = 'INSERT' THEN
        IF NEW.level = 1 AND NEW.closed_at IS NULL AND NEW.escalate_by IS NULL AND NEW.raised_by = current_user::text
           AND feedback_state = 'released' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'an agent raises a dispute at level 1, open, in their own name, on a released evaluation '
                        '(evaluation %, feedback %)', NEW.evaluation_id, COALESCE(feedback_state, 'not released')
            USING ERRCODE = '42501';
    END IF;
    IF NEW.evaluation_id IS DISTINCT FROM OLD.evaluation_id OR NEW.raised_by IS DISTINCT FROM OLD.raised_by
       OR NEW.raised_at IS DISTINCT FROM OLD.raised_at OR NEW.escalate_by IS DISTINCT FROM OLD.escalate_by THEN
        RAISE EXCEPTION 'an agent may not change who raised dispute %, when, on what, or its escalation deadline', OLD.id
            USING ERRCODE = '42501';
    END IF;
    IF OLD.closed_at IS NULL THEN
        -- Escalate to the QA manager while the level-1 decision is the feedback's state: level 2, a new deadline
        -- and the reason; still open.
        IF feedback_state = 'decided' AND OLD.level = 1 AND NEW.level = 2 AND NEW.closed_at IS NULL THEN
            RETURN NEW;
        END IF;
        -- Close: the decision stands (accepted, or the window to escalate passed; the feedback moves to final in
        -- the same transaction, before or after); nothing else changes.
        IF feedback_state IN ('decided', 'final') AND NEW.level = OLD.level AND NEW.closed_at IS NOT NULL
           AND NEW.decide_by IS NOT DISTINCT FROM OLD.decide_by
           AND NEW.escalation_reason IS NOT DISTINCT FROM OLD.escalation_reason THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'an agent may only escalate or close dispute % after its level-1 decision (feedback %)', OLD.id,
        COALESCE(feedback_state, 'not released')
        USING ERRCODE = '42501';
END
$$;

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_agent_dispute_item() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT qadesk_acts_as_agent() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM disputes d WHERE d.id = NEW.dispute_id AND d.level = 1
                                                              AND d.closed_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM dispute_decisions x WHERE x.dispute_id = NEW.dispute_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'an agent writes the items of a dispute only when raising it (dispute %)',
        COALESCE(NEW.dispute_id, OLD.dispute_id) USING ERRCODE = '42501';
END
$$;

-- (Created through EXECUTE: the migration splitter reads a line starting CREATE TRIGGER as SQLite's BEGIN … END.)
-- dialect: postgres
DO $$
BEGIN
    EXECUTE 'DROP TRIGGER IF EXISTS qadesk_agent_dispute ON disputes';
    EXECUTE 'CREATE TRIGGER qadesk_agent_dispute BEFORE INSERT OR UPDATE ON disputes FOR EACH ROW '
            'EXECUTE FUNCTION qadesk_agent_dispute()';
    EXECUTE 'DROP TRIGGER IF EXISTS qadesk_agent_dispute_item ON dispute_items';
    EXECUTE 'CREATE TRIGGER qadesk_agent_dispute_item BEFORE INSERT OR UPDATE ON dispute_items FOR EACH ROW '
            'EXECUTE FUNCTION qadesk_agent_dispute_item()';
END
$$;

-- dialect: postgres
SELECT qadesk_pin_search_path();
