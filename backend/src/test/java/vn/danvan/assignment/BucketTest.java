package vn.danvan.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            // due, completed, as of, bucket
            "2026-03-20, 2026-03-20, 2026-06-01, DONE_ON_TIME", "2026-03-20, 2026-03-21, 2026-06-01, DONE_LATE",
            "2026-03-20, -, 2026-03-20, OPEN_IN_TIME", "2026-03-20, -, 2026-03-21, OPEN_OVERDUE",
            // done after the day asked about: still open on that day
            "2026-03-20, 2026-03-25, 2026-03-19, OPEN_IN_TIME", "2026-03-20, 2026-03-25, 2026-03-22, OPEN_OVERDUE",
            // no deadline (continuous work): never overdue
            "-, -, 2030-01-01, OPEN_IN_TIME", "-, 2026-01-02, 2026-01-02, DONE_ON_TIME",
            // across the year end and the leap day
            "2026-12-31, 2027-01-01, 2027-01-01, DONE_LATE", "2028-02-29, -, 2028-02-29, OPEN_IN_TIME",
            "2028-02-29, -, 2028-03-01, OPEN_OVERDUE" })
    void theFourBuckets(LocalDate due, LocalDate completed, LocalDate asOf, Bucket expected) {
        assertEquals(expected, Bucket.of(due, completed, asOf));
    }

    @Test
    void recurringWorkWithAMissingReportIsOverdueButDoneWorkStaysDone() {
        LocalDate due = LocalDate.of(2026, 12, 20);
        LocalDate asOf = LocalDate.of(2026, 11, 25);
        assertEquals(Bucket.OPEN_IN_TIME, Bucket.of(due, null, asOf, false));
        assertEquals(Bucket.OPEN_OVERDUE, Bucket.of(due, null, asOf, true));
        assertEquals(Bucket.DONE_ON_TIME, Bucket.of(due, LocalDate.of(2026, 11, 2), asOf, true));
        assertEquals(Bucket.OPEN_OVERDUE, Bucket.of(LocalDate.of(2026, 11, 1), null, asOf, false));
    }

    @Test
    void dueSoonIsOpenAndWithinTheDays() {
        LocalDate due = LocalDate.of(2026, 3, 20);
        assertTrue(Bucket.dueSoon(due, null, LocalDate.of(2026, 3, 13), 7));
        assertFalse(Bucket.dueSoon(due, null, LocalDate.of(2026, 3, 12), 7));
        assertTrue(Bucket.dueSoon(due, null, due, 0));
        assertFalse(Bucket.dueSoon(due, null, LocalDate.of(2026, 3, 21), 7), "overdue is not 'due soon'");
        assertFalse(Bucket.dueSoon(due, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15), 7), "done");
        assertFalse(Bucket.dueSoon(null, null, LocalDate.of(2026, 3, 15), 7), "no deadline");
    }

    @Test
    void theDayIsVietnamsNotTheServers() {
        // 17:30 UTC on 20/03 is 00:30 on 21/03 in Hà Nội: a report filed then is a day late
        java.time.Instant instant = java.time.Instant.parse("2026-03-20T17:30:00Z");
        LocalDate today = new vn.danvan.common.time.BusinessClock(
                java.time.Clock.fixed(instant, ZoneId.of("Asia/Ho_Chi_Minh"))).today();
        LocalDate due = LocalDate.of(2026, 3, 20);
        assertEquals(LocalDate.of(2026, 3, 21), today);
        assertEquals(Bucket.DONE_LATE, Bucket.of(due, today, today));
        assertEquals(Bucket.OPEN_OVERDUE, Bucket.of(due, null, today));
    }
}
