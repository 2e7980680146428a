package vn.danvan.unit.residential;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changes to a residential area (ResidentialAreaUpdate in openapi.yaml). */
public record ResidentialAreaUpdateDto(
        @NotBlank(message = "bắt buộc (required)") @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String name,
        @NotNull(message = "bắt buộc (required)") ResidentialAreaKind kind, LocalDate validFrom, LocalDate validTo,
        @NotNull(message = "bắt buộc (required)") Long version) {
}
