package vn.danvan.report;

import java.time.LocalDate;

/**
 * When a period's report closes its figures and when it is due. With a cut-off day (as in Nghị định 09/2019/NĐ-CP: the
 * 14th), the figures of a period run from the day after the cut-off in the month before the period to the cut-off day
 * of its last month — Q1 is 15/12 to 14/03 — so that reports can be written before the period ends. Without one (0),
 * the figures are the calendar period. The report is due on {@code dueDay}: in the period's last month when that is
 * after the cut-off, otherwise in the month after the period.
 *
 * @param cutOffDay
 *            0 (the calendar period) or 1–28, so that every month has it
 * @param dueDay
 *            1–28
 */
public record ReportSchedule(int cutOffDay, int dueDay) {

    /** The national default: figures to the 14th, report due the 20th of the period's last month. */
    public static final ReportSchedule DEFAULT = new ReportSchedule(14, 20);

    public ReportSchedule {
        if (cutOffDay < 0 || cutOffDay > 28) {
            throw new IllegalArgumentException("cutOffDay must be 0 to 28, not " + cutOffDay);
        }
        if (dueDay < 1 || dueDay > 28) {
            throw new IllegalArgumentException("dueDay must be 1 to 28, not " + dueDay);
        }
    }

    /** The first day whose figures belong to the period. */
    public LocalDate figuresFrom(ReportingPeriod period) {
        return cutOffDay == 0 ? period.start() : period.firstMonth().minusMonths(1).atDay(cutOffDay + 1);
    }

    /** The last day whose figures belong to the period. */
    public LocalDate figuresTo(ReportingPeriod period) {
        return cutOffDay == 0 ? period.end() : period.lastMonth().atDay(cutOffDay);
    }

    public LocalDate due(ReportingPeriod period) {
        return cutOffDay > 0 && dueDay > cutOffDay ? period.lastMonth().atDay(dueDay)
                : period.lastMonth().plusMonths(1).atDay(dueDay);
    }
}
