package vn.danvan.unit;

/** The tiers of the tree: province, district (abolished 1 July 2025), commune. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE
}
