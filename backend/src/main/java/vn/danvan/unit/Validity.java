package vn.danvan.unit;

import java.time.LocalDate;

/** A validity period with open ends: valid on a day when it has begun and not yet ended. */
final class Validity {

    private Validity() {
    }

    static boolean validOn(LocalDate from, LocalDate to, LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
