package vn.danvan.report;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The records of a bulk review in openapi.yaml: ReportBulkReview (asked), ReportBulkReviewItemResult and
 * ReportBulkReviewResult (answered, one result per report in the order asked).
 */
public final class ReportBulkReviewDtos {

    private ReportBulkReviewDtos() {
    }

    /** The most reports one request reviews (the contract's maxItems). */
    public static final int MAX_ITEMS = 200;

    public record Item(@NotNull(message = "bắt buộc (required)") Long id,
            @NotNull(message = "bắt buộc (required)") Long version) {
    }

    public record Request(@NotNull(message = "bắt buộc (required)") ReportDtos.Decision decision,
            @Size(max = 2000, message = "tối đa 2000 ký tự (at most 2000 characters)") String comment,
            @NotNull(message = "bắt buộc (required)") @Size(min = 1, max = MAX_ITEMS, message = "từ 1 đến 200 báo cáo (1 to 200 reports)") List<@Valid @NotNull(message = "bắt buộc (required)") Item> items) {
    }

    /** ACCEPTED / RETURNED done; CONFLICT stale version or not submitted; FORBIDDEN out of role or scope. */
    public enum Outcome {
        ACCEPTED, RETURNED, CONFLICT, FORBIDDEN, NOT_FOUND
    }

    public record ItemResult(long id, Outcome outcome, String detail, ReportDtos.Slot report) {
    }

    public record Result(List<ItemResult> results, int reviewed, int failed) {
    }
}
