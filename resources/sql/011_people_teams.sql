-- A team lead leads a team (issue 13): "my team" for their pending acknowledgements, disputes, rectification
-- and coaching, and in team mode what row-level security lets them see. An agent's team is their agent's.
ALTER TABLE user_roles ADD COLUMN team_id INTEGER REFERENCES teams(id);
