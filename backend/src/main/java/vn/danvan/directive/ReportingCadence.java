package vn.danvan.directive;

/** How often implementation is reported: hằng quý, 6 tháng, hằng năm. */
public enum ReportingCadence {
    QUARTERLY, HALF_YEARLY, YEARLY
}
