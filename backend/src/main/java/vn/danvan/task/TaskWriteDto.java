package vn.danvan.task;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.directive.ReportingCadence;

/** A task as an editor writes it (TaskWrite in openapi.yaml). */
public record TaskWriteDto(
        @NotNull(message = "bắt buộc (required)") @Min(value = 1, message = "từ 1 (from 1)") @Max(value = 999, message = "đến 999 (up to 999)") Integer ordinal,
        @NotBlank(message = "bắt buộc (required)") @Size(max = 500, message = "tối đa 500 ký tự (at most 500 characters)") String title,
        @Size(max = 20_000, message = "tối đa 20.000 ký tự (at most 20,000 characters)") String content,
        @NotNull(message = "bắt buộc (required)") Long leadOrganizationId,
        @Size(max = 200, message = "tối đa 200 đơn vị (at most 200 organizations)") List<@NotNull(message = "bắt buộc (required)") Long> coordinatingOrganizationIds,
        @NotNull(message = "bắt buộc (required)") DueKind dueKind, LocalDate dueDate, ReportingCadence cadence,
        LocalDate midTermReviewDate, LocalDate finalReviewDate, Long version) {
}
