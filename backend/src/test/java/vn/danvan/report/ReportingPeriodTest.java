package vn.danvan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {

    @ParameterizedTest
    @CsvSource({
            // kind, day, label, start, end
            "QUARTER, 2026-01-01, Q1/2026, 2026-01-01, 2026-03-31",
            "QUARTER, 2026-03-31, Q1/2026, 2026-01-01, 2026-03-31",
            "QUARTER, 2026-04-01, Q2/2026, 2026-04-01, 2026-06-30",
            "QUARTER, 2026-12-31, Q4/2026, 2026-10-01, 2026-12-31",
            "QUARTER, 2024-02-29, Q1/2024, 2024-01-01, 2024-03-31",
            "HALF_YEAR, 2026-06-30, 6T1/2026, 2026-01-01, 2026-06-30",
            "HALF_YEAR, 2026-07-01, 6T2/2026, 2026-07-01, 2026-12-31",
            "YEAR, 2028-02-29, 2028, 2028-01-01, 2028-12-31" })
    void theDayBelongsToItsPeriodAndBoundariesAreExact(PeriodKind kind, LocalDate day, String label, LocalDate start,
            LocalDate end) {
        ReportingPeriod period = ReportingPeriod.containing(kind, day);
        assertEquals(label, period.label());
        assertEquals(start, period.start());
        assertEquals(end, period.end());
    }

    @Test
    void theNextPeriodCrossesTheYearEnd() {
        assertEquals(new ReportingPeriod(PeriodKind.QUARTER, 2027, 1),
                new ReportingPeriod(PeriodKind.QUARTER, 2026, 4).next());
        assertEquals(new ReportingPeriod(PeriodKind.HALF_YEAR, 2027, 1),
                new ReportingPeriod(PeriodKind.HALF_YEAR, 2026, 2).next());
        assertEquals(new ReportingPeriod(PeriodKind.YEAR, 2027, 1),
                new ReportingPeriod(PeriodKind.YEAR, 2026, 1).next());
    }

    @Test
    void periodsBetweenTwoDaysIncludeBothEnds() {
        assertEquals(List.of("Q4/2025", "Q1/2026", "Q2/2026"),
                ReportingPeriod.between(PeriodKind.QUARTER, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 1))
                        .stream().map(ReportingPeriod::label).toList());
    }

    @Test
    void thereIsNoFifthQuarter() {
        assertThrows(IllegalArgumentException.class, () -> new ReportingPeriod(PeriodKind.QUARTER, 2026, 5));
        assertThrows(IllegalArgumentException.class, () -> new ReportingPeriod(PeriodKind.HALF_YEAR, 2026, 0));
    }

    @Test
    void periodsOfAKindTileTheCalendarWithoutGapOrOverlap() {
        qt().forAll(integers().between(0, 3), integers().between(1990, 2100), integers().between(0, 400))
                .checkAssert((k, year, offset) -> {
                    PeriodKind kind = PeriodKind.values()[k % PeriodKind.values().length];
                    LocalDate day = LocalDate.of(year, 1, 1).plusDays(offset);
                    ReportingPeriod period = ReportingPeriod.containing(kind, day);
                    assertTrue(!day.isBefore(period.start()) && !day.isAfter(period.end()));
                    assertEquals(period.end().plusDays(1), period.next().start());
                });
    }
}
