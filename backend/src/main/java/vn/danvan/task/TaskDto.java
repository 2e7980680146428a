package vn.danvan.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.danvan.account.PersonDto;
import vn.danvan.directive.ReportingCadence;
import vn.danvan.unit.organization.OrganizationRefDto;

/** A task (Task in openapi.yaml). */
public record TaskDto(Long id, Long directiveId, int ordinal, String title, String content,
        OrganizationRefDto leadOrganization, List<OrganizationRefDto> coordinatingOrganizations, DueKind dueKind,
        LocalDate dueDate, ReportingCadence cadence, LocalDate midTermReviewDate, LocalDate finalReviewDate,
        String createdBy, PersonDto createdByPerson, OffsetDateTime createdAt, long version) {
}
