package vn.danvan.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a report list asks for; null fields do not filter. {@code inbox}: the reports the caller's scope reviews
 * (SUBMITTED ones unless {@code status} says otherwise); otherwise the reports of the organizations in scope.
 * {@code late}: submitted after the due day (false: not so). {@code text}: words found in the task's title, the
 * organization's name or code, or the report's text, ignoring case and diacritics.
 */
record ReportQuery(boolean inbox, ReportStatus status, Long organizationId, Long taskId, Long directiveId,
        PeriodKind period, LocalDate dueFrom, LocalDate dueTo, Boolean late, String text, ReportSort sort) {

    /** The status asked for, or the inbox's default (reports waiting for review). */
    ReportStatus wantedStatus() {
        return status == null && inbox ? ReportStatus.SUBMITTED : status;
    }

    /** The order asked for, or the default: the inbox oldest submission first, the others latest due first. */
    ReportSort order() {
        if (sort != null) {
            return sort;
        }
        return inbox ? ReportSort.SUBMITTED_AT : ReportSort.DUE_DATE_DESC;
    }

    /** LIKE patterns, one per word (at most 8); the database folds diacritics and case on both sides (dv_fold). */
    List<String> words() {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("\\s+")).limit(8)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }
}
