package vn.danvan.directive;

import java.time.LocalDate;
import java.util.List;

import vn.danvan.unit.organization.OrganizationRefDto;

/** One directive of the register (Directive in openapi.yaml). A confidential one never carries its text. */
public record DirectiveDto(Long id, DirectiveType type, DirectiveNumber number, OrganizationRefDto issuer,
        LocalDate issueDate, String place, String subject, String signer, String signingCapacity,
        List<OrganizationRefDto> recipients, Integer periodFrom, Integer periodTo, String fullText,
        DirectiveStatus status, boolean confidential, boolean publicAccess, OrganizationRefDto monitoringOrganization,
        List<ReportingCadence> reportingCadences, LocalDate midTermReviewDate, LocalDate finalReviewDate,
        long version) {
}
