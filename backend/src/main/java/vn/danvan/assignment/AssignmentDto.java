package vn.danvan.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.danvan.task.DueKind;
import vn.danvan.unit.organization.OrganizationRefDto;

/** An assignment with its bucket today (Assignment in openapi.yaml). */
public record AssignmentDto(Long id, Long taskId, Long directiveId, int ordinal, String title, DueKind dueKind,
        OrganizationRefDto organization, AssignmentStatus status, int progress, LocalDate dueDate,
        LocalDate completedOn, Bucket bucket, boolean dueSoon, Long parentId, Rollup rollup,
        boolean explanationRequested, OffsetDateTime createdAt, long version) {

    /** The sub-assignments below an assignment, all levels down, cancelled ones left out (AssignmentRollup). */
    public record Rollup(int subAssignments, int done, int progress) {
    }
}
