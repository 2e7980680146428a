-- The recognition counts leaders read and the public list (issue 13, points 3 and 4): fast at national scale
-- (100,000 residential areas, 300,000 cases with 30 criteria each; backend/bench/recognition-bench.sh). Scope comes
-- from the declared read model unit_scope (the units under a path: one index range scan); each count below is kept
-- per unit (the case's commune) by triggers in the transaction that changes a case, an assessment or a decision, so
-- that a province's counts read (its communes x titles x states) rows instead of every case.
-- Each table also holds the same figures summed per province (rollup = true, unit_id the province, as its path was when
-- the row was counted): the whole country's counts read 34 provinces' rows instead of 3,321 communes', and a province's
-- criteria its own 60 rows. After a reorganization of units that moves communes to another province, rebuild them:
-- SELECT dv_recognition_rollup_rebuild();

-- The year's cases by unit, title and state.
CREATE TABLE recognition_case_count (
    unit_id  bigint      NOT NULL,
    year     int         NOT NULL,
    title_id bigint      NOT NULL,
    state    varchar(16) NOT NULL,
    rollup   boolean     NOT NULL DEFAULT false,
    cases    int         NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, year, rollup, title_id, state)
);
-- index-only reads: a commune's rows of a year (probed once per unit in scope), the provinces' rows of a year
CREATE INDEX recognition_case_count_commune ON recognition_case_count (unit_id, year) INCLUDE (title_id, state, cases)
    WHERE NOT rollup;
CREATE INDEX recognition_case_count_province ON recognition_case_count (year, unit_id) INCLUDE (title_id, state, cases)
    WHERE rollup;

-- Decisions by the unit, the year they were signed, the title and what became of them: ACTIVE (in force or lapsed,
-- told apart on reading by valid_until: 'infinity' when open), REVOKED (thu hồi, whatever else) or LOST (a failed
-- re-assessment). Revoked and lost decisions are counted under valid_until 'infinity', their date no longer matters.
CREATE TABLE recognition_decision_count (
    unit_id     bigint     NOT NULL,
    year        int        NOT NULL,
    title_id    bigint     NOT NULL,
    outcome     varchar(8) NOT NULL CHECK (outcome IN ('ACTIVE', 'REVOKED', 'LOST')),
    valid_until date       NOT NULL,
    rollup      boolean    NOT NULL DEFAULT false,
    decisions   int        NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, year, rollup, title_id, outcome, valid_until)
);
CREATE INDEX recognition_decision_count_commune ON recognition_decision_count (unit_id, year)
    INCLUDE (title_id, outcome, valid_until, decisions) WHERE NOT rollup;
CREATE INDEX recognition_decision_count_province ON recognition_decision_count (year, unit_id)
    INCLUDE (title_id, outcome, valid_until, decisions) WHERE rollup;

-- Each criterion's results over the year's cases (withdrawn ones included): assessed, and failed.
CREATE TABLE recognition_criterion_count (
    unit_id         bigint NOT NULL,
    year            int    NOT NULL,
    title_id        bigint NOT NULL,
    criteria_set_id bigint NOT NULL,
    criterion_id    bigint NOT NULL,
    rollup          boolean NOT NULL DEFAULT false,
    assessed        int    NOT NULL DEFAULT 0,
    failed          int    NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, year, rollup, title_id, criteria_set_id, criterion_id)
);
CREATE INDEX recognition_criterion_count_commune ON recognition_criterion_count (unit_id, year)
    INCLUDE (title_id, criteria_set_id, criterion_id, assessed, failed) WHERE NOT rollup;
CREATE INDEX recognition_criterion_count_province ON recognition_criterion_count (year, unit_id)
    INCLUDE (title_id, criteria_set_id, criterion_id, assessed, failed) WHERE rollup;

-- The result of an assessment: NULL not assessed, 0 assessed and not failed, 1 failed. The commune's reviewed result
-- when the criterion was reviewed (AGREE keeps the self-assessed one when nothing else was written), else the
-- self-assessed one; a score or a value alone (no pass/fail) is assessed, not failed.
CREATE FUNCTION dv_recognition_result(p_review varchar, p_self_passed boolean, p_self_score numeric,
                                      p_self_value numeric, p_reviewed_passed boolean, p_reviewed_score numeric,
                                      p_reviewed_value numeric) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
    WHEN p_review IS NOT NULL AND (p_reviewed_passed IS NOT NULL OR p_review = 'CHANGE') THEN
        CASE WHEN p_reviewed_passed = false THEN 1 ELSE 0 END
    WHEN p_self_passed IS NOT NULL THEN CASE WHEN p_self_passed THEN 0 ELSE 1 END
    WHEN coalesce(p_reviewed_score, p_reviewed_value, p_self_score, p_self_value) IS NOT NULL OR p_review IS NOT NULL
        THEN 0
