-- The unit feature's read model grows what the rural programme and its targets need to count units
-- as they were on a date: the kind (xã, phường, đặc khu ...), the code, when a unit came into force,
-- its parent and its successor. A target set for a unit since abolished (Kiên Giang, 2022) is counted
-- over that unit's communes as they were (unit_path under it, in force on the day); a commune's
-- records follow its successors through path. Columns are only added at the end (CREATE OR REPLACE).
CREATE OR REPLACE VIEW unit_scope AS
SELECT u.id AS unit_id, u.scope_path AS path, u.path AS unit_path, u.level, u.valid_to, u.name,
       u.kind, u.code, u.valid_from, u.parent_id, u.successor_id, u.short_name
FROM administrative_unit u;
