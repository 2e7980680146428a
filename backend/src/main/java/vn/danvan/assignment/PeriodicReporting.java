package vn.danvan.assignment;

import java.time.LocalDate;

import vn.danvan.common.ExtensionPoint;
import vn.danvan.directive.ReportingCadence;

/**
 * What assignments need of periodic reports, implemented by the report feature: when the report of recurring or
 * continuous work is due (its deadline on a day), and the first report of work just given.
 */
@ExtensionPoint
public interface PeriodicReporting {

    /** The day the report of the period holding {@code day} is due, for work reported at this cadence. */
    LocalDate reportDue(ReportingCadence cadence, LocalDate day);

    /** Makes the report of the period holding {@code day} for an assignment just made (unless it exists). */
    void openCurrentPeriod(long assignmentId, ReportingCadence cadence, LocalDate day);
}
