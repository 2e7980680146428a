package vn.danvan.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changes to a unit (UnitUpdate in openapi.yaml); {@code version} is the one the client read. */
public record UnitUpdateDto(
        @NotBlank(message = "bắt buộc (required)") @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String name,
        @NotBlank(message = "bắt buộc (required)") @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String shortName,
        @NotNull(message = "bắt buộc (required)") UnitKind kind, LocalDate validFrom, LocalDate validTo,
        Long successorId, @NotNull(message = "bắt buộc (required)") Long version) {
}
