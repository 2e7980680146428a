package vn.danvan.report;

/** The reporting periods of a year: quý (Q1–Q4), 6 tháng (first and second half), năm. */
public enum PeriodKind {
    QUARTER(3), HALF_YEAR(6), YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** How many periods of this kind a year has. */
    public int perYear() {
        return 12 / months;
    }
}
