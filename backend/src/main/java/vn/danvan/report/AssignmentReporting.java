package vn.danvan.report;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.assignment.PeriodicReporting;
import vn.danvan.directive.ReportingCadence;

/** The report side of recurring and continuous assignments: their report deadlines, and their first report slot. */
@ApplicationScoped
public class AssignmentReporting implements PeriodicReporting {

    @Inject
    ReportSlotRepository slots;

    @Override
    public LocalDate reportDue(ReportingCadence cadence, LocalDate day) {
        return Deadlines.reportDue(cadence, day);
    }

    @Override
    public void openCurrentPeriod(long assignmentId, ReportingCadence cadence, LocalDate day) {
        slots.ensure(assignmentId, ReportingPeriod.containing(Deadlines.periodOf(cadence), day),
                ReportSchedule.DEFAULT);
    }
}
