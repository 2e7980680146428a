package vn.danvan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One reporting period: Q3/2026, the first half of 2026, the year 2026. {@code index} counts from 1 within the year
 * (quarters 1–4, halves 1–2, the year 1).
 */
public record ReportingPeriod(PeriodKind kind, int year, int index) implements Comparable<ReportingPeriod> {

    public ReportingPeriod {
        if (index < 1 || index > kind.perYear()) {
            throw new IllegalArgumentException(kind + " has no period " + index);
        }
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (index - 1) * kind.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1L);
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    /** The period of this kind that holds the day. */
    public static ReportingPeriod containing(PeriodKind kind, LocalDate day) {
        return new ReportingPeriod(kind, day.getYear(), (day.getMonthValue() - 1) / kind.months() + 1);
    }

    public ReportingPeriod next() {
        return index < kind.perYear() ? new ReportingPeriod(kind, year, index + 1)
                : new ReportingPeriod(kind, year + 1, 1);
    }

    /** The periods of this kind that overlap [from, to], in order. */
    public static List<ReportingPeriod> between(PeriodKind kind, LocalDate from, LocalDate to) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod p = containing(kind, from); !p.start().isAfter(to); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    /** "Q3/2026", "6T1/2026" (first half), "2026". */
    public String label() {
        return switch (kind) {
        case QUARTER -> "Q" + index + "/" + year;
        case HALF_YEAR -> "6T" + index + "/" + year;
        case YEAR -> Integer.toString(year);
        };
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return start().compareTo(other.start()) != 0 ? start().compareTo(other.start())
                : Integer.compare(kind.months(), other.kind.months());
    }
}
