-- Team mode (issue 13): on PostgreSQL each person logs in as their own database role and the database itself
-- decides what they see and change (row-level security). SQLite has no roles: nothing here runs there.
-- docs/team-mode.md says the rules in words; tests/cli_rls_postgres.sh checks every one of them.
--
-- * Group roles, one per role of DESIGN §1, named after the database (<database>_agent, _inspector, _lead,
--   _qa_manager, _admin; for a database called "qadesk" exactly qadesk_agent …): role names are cluster-wide, and
--   two QA Desk databases on one server must not share a group whose grants reach into both. A person's login
--   role is a member of one of them (qadesk-cli admin user add|role|disable|enable, through qadesk_manage_login).
-- * Which person a login is: users.login = the login role's name, with user_roles' role, agent, team and
--   disabled (qadesk_person_of, SECURITY DEFINER: policies cannot read the tables they protect without
--   recursing). A disabled person, or a login with no person, is nobody: every policy refuses them.
-- * The schema owner (who runs the migrations) owns the tables: row-level security does not apply to them.
-- * qadesk_team_setup() creates the groups and grants; it needs CREATEROLE. A migration run by an owner without
--   it leaves team mode off (the policies are there; nobody but the owner has grants), and the owner can run
--   `SELECT qadesk_team_setup()` later. Migrations adding tables run it again at their end (grants are per table).

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_group_role(p_role text) RETURNS text
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT left(current_database(), 40) || '_' || p_role
$$;

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_person_of(p_login text)
RETURNS TABLE (user_id bigint, role text, agent_id bigint, team_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT u.id, r.role, r.agent_id,
           CASE WHEN r.role = 'agent' THEN (SELECT a.team_id FROM agents a WHERE a.id = r.agent_id) ELSE r.team_id END
    FROM users u JOIN user_roles r ON r.user_id = u.id
    WHERE u.login = p_login AND r.disabled = 0
$$;

-- The current login's person, through the definer function above. Plain SQL functions: current_user here is
-- the one who runs the query (inside a SECURITY DEFINER function it would be the owner).
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_my_user_id() RETURNS bigint
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$ SELECT user_id FROM qadesk_person_of(current_user::text) $$;

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_my_role() RETURNS text
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$ SELECT role FROM qadesk_person_of(current_user::text) $$;

-- The agent an agent person is (null for everyone else).
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_my_agent() RETURNS bigint
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT agent_id FROM qadesk_person_of(current_user::text) WHERE role = 'agent'
$$;

-- An agent's team (their agent's) or the team a lead leads; null for the others.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_my_team() RETURNS bigint
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT team_id FROM qadesk_person_of(current_user::text) WHERE role IN ('agent', 'lead')
$$;

-- The team a lead leads (null for everyone else).
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_lead_team() RETURNS bigint
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT team_id FROM qadesk_person_of(current_user::text) WHERE role = 'lead'
$$;

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_is_manager() RETURNS boolean
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT COALESCE((SELECT role IN ('qa_manager', 'admin') FROM qadesk_person_of(current_user::text)), false)
$$;

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_is_active() RETURNS boolean
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM qadesk_person_of(current_user::text))
$$;

