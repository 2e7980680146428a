-- The scope rule, stated once (unit feature). A unit's scope path is its own path, or - when it was
-- abolished and has a successor - the scope path of that successor, followed through the whole chain
-- (Kiên Giang's communes -> An Giang's). Every organization carries the scope path of its unit. A
-- caller whose home unit has path P sees an organization when its scope path starts with P.
--
-- Other features never read administrative_unit or these columns: they join the declared read model
-- organization_scope (organization_id, path) below. ArchitectureTest fails when they do.

-- The central level gets a code, so that an account (a central admin) can name it in unit_code.
UPDATE administrative_unit SET code = 'TW' WHERE level = 'NATIONAL' AND code IS NULL;

-- Hop-limited, so that a mistaken successor cycle cannot loop.
CREATE FUNCTION dv_unit_scope_path(unit bigint) RETURNS varchar
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
AS $$
WITH RECURSIVE chain (id, path, valid_to, successor_id, hops) AS (
    SELECT id, path, valid_to, successor_id, 0 FROM administrative_unit WHERE id = unit
    UNION ALL
    SELECT s.id, s.path, s.valid_to, s.successor_id, c.hops + 1
    FROM chain c JOIN administrative_unit s ON s.id = c.successor_id
    WHERE c.valid_to IS NOT NULL AND c.hops < 10
)
SELECT path FROM chain ORDER BY hops DESC LIMIT 1
$$;

ALTER TABLE administrative_unit ADD COLUMN scope_path varchar(200);
UPDATE administrative_unit SET scope_path = dv_unit_scope_path(id);
ALTER TABLE administrative_unit ALTER COLUMN scope_path SET NOT NULL;
CREATE INDEX administrative_unit_scope_path ON administrative_unit (scope_path varchar_pattern_ops);

ALTER TABLE organization ADD COLUMN scope_path varchar(200);
UPDATE organization o SET scope_path = u.scope_path FROM administrative_unit u WHERE u.id = o.unit_id;
ALTER TABLE organization ALTER COLUMN scope_path SET NOT NULL;
-- "the organizations in scope" is an index range scan, returning ids without touching the table
CREATE INDEX organization_scope_path ON organization (scope_path varchar_pattern_ops, id);

-- A new unit: its own path, or its successor's scope path when it is born abolished.
CREATE FUNCTION dv_unit_scope_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.scope_path := NEW.path;
    IF NEW.valid_to IS NOT NULL AND NEW.successor_id IS NOT NULL THEN
        NEW.scope_path := coalesce(dv_unit_scope_path(NEW.successor_id), NEW.path);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER administrative_unit_scope_insert BEFORE INSERT ON administrative_unit
    FOR EACH ROW EXECUTE FUNCTION dv_unit_scope_before_insert();

-- A changed path, end or successor can move whole chains: recompute, in one pass over the units, what
-- differs (changes are rare). The inner updates set only scope_path, so they do not fire this trigger
-- again. Units caught in a successor cycle keep their own path.
CREATE FUNCTION dv_unit_scope_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH RECURSIVE resolved (id, scope_path, hops) AS (
        SELECT id, path, 0 FROM administrative_unit WHERE valid_to IS NULL OR successor_id IS NULL
        UNION ALL
        SELECT u.id, r.scope_path, r.hops + 1
        FROM administrative_unit u JOIN resolved r ON u.successor_id = r.id
        WHERE u.valid_to IS NOT NULL AND r.hops < 10
    )
    UPDATE administrative_unit u SET scope_path = coalesce(r.scope_path, u.path)
    FROM administrative_unit x LEFT JOIN resolved r ON r.id = x.id
    WHERE x.id = u.id AND u.scope_path IS DISTINCT FROM coalesce(r.scope_path, u.path);
    UPDATE organization o SET scope_path = u.scope_path FROM administrative_unit u
    WHERE u.id = o.unit_id AND o.scope_path IS DISTINCT FROM u.scope_path;
    RETURN NULL;
END $$;
CREATE TRIGGER administrative_unit_scope_refresh AFTER UPDATE OF path, valid_to, successor_id ON administrative_unit
    FOR EACH STATEMENT EXECUTE FUNCTION dv_unit_scope_refresh();

CREATE FUNCTION dv_organization_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.scope_path := (SELECT scope_path FROM administrative_unit WHERE id = NEW.unit_id);
    RETURN NEW;
END $$;
CREATE TRIGGER organization_scope_insert BEFORE INSERT OR UPDATE OF unit_id ON organization
    FOR EACH ROW EXECUTE FUNCTION dv_organization_scope();

-- The declared read model: which organization counts under which scope path (path), and the path of
-- its own unit as it was (unit_path: a filter on an abolished unit finds that unit's organizations).
CREATE VIEW organization_scope AS
SELECT o.id AS organization_id, o.scope_path AS path, u.path AS unit_path
FROM organization o LEFT JOIN administrative_unit u ON u.id = o.unit_id;
