package vn.danvan.assignment;

import java.time.LocalDate;
import java.util.List;

import vn.danvan.unit.organization.OrganizationRefDto;

/** The four buckets by organization (AssignmentSummary in openapi.yaml). */
public record AssignmentSummaryDto(LocalDate asOf, List<Row> rows, BucketCounts totals) {

    public record BucketCounts(long doneOnTime, long doneLate, long openInTime, long openOverdue, long dueSoon,
            long total) {

        BucketCounts plus(BucketCounts other) {
            return new BucketCounts(doneOnTime + other.doneOnTime, doneLate + other.doneLate,
                    openInTime + other.openInTime, openOverdue + other.openOverdue, dueSoon + other.dueSoon,
                    total + other.total);
        }
    }

    public record Row(OrganizationRefDto organization, BucketCounts counts) {
    }
}
