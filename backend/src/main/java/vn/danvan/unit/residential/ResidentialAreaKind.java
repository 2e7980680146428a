package vn.danvan.unit.residential;

/** thôn, ấp, bản, làng, khu phố, tổ dân phố. */
public enum ResidentialAreaKind {
    VILLAGE, HAMLET, HIGHLAND_VILLAGE, TRADITIONAL_VILLAGE, URBAN_QUARTER, RESIDENT_GROUP
}
