package vn.danvan.directive.relation;

import java.time.LocalDate;

import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveSummaryDto;
import vn.danvan.directive.DirectiveType;

/**
 * One step of a relation chain (DirectiveRelationStep in openapi.yaml): {@code directive} is the other end when it is
 * registered and visible to the caller; otherwise only its number and date are known.
 */
public record RelationDto(Long id, int depth, RelationKind kind, Long sourceId, boolean linked,
        DirectiveSummaryDto directive, DirectiveNumber number, DirectiveType type, LocalDate issueDate) {
}
