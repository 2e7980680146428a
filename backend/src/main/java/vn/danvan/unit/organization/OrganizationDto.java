package vn.danvan.unit.organization;

import java.time.LocalDate;

/** An organization (Organization in openapi.yaml). */
public record OrganizationDto(Long id, String code, String name, OrganizationKind kind, Long unitId, Long parentId,
        LocalDate validFrom, LocalDate validTo, Long successorId, boolean current, long version) {
}
