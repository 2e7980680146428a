package vn.danvan.unit.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changes to an organization: rename, end, merge into a successor (OrganizationUpdate in openapi.yaml). */
public record OrganizationUpdateDto(
        @NotBlank(message = "bắt buộc (required)") @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String name,
        @NotNull(message = "bắt buộc (required)") OrganizationKind kind, Long parentId, LocalDate validFrom,
        LocalDate validTo, Long successorId, @NotNull(message = "bắt buộc (required)") Long version) {
}
