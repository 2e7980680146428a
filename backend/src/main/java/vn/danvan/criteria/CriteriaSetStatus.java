package vn.danvan.criteria;

/**
 * A criteria set's life. A draft is edited; a published set is frozen (a revision is a new version); a retired one
 * judges no new case.
 */
public enum CriteriaSetStatus {
    DRAFT, PUBLISHED, RETIRED
}