-- For tables keyed by an agent (rectification items, coaching sessions …): whether the current person may see
-- that agent's rows (managers: all; an agent: their own; a lead: their team's agents), and whether they lead it.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_leads_agent(p_agent bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT COALESCE((SELECT a.team_id = qadesk_lead_team() FROM agents a WHERE a.id = p_agent), false)
$$;

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_sees_agent(p_agent bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT qadesk_is_manager() OR COALESCE(p_agent = qadesk_my_agent(), false) OR qadesk_leads_agent(p_agent)
$$;

-- An inspector's (or a scoring lead's) interactions: their work queue (drawn by their sampling plans or added
-- from search), the ones they evaluated, and those of the calibration sessions they take part in or created.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_queue_of(p_login text) RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT w.interaction_id FROM work_queue w JOIN users u ON u.id = w.inspector_id
     WHERE u.login = p_login AND EXISTS (SELECT 1 FROM qadesk_person_of(p_login) p WHERE p.role IN ('inspector', 'lead'))
    UNION
    SELECT e.interaction_id FROM evaluations e JOIN users u ON u.id = e.inspector_id
     WHERE u.login = p_login AND EXISTS (SELECT 1 FROM qadesk_person_of(p_login) p WHERE p.role IN ('inspector', 'lead'))
    UNION
    SELECT i.interaction_id FROM calibration_items i
     WHERE EXISTS (SELECT 1 FROM qadesk_person_of(p_login) p WHERE p.role IN ('inspector', 'lead'))
       AND (EXISTS (SELECT 1 FROM calibration_participants c WHERE c.session_id = i.session_id AND c.participant = p_login)
            OR EXISTS (SELECT 1 FROM calibration_sessions s WHERE s.id = i.session_id AND s.created_by = p_login))
$$;

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_my_queue() RETURNS SETOF bigint
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$ SELECT qadesk_queue_of(current_user::text) $$;

-- The calibration sessions a login created or takes part in.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_sessions_of(p_login text) RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT s.id FROM calibration_sessions s
     WHERE EXISTS (SELECT 1 FROM qadesk_person_of(p_login))
       AND (s.created_by = p_login
            OR EXISTS (SELECT 1 FROM calibration_participants c WHERE c.session_id = s.id AND c.participant = p_login))
$$;

-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_my_sessions() RETURNS SETOF bigint
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$ SELECT qadesk_sessions_of(current_user::text) $$;

-- The sampling frame: a scoring person draws from every interaction of a period, but may read only their queue.
-- The draw reads these columns (no customer data, no transcript) through this function (SamplingStore).
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_sampling_frame(p_from bigint, p_to bigint)
RETURNS TABLE (id bigint, agent_id bigint, team_id bigint, channel text, category text, complaint integer,
               csat integer, turn_count integer, day bigint, started_at bigint, evaluated boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT i.id, i.agent_id, i.team_id, i.channel, i.category, i.complaint, i.csat, i.turn_count, i.day, i.started_at,
           EXISTS (SELECT 1 FROM evaluations e WHERE e.interaction_id = i.id)
    FROM interactions i
    WHERE i.day BETWEEN p_from AND p_to
      AND EXISTS (SELECT 1 FROM qadesk_person_of(session_user::text) p WHERE p.role IN ('inspector', 'lead', 'qa_manager', 'admin'))
$$;

-- Replaced when the migration has run by the generated body (RollupStore::installTeamRefresh): an evaluation's
-- change recomputes the rollups of its agent's day from every row, whatever the one who saved it may read.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_refresh_agent_day(p_day bigint, p_agent bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    RAISE EXCEPTION 'qadesk_refresh_agent_day is not installed';
END
$$;

-- Creates, moves to another group, enables or disables one person's login role. Who may: the schema owner and
-- active admins (EXECUTE is granted to the admin group only); admins only for new roles and this database's logins. p_verifier is a SCRAM-SHA-256 verifier computed
-- by the client (the password itself never reaches the server), or null to keep the password.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_manage_login(p_login text, p_verifier text, p_role text, p_can_login boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    owner_name text := (SELECT pg_get_userbyid(c.relowner) FROM pg_class c
                        WHERE c.oid = to_regclass(quote_ident(current_schema()) || '.users'));
    g text;
BEGIN
    IF session_user::text <> owner_name
       AND NOT EXISTS (SELECT 1 FROM qadesk_person_of(session_user::text) p WHERE p.role = 'admin') THEN
        RAISE EXCEPTION 'only the schema owner or an admin manages logins' USING ERRCODE = '42501';
    END IF;
    IF p_role NOT IN ('agent', 'inspector', 'lead', 'qa_manager', 'admin') THEN
        RAISE EXCEPTION 'unknown role %', p_role;
    END IF;
    IF p_login = owner_name OR p_login LIKE left(current_database(), 40) || '\_%'
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolcreaterole OR rolbypassrls)) THEN
        RAISE EXCEPTION 'the role % is not a person''s login', p_login USING ERRCODE = '42501';
    END IF;
    -- An admin person manages this database's logins only: a role that exists and belongs to none of its groups
    -- may be someone's login for something else on the server (the owner may still take it in).
    IF session_user::text <> owner_name AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login)
       AND NOT EXISTS (SELECT 1 FROM unnest(ARRAY['agent', 'inspector', 'lead', 'qa_manager', 'admin']) r
                        WHERE pg_has_role(p_login, qadesk_group_role(r), 'MEMBER')) THEN
        RAISE EXCEPTION 'the role % exists and is not a login of this database: only its owner may take it in', p_login
            USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_login);
    END IF;
    IF p_verifier IS NOT NULL THEN
        IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
            RAISE EXCEPTION 'a password verifier, not a password, is expected';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    END IF;
    FOREACH g IN ARRAY ARRAY['agent', 'inspector', 'lead', 'qa_manager', 'admin'] LOOP
        IF g <> p_role AND pg_has_role(p_login, qadesk_group_role(g), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', qadesk_group_role(g), p_login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', qadesk_group_role(p_role), p_login);
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

