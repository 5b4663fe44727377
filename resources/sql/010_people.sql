-- People and roles (issue 13, DESIGN §1): who works in QA Desk and what the role lets them do.
-- users.role keeps its old three values for older readers; user_roles holds the role that counts, one of the
-- five of DESIGN §1, and whether the person may still work (disabled people stay: their evaluations and audit
-- entries name them). An agent person is linked to the agent whose evaluations they see.
CREATE TABLE user_roles (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    role TEXT NOT NULL CHECK (role IN ('agent', 'inspector', 'lead', 'qa_manager', 'admin')),
    agent_id INTEGER REFERENCES agents(id),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    updated_at {{BIGINT}} NOT NULL
);
CREATE INDEX user_roles_agent ON user_roles(agent_id);
