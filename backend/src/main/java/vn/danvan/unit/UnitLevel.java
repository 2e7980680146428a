package vn.danvan.unit;

/**
 * The tiers of the tree: the central level (beside the provinces, for central issuers), province, district (abolished 1
 * July 2025), commune.
 */
public enum UnitLevel {
    NATIONAL, PROVINCE, DISTRICT, COMMUNE
}
