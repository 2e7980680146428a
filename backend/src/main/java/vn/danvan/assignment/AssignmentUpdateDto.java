package vn.danvan.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A status report on an assignment (AssignmentUpdate in openapi.yaml). */
public record AssignmentUpdateDto(@NotNull(message = "bắt buộc (required)") AssignmentStatus status,
        @NotNull(message = "bắt buộc (required)") @Min(value = 0, message = "từ 0 (from 0)") @Max(value = 100, message = "đến 100 (up to 100)") Integer progress,
        LocalDate completedOn, @NotNull(message = "bắt buộc (required)") Long version) {
}
