package vn.danvan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportScheduleTest {

    @ParameterizedTest
    @CsvSource({
            // kind, year, index, figures from, figures to, due (cut-off the 14th, due the 20th)
            "QUARTER, 2026, 1, 2025-12-15, 2026-03-14, 2026-03-20",
            "QUARTER, 2026, 4, 2026-09-15, 2026-12-14, 2026-12-20",
            "HALF_YEAR, 2026, 1, 2025-12-15, 2026-06-14, 2026-06-20",
            "HALF_YEAR, 2026, 2, 2026-06-15, 2026-12-14, 2026-12-20",
            "YEAR, 2026, 1, 2025-12-15, 2026-12-14, 2026-12-20" })
    void theNationalCutOffWindowStartsInTheMonthBefore(PeriodKind kind, int year, int index, LocalDate from,
            LocalDate to, LocalDate due) {
        ReportingPeriod period = new ReportingPeriod(kind, year, index);
        assertEquals(from, ReportSchedule.DEFAULT.figuresFrom(period));
        assertEquals(to, ReportSchedule.DEFAULT.figuresTo(period));
        assertEquals(due, ReportSchedule.DEFAULT.due(period));
    }

    @Test
    void withoutCutOffTheFiguresAreTheCalendarPeriodAndTheReportIsDueTheMonthAfter() {
        ReportSchedule calendar = new ReportSchedule(0, 5);
        ReportingPeriod q1Leap = new ReportingPeriod(PeriodKind.QUARTER, 2024, 1);
        assertEquals(LocalDate.of(2024, 1, 1), calendar.figuresFrom(q1Leap));
        assertEquals(LocalDate.of(2024, 3, 31), calendar.figuresTo(q1Leap));
        assertEquals(LocalDate.of(2024, 4, 5), calendar.due(q1Leap));
        // the year's report is due in January of the next year
        assertEquals(LocalDate.of(2027, 1, 5), calendar.due(new ReportingPeriod(PeriodKind.YEAR, 2026, 1)));
    }

    @Test
    void aDueDayBeforeTheCutOffFallsInTheNextMonth() {
        assertEquals(LocalDate.of(2026, 4, 10),
                new ReportSchedule(14, 10).due(new ReportingPeriod(PeriodKind.QUARTER, 2026, 1)));
    }

    @Test
    void daysEveryMonthHasAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new ReportSchedule(29, 20));
        assertThrows(IllegalArgumentException.class, () -> new ReportSchedule(14, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReportSchedule(-1, 20));
    }

    @Test
    void consecutiveWindowsTileTimeAndEveryReportIsDueAfterItsFigures() {
        qt().forAll(integers().between(0, 28), integers().between(1, 28), integers().between(0, 2),
                integers().between(1990, 2100)).checkAssert((cutOff, dueDay, k, year) -> {
                    ReportSchedule schedule = new ReportSchedule(cutOff, dueDay);
                    PeriodKind kind = PeriodKind.values()[k];
                    for (ReportingPeriod p = new ReportingPeriod(kind, year, 1); p.year() == year; p = p.next()) {
                        assertEquals(schedule.figuresTo(p).plusDays(1), schedule.figuresFrom(p.next()));
                        assertTrue(schedule.due(p).isAfter(schedule.figuresTo(p)));
                    }
                });
    }
}
