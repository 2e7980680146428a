package vn.danvan.assignment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What leaders read first about an assignment on a given day: done on time, done late, open within its deadline, open
 * overdue. A deadline is a calendar day in Viet Nam: work done on the due day is on time; the day after, it is late.
 * Work completed after the day asked about was still open on that day.
 */
public enum Bucket {
    DONE_ON_TIME, DONE_LATE, OPEN_IN_TIME, OPEN_OVERDUE;

    /**
     * @param due
     *            the deadline (null: none, e.g. continuous work between reports, never overdue)
     * @param completedOn
     *            the day it was done (null: not done)
     * @param asOf
     *            the day asked about
     */
    public static Bucket of(LocalDate due, LocalDate completedOn, LocalDate asOf) {
        boolean done = completedOn != null && !completedOn.isAfter(asOf);
        if (done) {
            return due == null || !completedOn.isAfter(due) ? DONE_ON_TIME : DONE_LATE;
        }
        return due == null || !asOf.isAfter(due) ? OPEN_IN_TIME : OPEN_OVERDUE;
    }

    /**
     * The bucket of recurring or continuous work: open work is also overdue when a period's report is missing
     * ({@code reportMissing}: due before {@code asOf} and not submitted by then, or returned and not resubmitted).
     */
    public static Bucket of(LocalDate due, LocalDate completedOn, LocalDate asOf, boolean reportMissing) {
        Bucket bucket = of(due, completedOn, asOf);
        return bucket == OPEN_IN_TIME && reportMissing ? OPEN_OVERDUE : bucket;
    }

    /** Open, not overdue, and due within {@code days} days of {@code asOf} (0: due today). */
    public static boolean dueSoon(LocalDate due, LocalDate completedOn, LocalDate asOf, int days) {
        return of(due, completedOn, asOf) == OPEN_IN_TIME && due != null && ChronoUnit.DAYS.between(asOf, due) <= days;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