-- Whether team mode is set up: the five groups exist.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_team_ready() RETURNS boolean
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT count(*) = 5 FROM pg_roles
     WHERE rolname IN (SELECT qadesk_group_role(r) FROM unnest(ARRAY['agent', 'inspector', 'lead', 'qa_manager', 'admin']) r)
$$;

-- The groups and their grants (rows are then decided by the policies below). Run by the owner, idempotent.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_team_setup() RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    g text;
    everyone text;
    scorers text;
    managers text;
    t text;
BEGIN
    FOREACH g IN ARRAY ARRAY['agent', 'inspector', 'lead', 'qa_manager', 'admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = qadesk_group_role(g)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', qadesk_group_role(g));
        END IF;
    END LOOP;
    everyone := format('%I, %I, %I, %I, %I', qadesk_group_role('agent'), qadesk_group_role('inspector'),
                       qadesk_group_role('lead'), qadesk_group_role('qa_manager'), qadesk_group_role('admin'));
    scorers := format('%I, %I, %I, %I', qadesk_group_role('inspector'), qadesk_group_role('lead'),
                      qadesk_group_role('qa_manager'), qadesk_group_role('admin'));
    managers := format('%I, %I', qadesk_group_role('qa_manager'), qadesk_group_role('admin'));
    -- Only people (and the owner) connect.
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %s', current_database(), everyone);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %s', current_schema(), everyone);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %s', current_schema(), everyone);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %s', current_schema(), everyone);
    -- Everyone appends to the audit log (its guards keep it append-only, moving the head through a trigger
    -- that runs as the one inserting) and says which evaluation they have open.
    EXECUTE format('GRANT INSERT ON audit_log TO %s', everyone);
    EXECUTE format('GRANT UPDATE ON audit_head TO %s', everyone);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON evaluation_presence TO %s', everyone);
    FOREACH t IN ARRAY ARRAY['evaluations', 'evaluation_scores', 'evaluation_evidence', 'evaluation_checklist',
                             'evaluation_critical', 'work_queue', 'sampling_plans', 'calibration_sessions',
                             'calibration_items', 'calibration_participants', 'calibration_scores',
                             'calibration_score_levels', 'calibration_score_checklist', 'calibration_score_critical'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %s', t, scorers);
    END LOOP;
    -- The QA loop's tables of migrations 012 (feedback) and 013 (rectification, coaching), when the database has
    -- them: agents write their side of the loop (by column where it is one field of a shared row), the scoring
    -- roles theirs (the policies below narrow both to their own rows).
    IF to_regclass('evaluation_feedback') IS NOT NULL THEN
        EXECUTE format('GRANT INSERT, UPDATE ON evaluation_feedback, disputes, dispute_items TO %I', qadesk_group_role('agent'));
        EXECUTE format('GRANT UPDATE (status, updated_at, row_version) ON evaluations TO %I', qadesk_group_role('agent'));
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON evaluation_feedback, disputes, dispute_items, dispute_decisions, '
                       'evaluation_versions TO %s', scorers);
    END IF;
    IF to_regclass('rectification_items') IS NOT NULL THEN
        EXECUTE format('GRANT UPDATE ON rectification_items TO %I', qadesk_group_role('agent'));
        EXECUTE format('GRANT INSERT ON rectification_history TO %I', qadesk_group_role('agent'));
        EXECUTE format('GRANT UPDATE (agent_note) ON coaching_sessions TO %I', qadesk_group_role('agent'));
        EXECUTE format('GRANT UPDATE (done, done_at, done_by) ON coaching_commitments TO %I', qadesk_group_role('agent'));
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON rectification_items, rectification_history, rectification_checks, '
                       'coaching_sessions, coaching_evaluations, coaching_recordings, coaching_commitments TO %s', scorers);
    END IF;
    -- Managers change the rest (the policies keep people, roles and settings to admins).
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %s', current_schema(), managers);
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_log FROM %s', managers);
    -- Functions: the helpers are for everyone; the login management for admins only.
    EXECUTE format('REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA %I FROM PUBLIC', current_schema());
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO %s', current_schema(), everyone);
    EXECUTE format('REVOKE EXECUTE ON FUNCTION qadesk_manage_login(text, text, text, boolean), qadesk_team_setup() FROM %s',
                   everyone);
    EXECUTE format('GRANT EXECUTE ON FUNCTION qadesk_manage_login(text, text, text, boolean) TO %I',
                   qadesk_group_role('admin'));
