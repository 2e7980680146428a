-- The recognition feature's read model for counting titles held (targets, the rural programme's
-- commune status): one row per decision with its title, the level of the criteria set it was judged
-- by (NTM: STANDARD, ADVANCED, MODEL, MODERN), its subject and when it stood. A decision is in force
-- on day D when valid_from <= D, valid_until is null or >= D, and ended_on is null or > D. A former
-- commune's decisions keep its own unit_id; unit_scope.path carries them to its successor.
CREATE VIEW recognition_standing AS
SELECT d.id AS decision_id, d.title_id, t.code AS title_code, t.subject_kind, s.level AS set_level,
       d.unit_id, d.residential_area_id, d.number, d.signed_on, d.valid_from, d.valid_until,
       LEAST(d.revoked_on, d.lost_on) AS ended_on -- LEAST skips nulls
FROM recognition_decision d
JOIN recognition_case c ON c.id = d.case_id
JOIN criteria_set s ON s.id = c.criteria_set_id
JOIN recognition_title t ON t.id = d.title_id;
