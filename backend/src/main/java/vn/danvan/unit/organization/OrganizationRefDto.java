package vn.danvan.unit.organization;

/** A pointer to an organization (OrganizationRef in openapi.yaml). */
public record OrganizationRefDto(Long id, String code, String name) {
}
