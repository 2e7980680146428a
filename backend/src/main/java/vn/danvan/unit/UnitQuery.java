package vn.danvan.unit;

import java.time.LocalDate;

/** What a unit list asks for; null fields do not filter. */
record UnitQuery(String text, Long parentId, UnitLevel level, LocalDate validOn, boolean includeEnded,
        String scopePath) {
}
