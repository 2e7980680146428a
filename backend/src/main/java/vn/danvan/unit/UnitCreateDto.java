package vn.danvan.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new unit (UnitCreate in openapi.yaml). */
public record UnitCreateDto(
        @NotBlank(message = "bắt buộc (required)") @Size(max = 20, message = "tối đa 20 ký tự (at most 20 characters)") @Pattern(regexp = "^[0-9A-Za-z.-]+$", message = "chỉ gồm chữ, số, dấu chấm, gạch ngang (letters, digits, '.', '-')") String code,
        @NotBlank(message = "bắt buộc (required)") @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String name,
        @NotBlank(message = "bắt buộc (required)") @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String shortName,
        @NotNull(message = "bắt buộc (required)") UnitKind kind,
        @NotNull(message = "bắt buộc (required)") Long parentId, LocalDate validFrom) {
}
