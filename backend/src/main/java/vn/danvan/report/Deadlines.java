package vn.danvan.report;

import java.time.LocalDate;

import vn.danvan.directive.ReportingCadence;

/**
 * The report deadlines of recurring or continuous work: the report of the period holding a day is due as
 * {@link ReportSchedule#DEFAULT} says.
 */
final class Deadlines {

    private Deadlines() {
    }

    static PeriodKind periodOf(ReportingCadence cadence) {
        return switch (cadence) {
        case QUARTERLY -> PeriodKind.QUARTER;
        case HALF_YEARLY -> PeriodKind.HALF_YEAR;
        case YEARLY -> PeriodKind.YEAR;
        };
    }

    static LocalDate reportDue(ReportingCadence cadence, LocalDate asOf) {
        return ReportSchedule.DEFAULT.due(ReportingPeriod.containing(periodOf(cadence), asOf));
    }
}
