package vn.danvan.task;

import java.time.LocalDate;

import vn.danvan.directive.ReportingCadence;

/**
 * The deadline an assignment is measured against on a day: a DATE task's date; for a recurring or continuous task, the
 * report of the period holding that day (due as {@link ReportSchedule#DEFAULT} says).
 */
public final class Deadlines {

    private Deadlines() {
    }

    public static PeriodKind periodOf(ReportingCadence cadence) {
        return switch (cadence) {
        case QUARTERLY -> PeriodKind.QUARTER;
        case HALF_YEARLY -> PeriodKind.HALF_YEAR;
        case YEARLY -> PeriodKind.YEAR;
        };
    }

    public static LocalDate reportDue(ReportingCadence cadence, LocalDate asOf) {
        return ReportSchedule.DEFAULT.due(ReportingPeriod.containing(periodOf(cadence), asOf));
    }

    public static LocalDate of(DueKind kind, LocalDate dueDate, ReportingCadence cadence, LocalDate asOf) {
        return kind == DueKind.DATE ? dueDate : reportDue(cadence, asOf);
    }
}
