#!/usr/bin/env python3
"""Builds tests/data/schema/vN.sqlite: a database of every earlier schema version, made with the migration
files exactly as they were when version N was the newest (taken from git), holding the same small content:
2 teams, 3 agents, 12 interactions with surveys over two weeks of 2024 (Asia/Shanghai days), their turns,
9 submitted evaluations with scores, one draft. tst_migration migrates a copy of each and checks content and
KPIs against the figures below. Run from the repository root:  python3 tests/data/schema/make_fixtures.py [VERSION …]
"""
import os, sqlite3, subprocess, json

VERSIONS = {  # version -> the commit on main (first parent) just before the next migration landed
    1: "a731ac9^1",
    2: "ca1e2a7^1",
    6: "72f9e38",  # before 007_one_clock.sql: rollups keyed by Shanghai days (rollup_tz), no org_timezone
}
HERE = os.path.dirname(os.path.abspath(__file__))


def migration_sql(commit):
    names = subprocess.check_output(["git", "ls-tree", "--name-only", commit, "resources/sql/"], text=True).split()
    for name in sorted(n for n in names if n.endswith(".sql")):
        sql = subprocess.check_output(["git", "show", f"{commit}:{name}"], text=True)
        yield (sql.replace("{{PK}}", "INTEGER PRIMARY KEY").replace("{{REAL}}", "REAL")
                  .replace("{{BIGINT}}", "BIGINT").replace("{{WITHOUT_ROWID}}", " WITHOUT ROWID"))


def build(version, commit):
    path = os.path.join(HERE, f"v{version}.sqlite")
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    for sql in migration_sql(commit):
        db.executescript(sql)
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for k, v in (("schema_version", str(version)), ("rollup_tz", "Asia/Shanghai"), ("created_at", "2024-01-01T00:00:00Z")):
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (k, v))
    db.execute("INSERT INTO teams (id, name) VALUES (1, '一组'), (2, '二组')")
    db.execute("INSERT INTO agents (id, code, name, team_id) VALUES (1, 'A-1', '张三', 1), (2, 'A-2', '李四', 1), (3, 'B-1', '王五', 2)")
    db.execute("INSERT INTO users (id, login, display_name, role) VALUES (1, '质检员甲', '质检员甲', 'inspector')")
    db.execute("INSERT INTO rubrics (id, rubric_key, name) VALUES (1, 'default', '默认')")
    rubric = open(os.path.join(HERE, "..", "..", "..", "resources", "rubric", "default.json"), encoding="utf-8").read()
    db.execute("INSERT INTO rubric_versions (id, rubric_id, version, definition, created_at) VALUES (1, 1, 1, ?, 0)", (rubric,))
    base = 1709251200  # 2024-03-01 00:00 UTC
    csat = [5, 4, 2, 5, 3, 4, 5, 1, 4, 5, None, 4]
    nps = [10, 9, 3, 8, 7, 10, 9, 0, 6, 10, None, 9]
    for i in range(12):
        started = base + i * 86400 + 3600 * (i % 5)
        day = (started + 8 * 3600) // 86400 + 2440588  # Julian day number of the Shanghai date
        agent = 1 + i % 3
        team = 1 if agent < 3 else 2
        db.execute("INSERT INTO interactions (id, external_id, channel, started_at, utc_offset_s, day, agent_id, team_id, "
                   "category, handle_s, first_response_s, fcr, complaint, csat, nps, ces, turn_count) "
                   "VALUES (?, ?, ?, ?, 28800, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)",
                   (i + 1, f"FX-{i:03d}", "phone" if i % 2 else "chat", started, day, agent, team,
                    "complaint" if i % 4 == 0 else "consultation", 300 + 10 * i, 5 + i, i % 3 != 0, int(i % 4 == 0),
                    csat[i], nps[i], 1 + i % 7))
        db.execute("INSERT INTO turns (interaction_id, seq, speaker, text, start_ms) VALUES (?, 0, 'customer', '你好', 0)", (i + 1,))
        db.execute("INSERT INTO turns (interaction_id, seq, speaker, text, start_ms) VALUES (?, 1, 'agent', '您好，请问有什么可以帮您', 4000)", (i + 1,))
    keys = ["response", "attitude", "resolution", "knowledge", "satisfaction", "records"]
    has_position = any(r[1] == "position" for r in db.execute("PRAGMA table_info(evaluation_scores)"))
    scores = [80.0, 92.5, 55.0, 71.25, 60.0, 100.0, 88.0, 40.0, 75.5]
    for e, score in enumerate(scores):
        db.execute("INSERT INTO evaluations (id, interaction_id, rubric_version_id, inspector_id, status, score, grade_key, "
                   "created_at, updated_at, submitted_at) VALUES (?, ?, 1, 1, 'submitted', ?, ?, ?, ?, ?)",
                   (e + 1, e + 1, score, "pass" if score >= 60 else "needs_improvement", base, base, base + e * 86400 + 7200))
        for p, k in enumerate(keys):
            if has_position:
                db.execute("INSERT INTO evaluation_scores (evaluation_id, dimension_key, position, score) "
                           "VALUES (?, ?, ?, ?)", (e + 1, k, p, 1 + (e + p) % 5))
            else:
                db.execute("INSERT INTO evaluation_scores (evaluation_id, dimension_key, score) VALUES (?, ?, ?)",
                           (e + 1, k, 1 + (e + p) % 5))
    db.execute("INSERT INTO evaluations (id, interaction_id, rubric_version_id, inspector_id, status, created_at, updated_at) "
               "VALUES (10, 10, 1, 1, 'draft', ?, ?)", (base, base))
    db.commit()
    db.execute("VACUUM")
    db.close()
    print(path)


if __name__ == "__main__":
    import sys
    wanted = [int(v) for v in sys.argv[1:]] or list(VERSIONS)
    for version in wanted:
        build(version, VERSIONS[version])
