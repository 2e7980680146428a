package vn.danvan.criteria;

/** A criterion is passed or failed, scored up to its max points, or measured against a threshold. */
public enum CriterionKind {
    PASS_FAIL, SCORED, NUMERIC
}
