package vn.danvan.unit.residential;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new residential area (ResidentialAreaCreate in openapi.yaml). */
public record ResidentialAreaCreateDto(@NotNull(message = "bắt buộc (required)") Long unitId,
        @NotBlank(message = "bắt buộc (required)") @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)") @Pattern(regexp = "^[0-9A-Za-z.-]+$", message = "chỉ gồm chữ, số, dấu chấm, gạch ngang (letters, digits, '.', '-')") String code,
        @NotBlank(message = "bắt buộc (required)") @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String name,
        @NotNull(message = "bắt buộc (required)") ResidentialAreaKind kind, LocalDate validFrom) {
}
