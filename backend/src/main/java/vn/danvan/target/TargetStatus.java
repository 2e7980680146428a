package vn.danvan.target;

/** Where a target stands (TargetStatus in openapi.yaml). */
public enum TargetStatus {
    ACHIEVED, IN_PROGRESS, MISSED, NOT_MEASURABLE
}
