-- The unit feature's read model for records that belong to a unit or a residential area rather than
-- to an organization (residential-area recognition, a commune's NTM status): which unit counts under
-- which scope path. Like organization_scope, the path follows an abolished unit's successors, so a
-- former commune's records show under the commune that took it over. Other features join these views
-- and never the unit tables (ScopeRuleOwnershipTest).
CREATE VIEW unit_scope AS
SELECT u.id AS unit_id, u.scope_path AS path, u.path AS unit_path, u.level, u.valid_to, u.name
FROM administrative_unit u;

CREATE VIEW residential_area_scope AS
SELECT a.id AS residential_area_id, a.unit_id, u.scope_path AS path, u.path AS unit_path
FROM residential_area a JOIN administrative_unit u ON u.id = a.unit_id;
