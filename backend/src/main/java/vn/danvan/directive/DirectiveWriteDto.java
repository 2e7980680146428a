package vn.danvan.directive;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A directive as an editor writes it (DirectiveWrite in openapi.yaml): for a new one {@code version} is left out; for a
 * change it is the version the editor read.
 */
public record DirectiveWriteDto(@NotNull(message = "bắt buộc (required)") DirectiveType type,
        @Size(max = 120, message = "tối đa 120 ký tự (at most 120 characters)") String number,
        @NotNull(message = "bắt buộc (required)") Long issuerId, LocalDate issueDate,
        @Size(max = 120, message = "tối đa 120 ký tự (at most 120 characters)") String place,
        @NotBlank(message = "bắt buộc (required)") @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)") String subject,
        @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String signer,
        @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String signingCapacity,
        @Size(max = 500, message = "tối đa 500 nơi nhận (at most 500 recipients)") List<@NotNull(message = "bắt buộc (required)") Long> recipientIds,
        @Min(value = 1945, message = "từ 1945 (from 1945)") @Max(value = 2100, message = "đến 2100 (until 2100)") Integer periodFrom,
        @Min(value = 1945, message = "từ 1945 (from 1945)") @Max(value = 2100, message = "đến 2100 (until 2100)") Integer periodTo,
        @Size(max = 1_000_000, message = "tối đa 1.000.000 ký tự (at most 1,000,000 characters)") String fullText,
        DirectiveStatus status, boolean confidential, boolean publicAccess, Long monitoringOrganizationId,
        @Size(max = 3, message = "tối đa 3 kỳ báo cáo (at most 3 cadences)") List<@NotNull(message = "bắt buộc (required)") ReportingCadence> reportingCadences,
        LocalDate midTermReviewDate, LocalDate finalReviewDate, Long version) {
}
