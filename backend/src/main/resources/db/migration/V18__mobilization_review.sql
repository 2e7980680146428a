-- The review tables leaders read (issue 12, point 4): the funnel of a round and the model list must stay fast at
-- 50,000 models with 200,000 round records (backend/bench/mobilization-bench.sh). Scope still comes from the
-- declared read model organization_scope (the organizations under a path: one index range scan).

-- The funnel's read model: the stages the round records reached, counted per round, registering organization, field
-- and owner kind, kept by the triggers below in the transaction that changes a record or a model. A province's funnel
-- then reads at most (its organizations x fields x 2) rows instead of every record of the round. The stages:
--   registered  every record of the round
--   appraised   passed an appraisal (at any level: a recognized record proposed upward and not passed by the
--               province was still appraised and recognized by its commune)
--   recognized  has a recognition decision
--   exemplary, commended (state COMMENDED)
--   replicated  records of copies of another model, in the round the copy was registered in
CREATE TABLE model_funnel_count (
    round_id        bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    field_id        bigint      NOT NULL,
    owner_kind      varchar(12) NOT NULL,
    registered      int         NOT NULL DEFAULT 0,
    appraised       int         NOT NULL DEFAULT 0,
    recognized      int         NOT NULL DEFAULT 0,
    exemplary       int         NOT NULL DEFAULT 0,
    commended       int         NOT NULL DEFAULT 0,
    replicated      int         NOT NULL DEFAULT 0,
    PRIMARY KEY (round_id, organization_id, field_id, owner_kind)
);

-- Adds (sign 1) or takes away (sign -1) one record's contribution.
CREATE FUNCTION dv_funnel_apply(p_round bigint, p_organization bigint, p_field bigint, p_kind varchar,
                                p_registered_round bigint, p_replication bigint, p_state varchar, p_result varchar,
                                p_decision date, p_exemplary boolean, p_sign int) RETURNS void
    LANGUAGE sql AS $$
INSERT INTO model_funnel_count AS c (round_id, organization_id, field_id, owner_kind, registered, appraised,
                                     recognized, exemplary, commended, replicated)
VALUES (p_round, p_organization, p_field, p_kind, p_sign,
        CASE WHEN p_result = 'PASS' OR p_decision IS NOT NULL THEN p_sign ELSE 0 END,
        CASE WHEN p_decision IS NOT NULL THEN p_sign ELSE 0 END,
        CASE WHEN p_exemplary THEN p_sign ELSE 0 END,
        CASE WHEN p_state = 'COMMENDED' THEN p_sign ELSE 0 END,
        CASE WHEN p_replication IS NOT NULL AND p_registered_round = p_round THEN p_sign ELSE 0 END)
ON CONFLICT (round_id, organization_id, field_id, owner_kind) DO UPDATE
    SET registered = c.registered + excluded.registered, appraised = c.appraised + excluded.appraised,
        recognized = c.recognized + excluded.recognized, exemplary = c.exemplary + excluded.exemplary,
        commended = c.commended + excluded.commended, replicated = c.replicated + excluded.replicated
$$;

-- A record added, changed or removed. A record removed with its model (cascade) was taken away by the model's trigger.
CREATE FUNCTION dv_funnel_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    m record;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT organization_id, field_id, owner_kind, registered_round_id, replication_of_id INTO m
        FROM mobilization_model WHERE id = OLD.model_id;
        IF FOUND THEN
            PERFORM dv_funnel_apply(OLD.round_id, m.organization_id, m.field_id, m.owner_kind, m.registered_round_id,
                m.replication_of_id, OLD.state, OLD.appraisal_result, OLD.decision_date, OLD.exemplary, -1);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT organization_id, field_id, owner_kind, registered_round_id, replication_of_id INTO m
        FROM mobilization_model WHERE id = NEW.model_id;
        PERFORM dv_funnel_apply(NEW.round_id, m.organization_id, m.field_id, m.owner_kind, m.registered_round_id,
            m.replication_of_id, NEW.state, NEW.appraisal_result, NEW.decision_date, NEW.exemplary, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER model_round_funnel_insert_delete AFTER INSERT OR DELETE ON model_round
    FOR EACH ROW EXECUTE FUNCTION dv_funnel_record();
CREATE TRIGGER model_round_funnel_update
    AFTER UPDATE OF model_id, round_id, state, appraisal_result, decision_date, exemplary ON model_round
    FOR EACH ROW EXECUTE FUNCTION dv_funnel_record();

-- A model moved to another organization, field or owner kind (or its replication link changed): its records move.
CREATE FUNCTION dv_funnel_model() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM model_round WHERE model_id = OLD.id ORDER BY round_id LOOP
        PERFORM dv_funnel_apply(r.round_id, OLD.organization_id, OLD.field_id, OLD.owner_kind,
            OLD.registered_round_id, OLD.replication_of_id, r.state, r.appraisal_result, r.decision_date,
            r.exemplary, -1);
        IF TG_OP = 'UPDATE' THEN
            PERFORM dv_funnel_apply(r.round_id, NEW.organization_id, NEW.field_id, NEW.owner_kind,
                NEW.registered_round_id, NEW.replication_of_id, r.state, r.appraisal_result, r.decision_date,
                r.exemplary, 1);
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD; -- a BEFORE trigger: the deletion goes on
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER mobilization_model_funnel_update
    AFTER UPDATE OF organization_id, field_id, owner_kind, registered_round_id, replication_of_id ON mobilization_model
    FOR EACH ROW EXECUTE FUNCTION dv_funnel_model();
CREATE TRIGGER mobilization_model_funnel_delete BEFORE DELETE ON mobilization_model
    FOR EACH ROW EXECUTE FUNCTION dv_funnel_model();

-- What is there already (demo data is made later, through the triggers).
INSERT INTO model_funnel_count (round_id, organization_id, field_id, owner_kind, registered, appraised, recognized,
                                exemplary, commended, replicated)
SELECT r.round_id, m.organization_id, m.field_id, m.owner_kind, count(*),
       count(*) FILTER (WHERE r.appraisal_result = 'PASS' OR r.decision_date IS NOT NULL),
       count(*) FILTER (WHERE r.decision_date IS NOT NULL), count(*) FILTER (WHERE r.exemplary),
       count(*) FILTER (WHERE r.state = 'COMMENDED'),
       count(*) FILTER (WHERE m.replication_of_id IS NOT NULL AND m.registered_round_id = r.round_id)
FROM model_round r JOIN mobilization_model m ON m.id = r.model_id
GROUP BY 1, 2, 3, 4;

-- The list narrowed by owner kind or level inside one organization's models, newest first.
CREATE INDEX mobilization_model_organization_kind ON mobilization_model (organization_id, owner_kind, level, id DESC);
