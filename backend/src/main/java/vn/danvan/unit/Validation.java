package vn.danvan.unit;

import java.time.LocalDate;

import vn.danvan.common.error.ProblemException;

/** Rules shared by the records of this feature that have a validity period. */
public final class Validation {

    private Validation() {
    }

    public static void requireOrderedDates(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("validTo", "ngày kết thúc trước ngày bắt đầu (validTo is before validFrom)");
        }
    }
}
