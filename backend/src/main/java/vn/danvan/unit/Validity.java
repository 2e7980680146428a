package vn.danvan.unit;

import java.time.LocalDate;

/** A validity period with open ends: valid on a day when it has begun and not yet ended. */
public final class Validity {

    private Validity() {
    }

    public static boolean validOn(LocalDate from, LocalDate to, LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
