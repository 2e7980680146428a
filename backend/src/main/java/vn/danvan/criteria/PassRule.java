package vn.danvan.criteria;

/** How a set passes a subject. Every required criterion passes, or the scored criteria reach the passing score. */
public enum PassRule {
    ALL_REQUIRED, SCORE
}
