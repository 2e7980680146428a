package vn.danvan.directive;

import java.time.LocalDate;

import vn.danvan.unit.organization.OrganizationRefDto;

/** A directive in a list (DirectiveSummary in openapi.yaml). */
public record DirectiveSummaryDto(Long id, DirectiveType type, DirectiveNumber number, OrganizationRefDto issuer,
        LocalDate issueDate, String subject, DirectiveStatus status, boolean confidential) {
}
