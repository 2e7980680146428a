package vn.danvan.assignment;

import java.time.LocalDate;

import vn.danvan.task.TaskRefDto;

/** What features above assignments need of one: whose it is, its state, when it was given, and its task. */
public record AssignmentRefDto(Long id, Long organizationId, AssignmentStatus status, LocalDate createdOn,
        TaskRefDto task) {
}