END
$$;

-- Row-level security on every table. Policies are permissive (any one that matches allows) and name the
-- command they cover; a table with RLS enabled and no matching policy shows nothing and refuses every change.

-- dialect: postgres
DO $$
DECLARE
    t text;
BEGIN
    -- Every table of the schema, also those this migration does not name (earlier migrations merged from other
    -- branches): without a policy of its own a table shows nobody anything, rather than everything.
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND c.relkind = 'r' LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    END LOOP;
    -- Shared reference data: every active person reads it; managers change it (admins alone: meta, people).
    FOREACH t IN ARRAY ARRAY['meta', 'teams', 'agents', 'users', 'user_roles', 'rubrics', 'rubric_versions',
                             'audit_head', 'kpi_rollup_all', 'dim_rollup_all'] LOOP
        EXECUTE format('CREATE POLICY qadesk_read ON %I FOR SELECT USING ((SELECT qadesk_is_active()))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['teams', 'agents', 'rubrics', 'rubric_versions', 'kpi_rollup_agent', 'kpi_rollup_team',
                             'kpi_rollup_all', 'dim_rollup_agent', 'dim_rollup_team', 'dim_rollup_all',
                             'interactions', 'turns'] LOOP
        EXECUTE format('CREATE POLICY qadesk_manage ON %I FOR ALL USING ((SELECT qadesk_is_manager())) '
                       'WITH CHECK ((SELECT qadesk_is_manager()))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['meta', 'users', 'user_roles'] LOOP
        EXECUTE format('CREATE POLICY qadesk_admin ON %I FOR ALL USING ((SELECT qadesk_my_role()) = ''admin'') '
                       'WITH CHECK ((SELECT qadesk_my_role()) = ''admin'')', t);
    END LOOP;
END
$$;

-- Interactions: managers all; an agent their own agent's; a lead their team's (the team the interaction was
-- handled in); an inspector (and a lead who scores) their queue (qadesk_queue_of).
-- dialect: postgres
CREATE POLICY qadesk_read ON interactions FOR SELECT USING (
    (SELECT qadesk_is_manager())
    OR agent_id = (SELECT qadesk_my_agent())
    OR team_id = (SELECT qadesk_lead_team())
    OR id IN (SELECT qadesk_my_queue()));

-- Transcripts: whoever sees the interaction (its policy applies inside the subquery).
-- dialect: postgres
CREATE POLICY qadesk_read ON turns FOR SELECT USING (
    EXISTS (SELECT 1 FROM interactions i WHERE i.id = interaction_id));

-- Evaluations: managers all; the inspector who wrote one; the agent and their lead once it is submitted (not
-- drafts). Inspectors and leads write their own only; managers any.
-- dialect: postgres
CREATE POLICY qadesk_read ON evaluations FOR SELECT USING (
    (SELECT qadesk_is_manager())
    OR inspector_id = (SELECT qadesk_my_user_id())
    OR (status <> 'draft' AND EXISTS (
            SELECT 1 FROM interactions i WHERE i.id = interaction_id
               AND (i.agent_id = (SELECT qadesk_my_agent()) OR i.team_id = (SELECT qadesk_lead_team())))));

-- dialect: postgres
CREATE POLICY qadesk_write ON evaluations FOR ALL
    USING ((SELECT qadesk_is_manager())
           OR (inspector_id = (SELECT qadesk_my_user_id()) AND (SELECT qadesk_my_role()) IN ('inspector', 'lead')))
    WITH CHECK ((SELECT qadesk_is_manager())
                OR (inspector_id = (SELECT qadesk_my_user_id()) AND (SELECT qadesk_my_role()) IN ('inspector', 'lead')
                    AND EXISTS (SELECT 1 FROM interactions i WHERE i.id = interaction_id)));

-- The parts of an evaluation follow it: read with it, written by who may write it.
-- dialect: postgres
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['evaluation_scores', 'evaluation_evidence', 'evaluation_checklist', 'evaluation_critical'] LOOP
        EXECUTE format('CREATE POLICY qadesk_read ON %I FOR SELECT USING ('
                       'EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id))', t);
        EXECUTE format('CREATE POLICY qadesk_write ON %I FOR ALL USING ('
                       'EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id AND ((SELECT qadesk_is_manager()) '
                       'OR e.inspector_id = (SELECT qadesk_my_user_id())))) WITH CHECK ('
                       'EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id AND ((SELECT qadesk_is_manager()) '
                       'OR e.inspector_id = (SELECT qadesk_my_user_id()))))', t);
    END LOOP;
END
$$;

-- Queues and sampling plans: one's own (scoring roles); managers all.
-- dialect: postgres
CREATE POLICY qadesk_own ON work_queue FOR ALL
    USING ((SELECT qadesk_is_manager()) OR inspector_id = (SELECT qadesk_my_user_id()))
    WITH CHECK ((SELECT qadesk_is_manager())
                OR (inspector_id = (SELECT qadesk_my_user_id()) AND (SELECT qadesk_my_role()) IN ('inspector', 'lead')));

-- dialect: postgres
CREATE POLICY qadesk_own ON sampling_plans FOR ALL
    USING ((SELECT qadesk_is_manager()) OR inspector_id = (SELECT qadesk_my_user_id()))
    WITH CHECK ((SELECT qadesk_is_manager())
                OR (inspector_id = (SELECT qadesk_my_user_id()) AND (SELECT qadesk_my_role()) IN ('inspector', 'lead')));

-- Who has which evaluation open: every active person (interaction ids and logins only).
-- dialect: postgres
CREATE POLICY qadesk_all ON evaluation_presence FOR ALL USING ((SELECT qadesk_is_active()))
    WITH CHECK ((SELECT qadesk_is_active()));

-- The audit log: insert-only for everyone (no UPDATE/DELETE policy, grant or guard lets a change through);
-- managers read all of it, the others the entries they wrote, and those write entries in their own name only
-- (the chain's guard reads the new entry back as the one inserting it).
-- dialect: postgres
CREATE POLICY qadesk_append ON audit_log FOR INSERT WITH CHECK (
    (SELECT qadesk_is_manager()) OR ((SELECT qadesk_is_active()) AND actor = current_user::text));

-- dialect: postgres
CREATE POLICY qadesk_read ON audit_log FOR SELECT USING ((SELECT qadesk_is_manager()) OR actor = current_user::text);

-- dialect: postgres
CREATE POLICY qadesk_follow ON audit_head FOR UPDATE USING ((SELECT qadesk_is_active()))
    WITH CHECK ((SELECT qadesk_is_active()));

-- Rollups (derived, aggregated): the organisation's totals for every active person; team rows for managers,
-- inspectors and the team's own agents and lead; agent rows for managers, inspectors, the agent and their lead.
-- dialect: postgres
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['kpi_rollup_team', 'dim_rollup_team'] LOOP
        EXECUTE format('CREATE POLICY qadesk_read ON %I FOR SELECT USING ((SELECT qadesk_is_manager()) '
                       'OR (SELECT qadesk_my_role()) = ''inspector'' OR team_key = (SELECT qadesk_my_team()))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['kpi_rollup_agent', 'dim_rollup_agent'] LOOP
        EXECUTE format('CREATE POLICY qadesk_read ON %I FOR SELECT USING ((SELECT qadesk_is_manager()) '
                       'OR (SELECT qadesk_my_role()) = ''inspector'' OR agent_id = (SELECT qadesk_my_agent()) '
                       'OR team_key = (SELECT qadesk_lead_team()))', t);
    END LOOP;
END
$$;

-- Calibration: managers all; the sessions one created or takes part in (scores, levels … follow the session);
-- a participant writes their own scores; the creator of a session (a sampling plan's double scoring) its items.
-- dialect: postgres
CREATE POLICY qadesk_read ON calibration_sessions FOR SELECT USING (
    (SELECT qadesk_is_manager()) OR id IN (SELECT qadesk_my_sessions()));

-- dialect: postgres
CREATE POLICY qadesk_write ON calibration_sessions FOR ALL
    USING ((SELECT qadesk_is_manager()) OR (created_by = current_user::text AND (SELECT qadesk_is_active())))
    WITH CHECK ((SELECT qadesk_is_manager()) OR (created_by = current_user::text AND (SELECT qadesk_is_active())));

-- dialect: postgres
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['calibration_items', 'calibration_participants', 'calibration_scores'] LOOP
        EXECUTE format('CREATE POLICY qadesk_read ON %I FOR SELECT USING ('
                       '(SELECT qadesk_is_manager()) OR session_id IN (SELECT qadesk_my_sessions()))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['calibration_items', 'calibration_participants'] LOOP
        EXECUTE format('CREATE POLICY qadesk_write ON %I FOR ALL USING ((SELECT qadesk_is_manager()) OR EXISTS ('
                       'SELECT 1 FROM calibration_sessions s WHERE s.id = session_id AND s.created_by = current_user::text)) '
                       'WITH CHECK ((SELECT qadesk_is_manager()) OR EXISTS ('
                       'SELECT 1 FROM calibration_sessions s WHERE s.id = session_id AND s.created_by = current_user::text))', t);
    END LOOP;
    EXECUTE 'CREATE POLICY qadesk_write ON calibration_scores FOR ALL '
            'USING ((SELECT qadesk_is_manager()) OR (participant = current_user::text AND session_id IN (SELECT qadesk_my_sessions()))) '
            'WITH CHECK ((SELECT qadesk_is_manager()) OR (participant = current_user::text AND session_id IN (SELECT qadesk_my_sessions())))';
    FOREACH t IN ARRAY ARRAY['calibration_score_levels', 'calibration_score_checklist', 'calibration_score_critical'] LOOP
        EXECUTE format('CREATE POLICY qadesk_read ON %I FOR SELECT USING ('
                       'EXISTS (SELECT 1 FROM calibration_scores s WHERE s.id = score_id))', t);
        EXECUTE format('CREATE POLICY qadesk_write ON %I FOR ALL USING (EXISTS (SELECT 1 FROM calibration_scores s '
                       'WHERE s.id = score_id AND ((SELECT qadesk_is_manager()) OR s.participant = current_user::text))) '
                       'WITH CHECK (EXISTS (SELECT 1 FROM calibration_scores s '
                       'WHERE s.id = score_id AND ((SELECT qadesk_is_manager()) OR s.participant = current_user::text)))', t);
    END LOOP;
END
$$;

-- The QA loop's tables (migrations 012 and 013, built beside this one): agents their own, leads their team's,
-- managers all. Written for their tables as they are; nothing happens on a database without them.
-- Feedback: whoever sees the evaluation sees its release, dispute, decisions and versions; the evaluation's
-- inspector releases it, its agent acknowledges, disputes and escalates, its team's lead decides (level 1) and
-- rescores a disputed evaluation, managers do everything (level 2, 终审).
-- dialect: postgres
DO $loop$
DECLARE
    t text;
BEGIN
    IF to_regclass('evaluation_feedback') IS NULL THEN
        RETURN;
    END IF;
    -- Whether an evaluation has an open dispute, read past the policies (the disputes' own policy reads evaluations:
    -- a policy on evaluations reading disputes directly would recurse).
    EXECUTE $p$CREATE OR REPLACE FUNCTION qadesk_open_dispute(p_evaluation bigint) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $f$
            SELECT EXISTS (SELECT 1 FROM disputes d WHERE d.evaluation_id = p_evaluation AND d.closed_at IS NULL)
        $f$$p$;
    FOREACH t IN ARRAY ARRAY['evaluation_feedback', 'disputes', 'evaluation_versions'] LOOP
        EXECUTE format($p$CREATE POLICY qadesk_read ON %I FOR SELECT USING (
                           EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id))$p$, t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['dispute_items', 'dispute_decisions'] LOOP
        EXECUTE format($p$CREATE POLICY qadesk_read ON %I FOR SELECT USING (
                           EXISTS (SELECT 1 FROM disputes d WHERE d.id = dispute_id))$p$, t);
    END LOOP;
    EXECUTE $p$CREATE POLICY qadesk_write ON evaluation_feedback FOR ALL
        USING ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
               WHERE e.id = evaluation_id AND (e.inspector_id = (SELECT qadesk_my_user_id())
                     OR i.agent_id = (SELECT qadesk_my_agent()) OR i.team_id = (SELECT qadesk_lead_team()))))
        WITH CHECK ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
               WHERE e.id = evaluation_id AND (e.inspector_id = (SELECT qadesk_my_user_id())
                     OR i.agent_id = (SELECT qadesk_my_agent()) OR i.team_id = (SELECT qadesk_lead_team()))))$p$;
    EXECUTE $p$CREATE POLICY qadesk_write ON disputes FOR ALL
        USING ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
               WHERE e.id = evaluation_id AND (i.agent_id = (SELECT qadesk_my_agent()) OR i.team_id = (SELECT qadesk_lead_team()))))
        WITH CHECK ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
               WHERE e.id = evaluation_id AND (i.agent_id = (SELECT qadesk_my_agent()) OR i.team_id = (SELECT qadesk_lead_team()))))$p$;
    EXECUTE $p$CREATE POLICY qadesk_write ON dispute_items FOR ALL
        USING ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id
               JOIN interactions i ON i.id = e.interaction_id WHERE d.id = dispute_id AND i.agent_id = (SELECT qadesk_my_agent())))
        WITH CHECK ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id
               JOIN interactions i ON i.id = e.interaction_id WHERE d.id = dispute_id AND i.agent_id = (SELECT qadesk_my_agent())))$p$;
    EXECUTE $p$CREATE POLICY qadesk_write ON dispute_decisions FOR ALL
        USING ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id
               JOIN interactions i ON i.id = e.interaction_id WHERE d.id = dispute_id AND i.team_id = (SELECT qadesk_lead_team())))
        WITH CHECK ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id
               JOIN interactions i ON i.id = e.interaction_id WHERE d.id = dispute_id AND i.team_id = (SELECT qadesk_lead_team())))$p$;
    EXECUTE $p$CREATE POLICY qadesk_write ON evaluation_versions FOR ALL
        USING ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
               WHERE e.id = evaluation_id AND i.team_id = (SELECT qadesk_lead_team())))
        WITH CHECK ((SELECT qadesk_is_manager()) OR EXISTS (SELECT 1 FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
               WHERE e.id = evaluation_id AND i.team_id = (SELECT qadesk_lead_team())))$p$;
    -- The agent moves their submitted evaluation's status (acknowledged, disputed: a column grant keeps it to that);
    -- the lead rewrites a disputed evaluation of their team while the dispute is open.
    EXECUTE $p$CREATE POLICY qadesk_agent_status ON evaluations FOR UPDATE
        USING (status <> 'draft' AND EXISTS (SELECT 1 FROM interactions i WHERE i.id = interaction_id
                                              AND i.agent_id = (SELECT qadesk_my_agent())))
        WITH CHECK (status <> 'draft' AND EXISTS (SELECT 1 FROM interactions i WHERE i.id = interaction_id
                                                   AND i.agent_id = (SELECT qadesk_my_agent())))$p$;
    EXECUTE $p$CREATE POLICY qadesk_lead_decides ON evaluations FOR UPDATE
        USING (EXISTS (SELECT 1 FROM interactions i WHERE i.id = interaction_id AND i.team_id = (SELECT qadesk_lead_team()))
               AND qadesk_open_dispute(id))$p$;
    FOREACH t IN ARRAY ARRAY['evaluation_scores', 'evaluation_evidence', 'evaluation_checklist', 'evaluation_critical'] LOOP
        EXECUTE format($p$CREATE POLICY qadesk_lead_decides ON %I FOR ALL
            USING (qadesk_open_dispute(evaluation_id) AND EXISTS (SELECT 1 FROM evaluations e
                           JOIN interactions i ON i.id = e.interaction_id
                           WHERE e.id = evaluation_id AND i.team_id = (SELECT qadesk_lead_team())))
            WITH CHECK (qadesk_open_dispute(evaluation_id) AND EXISTS (SELECT 1 FROM evaluations e
                                JOIN interactions i ON i.id = e.interaction_id
                                WHERE e.id = evaluation_id AND i.team_id = (SELECT qadesk_lead_team())))$p$, t);
    END LOOP;
