-- KPI targets belong to the organisation (issue 13): one set in the database that every dashboard, report and
-- CLI command reads, changed only by a QA manager or an administrator (the app checks it; in team mode the
-- database's row-level security refuses anyone else). Before this they were each computer's own settings; the app
-- moves a manager's settings here the first time it opens the database with none (KpiTargetService).
-- A KPI without a row has its default target (KpiTargets::defaultTarget); target NULL: no target for that KPI.
-- kpi: a catalogue key (csat, nps, …) or "key.channel" for a channel with its own (first_response_s.email).
CREATE TABLE kpi_targets (
    kpi TEXT PRIMARY KEY,
    target {{REAL}},
    amber_margin {{REAL}},                    -- null: the catalogue's default margin
    updated_at {{BIGINT}} NOT NULL,           -- UTC seconds
    updated_by TEXT NOT NULL
);

-- Team mode: everyone reads the targets; only managers (qa_manager, admin) change them.
-- dialect: postgres
ALTER TABLE kpi_targets ENABLE ROW LEVEL SECURITY;

-- dialect: postgres
CREATE POLICY qadesk_read ON kpi_targets FOR SELECT USING ((SELECT qadesk_is_active()));

-- dialect: postgres
CREATE POLICY qadesk_manage ON kpi_targets FOR ALL USING ((SELECT qadesk_is_manager()))
    WITH CHECK ((SELECT qadesk_is_manager()));

-- The grants qadesk_team_setup() gives every table, given here for this one when team mode is already set up
-- (a later qadesk_team_setup() gives them again: it grants on all tables).
-- dialect: postgres
DO $$
BEGIN
    IF qadesk_team_ready() THEN
        EXECUTE format('GRANT SELECT ON kpi_targets TO %I, %I, %I, %I, %I', qadesk_group_role('agent'),
                       qadesk_group_role('inspector'), qadesk_group_role('lead'), qadesk_group_role('qa_manager'),
                       qadesk_group_role('admin'));
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON kpi_targets TO %I, %I', qadesk_group_role('qa_manager'),
                       qadesk_group_role('admin'));
    END IF;
END
$$;
