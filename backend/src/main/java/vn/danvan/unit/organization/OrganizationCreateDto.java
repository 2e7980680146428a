package vn.danvan.unit.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new organization (OrganizationCreate in openapi.yaml). */
public record OrganizationCreateDto(
        @NotBlank(message = "bắt buộc (required)") @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)") @Pattern(regexp = "^[0-9A-Za-z.-]+$", message = "chỉ gồm chữ, số, dấu chấm, gạch ngang (letters, digits, '.', '-')") String code,
        @NotBlank(message = "bắt buộc (required)") @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String name,
        @NotNull(message = "bắt buộc (required)") OrganizationKind kind,
        @NotNull(message = "bắt buộc (required)") Long unitId, Long parentId, LocalDate validFrom) {
}
