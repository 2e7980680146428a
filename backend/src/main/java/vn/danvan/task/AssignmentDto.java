package vn.danvan.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.danvan.unit.OrganizationRefDto;

/** An assignment with its bucket today (Assignment in openapi.yaml). */
public record AssignmentDto(Long id, Long taskId, Long directiveId, int ordinal, String title,
        OrganizationRefDto organization, AssignmentStatus status, int progress, LocalDate dueDate,
        LocalDate completedOn, Bucket bucket, boolean dueSoon, OffsetDateTime createdAt, long version) {
}
