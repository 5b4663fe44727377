-- One draft per interaction and inspector (issue 9): two windows that opened the same interaction before a
-- draft existed could each create one, and one of them was then silently shadowed. The schema now refuses a
-- second draft; the application saves into the existing one and tells the second window.
-- Databases that already hold such duplicates keep every one of them: all but the newest draft of each pair
-- are handed to a "recovered draft" user named after the inspector and the draft's id, where an inspector or
-- admin can still find, read and copy them. Nothing is deleted.

INSERT INTO users (login, display_name, role)
SELECT 'recovered-draft:' || CAST(e.id AS TEXT) || ':' || u.login,
       u.display_name || ' (recovered draft ' || CAST(e.id AS TEXT) || ')', 'inspector'
FROM evaluations e JOIN users u ON u.id = e.inspector_id
WHERE e.status = 'draft' AND EXISTS (
    SELECT 1 FROM evaluations newer
    WHERE newer.interaction_id = e.interaction_id AND newer.inspector_id = e.inspector_id
      AND newer.status = 'draft' AND newer.id > e.id);

UPDATE evaluations SET inspector_id = (
    SELECT r.id FROM users r JOIN users u ON r.login = 'recovered-draft:' || CAST(evaluations.id AS TEXT) || ':' || u.login
    WHERE u.id = evaluations.inspector_id)
WHERE status = 'draft' AND EXISTS (
    SELECT 1 FROM evaluations newer
    WHERE newer.interaction_id = evaluations.interaction_id AND newer.inspector_id = evaluations.inspector_id
      AND newer.status = 'draft' AND newer.id > evaluations.id);

CREATE UNIQUE INDEX evaluations_one_draft ON evaluations(interaction_id, inspector_id) WHERE status = 'draft';