END
$$;

-- The province a unit counts under: the first unit of its scope path.
CREATE FUNCTION dv_recognition_province(p_unit bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
SELECT coalesce((SELECT CAST(split_part(path, '/', 2) AS bigint) FROM unit_scope WHERE unit_id = p_unit), p_unit)
$$;

CREATE FUNCTION dv_recognition_case_apply(p_unit bigint, p_year int, p_title bigint, p_state varchar, p_sign int)
    RETURNS void LANGUAGE sql AS $$
INSERT INTO recognition_case_count AS c (unit_id, year, title_id, state, rollup, cases)
VALUES (p_unit, p_year, p_title, p_state, false, p_sign), (dv_recognition_province(p_unit), p_year, p_title, p_state, true, p_sign)
ON CONFLICT (unit_id, year, rollup, title_id, state) DO UPDATE SET cases = c.cases + excluded.cases
$$;

CREATE FUNCTION dv_recognition_criterion_apply(p_unit bigint, p_year int, p_title bigint, p_set bigint,
                                               p_criterion bigint, p_result int, p_sign int)
    RETURNS void LANGUAGE sql AS $$
INSERT INTO recognition_criterion_count AS c (unit_id, year, title_id, criteria_set_id, criterion_id, rollup, assessed,
                                             failed)
SELECT u.unit_id, p_year, p_title, p_set, p_criterion, u.rollup, p_sign, CASE WHEN p_result = 1 THEN p_sign ELSE 0 END
FROM (VALUES (p_unit, false), (dv_recognition_province(p_unit), true)) AS u (unit_id, rollup)
WHERE p_result IS NOT NULL
ON CONFLICT (unit_id, year, rollup, title_id, criteria_set_id, criterion_id) DO UPDATE
    SET assessed = c.assessed + excluded.assessed, failed = c.failed + excluded.failed
$$;

CREATE FUNCTION dv_recognition_decision_apply(p_unit bigint, p_signed date, p_title bigint, p_valid_until date,
                                              p_revoked date, p_lost date, p_sign int)
    RETURNS void LANGUAGE sql AS $$
INSERT INTO recognition_decision_count AS c (unit_id, year, title_id, outcome, valid_until, rollup, decisions)
SELECT u.unit_id, extract(year FROM p_signed)::int, p_title,
       CASE WHEN p_revoked IS NOT NULL THEN 'REVOKED' WHEN p_lost IS NOT NULL THEN 'LOST' ELSE 'ACTIVE' END,
       CASE WHEN p_revoked IS NULL AND p_lost IS NULL THEN coalesce(p_valid_until, 'infinity') ELSE 'infinity' END,
       u.rollup, p_sign
FROM (VALUES (p_unit, false), (dv_recognition_province(p_unit), true)) AS u (unit_id, rollup)
ON CONFLICT (unit_id, year, rollup, title_id, outcome, valid_until) DO UPDATE SET decisions = c.decisions + excluded.decisions
$$;

-- A case added, moved (unit, year, title, set) or changed state. Moving a case moves its assessments' results too.
CREATE FUNCTION dv_recognition_case_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    a record;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dv_recognition_case_apply(OLD.unit_id, OLD.year, OLD.title_id, OLD.state, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM dv_recognition_case_apply(NEW.unit_id, NEW.year, NEW.title_id, NEW.state, 1);
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD.unit_id, OLD.year, OLD.title_id, OLD.criteria_set_id)
            IS DISTINCT FROM (NEW.unit_id, NEW.year, NEW.title_id, NEW.criteria_set_id)) THEN
        FOR a IN SELECT * FROM recognition_assessment WHERE case_id = OLD.id ORDER BY criterion_id LOOP
            PERFORM dv_recognition_criterion_apply(OLD.unit_id, OLD.year, OLD.title_id, OLD.criteria_set_id,
                a.criterion_id, dv_recognition_result(a.review, a.self_passed, a.self_score, a.self_value,
                    a.reviewed_passed, a.reviewed_score, a.reviewed_value), -1);
            IF TG_OP = 'UPDATE' THEN
                PERFORM dv_recognition_criterion_apply(NEW.unit_id, NEW.year, NEW.title_id, NEW.criteria_set_id,
                    a.criterion_id, dv_recognition_result(a.review, a.self_passed, a.self_score, a.self_value,
                        a.reviewed_passed, a.reviewed_score, a.reviewed_value), 1);
            END IF;
        END LOOP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD; -- a BEFORE trigger: the deletion goes on (its assessments, cascaded, find no case)
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER recognition_case_count_insert AFTER INSERT ON recognition_case
    FOR EACH ROW EXECUTE FUNCTION dv_recognition_case_count();
