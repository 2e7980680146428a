package vn.danvan.target;

/** What a target counts (TargetMeasure in openapi.yaml). */
public enum TargetMeasure {
    /** Units of a group holding an NTM title of a level or above: a share or a count. */
    UNITS_WITH_TITLE,
    /** Residential areas whose decision of one title is in force: a count. */
    RECOGNIZED_AREAS,
    /** "Dân vận khéo" models with a recognition decision: a count. */
    RECOGNIZED_MODELS
}
