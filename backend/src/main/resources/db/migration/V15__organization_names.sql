-- The declared read model of organization names, beside organization_scope (V12): what other features
-- may join to name an organization they know by code, such as the organization of a person in the user
-- directory (app_user.organization_code). The unit feature owns the organization table; others read this.
CREATE VIEW organization_name AS
SELECT o.id AS organization_id, o.code, o.name
FROM organization o;
