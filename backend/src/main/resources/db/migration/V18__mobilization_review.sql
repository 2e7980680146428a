-- The review tables leaders read (issue 12, point 4): the funnel of a round and the model list must stay fast at
-- 50,000 models with 200,000 round records (backend/bench/mobilization-bench.sh). Scope still comes from the
-- declared read model organization_scope (the organizations under a path: one index range scan).

-- The funnel reads every record of one round with what it counts (state, appraisal, decision, exemplary):
-- an index-only scan of the round's records, never the wide rows (results text, figures).
CREATE INDEX model_round_funnel ON model_round (round_id)
    INCLUDE (model_id, state, appraisal_result, decision_date, exemplary);

-- ... then joins each record's model for its registering organization, field, owner kind and replication,
-- again without reading the wide rows (problem, approach, indicators).
CREATE INDEX mobilization_model_funnel ON mobilization_model (id)
    INCLUDE (organization_id, field_id, owner_kind, replication_of_id, registered_round_id);

-- The list narrowed by owner kind or level inside one organization's models, newest first.
CREATE INDEX mobilization_model_organization_kind ON mobilization_model (organization_id, owner_kind, level, id DESC);