CREATE TRIGGER recognition_case_count_update
    AFTER UPDATE OF unit_id, year, title_id, criteria_set_id, state ON recognition_case
    FOR EACH ROW EXECUTE FUNCTION dv_recognition_case_count();
CREATE TRIGGER recognition_case_count_delete BEFORE DELETE ON recognition_case
    FOR EACH ROW EXECUTE FUNCTION dv_recognition_case_count();

-- An assessment added, changed or removed.
CREATE FUNCTION dv_recognition_assessment_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    c record;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT unit_id, year, title_id, criteria_set_id INTO c FROM recognition_case WHERE id = OLD.case_id;
        IF FOUND THEN
            PERFORM dv_recognition_criterion_apply(c.unit_id, c.year, c.title_id, c.criteria_set_id, OLD.criterion_id,
                dv_recognition_result(OLD.review, OLD.self_passed, OLD.self_score, OLD.self_value,
                    OLD.reviewed_passed, OLD.reviewed_score, OLD.reviewed_value), -1);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT unit_id, year, title_id, criteria_set_id INTO c FROM recognition_case WHERE id = NEW.case_id;
        PERFORM dv_recognition_criterion_apply(c.unit_id, c.year, c.title_id, c.criteria_set_id, NEW.criterion_id,
            dv_recognition_result(NEW.review, NEW.self_passed, NEW.self_score, NEW.self_value,
                NEW.reviewed_passed, NEW.reviewed_score, NEW.reviewed_value), 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER recognition_assessment_count_insert_delete AFTER INSERT OR DELETE ON recognition_assessment
    FOR EACH ROW EXECUTE FUNCTION dv_recognition_assessment_count();
CREATE TRIGGER recognition_assessment_count_update
    AFTER UPDATE OF case_id, criterion_id, self_passed, self_score, self_value, review, reviewed_passed,
        reviewed_score, reviewed_value ON recognition_assessment
    FOR EACH ROW EXECUTE FUNCTION dv_recognition_assessment_count();

-- The public list's read model: one row per residential area's decision neither revoked nor lost (in force or
-- lapsed: the dates are compared on reading), with the area's and the commune's names folded for the search.
CREATE TABLE recognition_public_area (
    decision_id         bigint PRIMARY KEY REFERENCES recognition_decision (id) ON DELETE CASCADE,
    residential_area_id bigint NOT NULL,
    unit_id             bigint NOT NULL,
    signed_on           date   NOT NULL,
    valid_from          date   NOT NULL,
    valid_until         date,
    search_text         text   NOT NULL
);
CREATE INDEX recognition_public_area_newest ON recognition_public_area (signed_on DESC, decision_id DESC);
CREATE INDEX recognition_public_area_unit ON recognition_public_area (unit_id, signed_on DESC, decision_id DESC);
CREATE INDEX recognition_public_area_area ON recognition_public_area (residential_area_id);
CREATE INDEX recognition_public_area_search ON recognition_public_area USING gin (search_text gin_trgm_ops);

CREATE FUNCTION dv_recognition_public_text(p_area bigint, p_unit bigint) RETURNS text LANGUAGE sql STABLE AS $$
SELECT dv_fold(coalesce((SELECT name FROM residential_area WHERE id = p_area), '') || ' '
               || coalesce((SELECT name FROM unit_scope WHERE unit_id = p_unit), ''))
$$;

-- A decision signed, changed, revoked, lost or removed: its counts and its line of the public list.
CREATE FUNCTION dv_recognition_decision_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dv_recognition_decision_apply(OLD.unit_id, OLD.signed_on, OLD.title_id, OLD.valid_until,
            OLD.revoked_on, OLD.lost_on, -1);
        DELETE FROM recognition_public_area WHERE decision_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM dv_recognition_decision_apply(NEW.unit_id, NEW.signed_on, NEW.title_id, NEW.valid_until,
            NEW.revoked_on, NEW.lost_on, 1);
        IF NEW.residential_area_id IS NOT NULL AND NEW.revoked_on IS NULL AND NEW.lost_on IS NULL THEN
            INSERT INTO recognition_public_area (decision_id, residential_area_id, unit_id, signed_on, valid_from,
                                                 valid_until, search_text)
            VALUES (NEW.id, NEW.residential_area_id, NEW.unit_id, NEW.signed_on, NEW.valid_from, NEW.valid_until,
                    dv_recognition_public_text(NEW.residential_area_id, NEW.unit_id));
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER recognition_decision_count_insert_delete AFTER INSERT OR DELETE ON recognition_decision
    FOR EACH ROW EXECUTE FUNCTION dv_recognition_decision_count();
CREATE TRIGGER recognition_decision_count_update
    AFTER UPDATE OF unit_id, residential_area_id, title_id, signed_on, valid_from, valid_until, revoked_on, lost_on
    ON recognition_decision FOR EACH ROW EXECUTE FUNCTION dv_recognition_decision_count();

-- A residential area renamed: its lines of the public list are found by the new name.
CREATE FUNCTION dv_recognition_public_area_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE recognition_public_area p SET search_text = dv_recognition_public_text(p.residential_area_id, p.unit_id)
    WHERE p.residential_area_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER residential_area_recognition_public_text AFTER UPDATE OF name ON residential_area
    FOR EACH ROW EXECUTE FUNCTION dv_recognition_public_area_renamed();

-- The provinces' rows summed anew from the communes' rows, under the provinces their paths name today.
CREATE FUNCTION dv_recognition_rollup_rebuild() RETURNS void LANGUAGE sql AS $$
DELETE FROM recognition_case_count WHERE rollup;
INSERT INTO recognition_case_count (unit_id, year, title_id, state, rollup, cases)
SELECT dv_recognition_province(unit_id), year, title_id, state, true, sum(cases)
FROM recognition_case_count WHERE NOT rollup GROUP BY 1, 2, 3, 4;
DELETE FROM recognition_decision_count WHERE rollup;
INSERT INTO recognition_decision_count (unit_id, year, title_id, outcome, valid_until, rollup, decisions)
SELECT dv_recognition_province(unit_id), year, title_id, outcome, valid_until, true, sum(decisions)
FROM recognition_decision_count WHERE NOT rollup GROUP BY 1, 2, 3, 4, 5;
DELETE FROM recognition_criterion_count WHERE rollup;
INSERT INTO recognition_criterion_count (unit_id, year, title_id, criteria_set_id, criterion_id, rollup, assessed, failed)
SELECT dv_recognition_province(unit_id), year, title_id, criteria_set_id, criterion_id, true, sum(assessed), sum(failed)
FROM recognition_criterion_count WHERE NOT rollup GROUP BY 1, 2, 3, 4, 5;
$$;

-- What is there already (demo data is made later, through the triggers).
INSERT INTO recognition_case_count (unit_id, year, title_id, state, cases)
SELECT unit_id, year, title_id, state, count(*) FROM recognition_case GROUP BY 1, 2, 3, 4;
INSERT INTO recognition_criterion_count (unit_id, year, title_id, criteria_set_id, criterion_id, assessed, failed)
SELECT c.unit_id, c.year, c.title_id, c.criteria_set_id, a.criterion_id, count(*), count(*) FILTER (WHERE r.result = 1)
FROM recognition_assessment a JOIN recognition_case c ON c.id = a.case_id
CROSS JOIN LATERAL (SELECT dv_recognition_result(a.review, a.self_passed, a.self_score, a.self_value,
    a.reviewed_passed, a.reviewed_score, a.reviewed_value) AS result) r
WHERE r.result IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
INSERT INTO recognition_decision_count (unit_id, year, title_id, outcome, valid_until, decisions)
SELECT unit_id, extract(year FROM signed_on)::int, title_id,
       CASE WHEN revoked_on IS NOT NULL THEN 'REVOKED' WHEN lost_on IS NOT NULL THEN 'LOST' ELSE 'ACTIVE' END,
       CASE WHEN revoked_on IS NULL AND lost_on IS NULL THEN coalesce(valid_until, 'infinity') ELSE 'infinity' END,
       count(*)
FROM recognition_decision GROUP BY 1, 2, 3, 4, 5;
INSERT INTO recognition_public_area (decision_id, residential_area_id, unit_id, signed_on, valid_from, valid_until,
                                     search_text)
SELECT id, residential_area_id, unit_id, signed_on, valid_from, valid_until,
       dv_recognition_public_text(residential_area_id, unit_id)
FROM recognition_decision WHERE residential_area_id IS NOT NULL AND revoked_on IS NULL AND lost_on IS NULL;
SELECT dv_recognition_rollup_rebuild();
