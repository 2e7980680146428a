package vn.danvan.criteria;

/** What a title is given to: a residential area or a commune. */
public enum SubjectKind {
    RESIDENTIAL_AREA, COMMUNE
}
