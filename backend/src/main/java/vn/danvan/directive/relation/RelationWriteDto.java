package vn.danvan.directive.relation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.directive.DirectiveType;

/** A new relation (DirectiveRelationWrite in openapi.yaml): to a registered directive, or to one by its number. */
public record RelationWriteDto(@NotNull(message = "bắt buộc (required)") RelationKind kind, Long targetId,
        @Size(max = 120, message = "tối đa 120 ký tự (at most 120 characters)") String targetNumber,
        DirectiveType targetType, LocalDate targetIssueDate) {
}
