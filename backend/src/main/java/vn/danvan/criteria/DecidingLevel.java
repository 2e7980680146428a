package vn.danvan.criteria;

/** The level that signs a title's decisions. */
public enum DecidingLevel {
    COMMUNE, PROVINCE
}
