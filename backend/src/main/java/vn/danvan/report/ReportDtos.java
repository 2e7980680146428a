package vn.danvan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.account.PersonDto;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.unit.organization.OrganizationRefDto;

/** The report records of openapi.yaml: ReportSlot, ReportEvent, ReportFigure, ReportSubmission, ReportReview. */
public final class ReportDtos {

    private ReportDtos() {
    }

    public record Figure(
            @NotBlank(message = "bắt buộc (required)") @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String label,
            @NotNull(message = "bắt buộc (required)") BigDecimal value,
            @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)") String unit) {
    }

    public record Submission(
            @NotBlank(message = "bắt buộc (required)") @Size(max = 20_000, message = "tối đa 20.000 ký tự (at most 20,000 characters)") String text,
            @Size(max = 50, message = "tối đa 50 số liệu (at most 50 figures)") List<@Valid @NotNull(message = "bắt buộc (required)") Figure> figures,
            @NotNull(message = "bắt buộc (required)") Long version) {
    }

    /** ACCEPTED or RETURNED. */
    public enum Decision {
        ACCEPTED, RETURNED
    }

    public record Review(@NotNull(message = "bắt buộc (required)") Decision decision,
            @Size(max = 2000, message = "tối đa 2000 ký tự (at most 2000 characters)") String comment,
            @NotNull(message = "bắt buộc (required)") Long version) {
    }

    public record Event(String action, String actor, PersonDto actorPerson, OffsetDateTime at, String text,
            List<Figure> figures, String comment) {
    }

    public record Slot(Long id, Long assignmentId, Long taskId, Long directiveId, String directiveNumber, int ordinal,
            String title, OrganizationRefDto organization, PeriodKind period, String periodLabel, LocalDate figuresFrom,
            LocalDate figuresTo, LocalDate dueDate, ReportStatus status, boolean late, boolean missing, String text,
            List<Figure> figures, String submittedBy, PersonDto submittedByPerson, OffsetDateTime submittedAt,
            String reviewedBy, PersonDto reviewedByPerson, OffsetDateTime reviewedAt, String reviewComment,
            List<AttachmentDto> attachments, List<Event> history, long version) {
    }
}