END
$loop$;

-- Rectification and coaching, keyed by agent: the agent, their lead and managers; an item's verifier (whose queue
-- its checks join) and a session's coach too. Items' history and checks, and sessions' parts, follow them.
-- dialect: postgres
DO $loop$
DECLARE
    t text;
BEGIN
    IF to_regclass('rectification_items') IS NULL THEN
        RETURN;
    END IF;
    EXECUTE $p$CREATE POLICY qadesk_read ON rectification_items FOR SELECT
        USING (qadesk_sees_agent(agent_id) OR verifier = current_user::text)$p$;
    EXECUTE $p$CREATE POLICY qadesk_write ON rectification_items FOR ALL
        USING ((SELECT qadesk_is_manager()) OR qadesk_leads_agent(agent_id) OR owner_id = (SELECT qadesk_my_user_id())
               OR verifier = current_user::text)
        WITH CHECK ((SELECT qadesk_is_manager()) OR qadesk_leads_agent(agent_id) OR owner_id = (SELECT qadesk_my_user_id())
                    OR verifier = current_user::text)$p$;
    FOREACH t IN ARRAY ARRAY['rectification_history', 'rectification_checks'] LOOP
        EXECUTE format($p$CREATE POLICY qadesk_read ON %I FOR SELECT USING (
                           EXISTS (SELECT 1 FROM rectification_items r WHERE r.id = item_id))$p$, t);
    END LOOP;
    EXECUTE $p$CREATE POLICY qadesk_append ON rectification_history FOR INSERT WITH CHECK (
        EXISTS (SELECT 1 FROM rectification_items r WHERE r.id = item_id)
        AND ((SELECT qadesk_is_manager()) OR actor = current_user::text))$p$;
    EXECUTE $p$CREATE POLICY qadesk_write ON rectification_checks FOR ALL
        USING (EXISTS (SELECT 1 FROM rectification_items r WHERE r.id = item_id))
        WITH CHECK (EXISTS (SELECT 1 FROM rectification_items r WHERE r.id = item_id))$p$;
    EXECUTE $p$CREATE POLICY qadesk_read ON coaching_sessions FOR SELECT
        USING (qadesk_sees_agent(agent_id) OR coach = current_user::text)$p$;
    EXECUTE $p$CREATE POLICY qadesk_write ON coaching_sessions FOR ALL
        USING ((SELECT qadesk_is_manager()) OR qadesk_leads_agent(agent_id) OR coach = current_user::text
               OR agent_id = (SELECT qadesk_my_agent()))
        WITH CHECK ((SELECT qadesk_is_manager()) OR qadesk_leads_agent(agent_id) OR coach = current_user::text
                    OR agent_id = (SELECT qadesk_my_agent()))$p$;
    FOREACH t IN ARRAY ARRAY['coaching_evaluations', 'coaching_recordings', 'coaching_commitments'] LOOP
        EXECUTE format($p$CREATE POLICY qadesk_read ON %I FOR SELECT USING (
                           EXISTS (SELECT 1 FROM coaching_sessions s WHERE s.id = session_id))$p$, t);
        EXECUTE format($p$CREATE POLICY qadesk_write ON %I FOR ALL
                           USING (EXISTS (SELECT 1 FROM coaching_sessions s WHERE s.id = session_id))
                           WITH CHECK (EXISTS (SELECT 1 FROM coaching_sessions s WHERE s.id = session_id))$p$, t);
    END LOOP;
END
$loop$;

-- Every function of the schema (these, the generated rollup refresh, the audit log's guards) resolves names in
-- the schema first and in pg_temp last: otherwise a person's temporary table named "users" would stand in for the
-- real one inside a SECURITY DEFINER function (pg_temp is searched first unless placed). Schema::migrate runs it
-- again once the guards and the rollup refresh are (re)installed.
-- dialect: postgres
CREATE OR REPLACE FUNCTION qadesk_pin_search_path() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = current_schema() AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                AND (p.proname LIKE 'qadesk\_%' OR p.proname LIKE 'audit\_%') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END
$$;

-- dialect: postgres
SELECT qadesk_pin_search_path();

-- Team mode is on when the owner may create roles; otherwise the owner runs SELECT qadesk_team_setup() later.
-- dialect: postgres
DO $$
BEGIN
    IF (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        PERFORM qadesk_team_setup();
    END IF;
END
$$;
