package vn.danvan.assignment.explanation;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.account.PersonDto;

/** The explanation records of openapi.yaml: Explanation, ExplanationRequest, ExplanationAnswer. */
public final class ExplanationDtos {

    private ExplanationDtos() {
    }

    public record Request(
            @NotBlank(message = "bắt buộc (required)") @Size(max = 2000, message = "tối đa 2000 ký tự (at most 2000 characters)") String question) {
    }

    public record Answer(
            @NotBlank(message = "bắt buộc (required)") @Size(max = 4000, message = "tối đa 4000 ký tự (at most 4000 characters)") String answer,
            @NotNull(message = "bắt buộc (required)") Long version) {
    }

    public record View(Long id, Long assignmentId, String question, String requestedBy, PersonDto requestedByPerson,
            OffsetDateTime requestedAt, boolean answered, String answer, String answeredBy, PersonDto answeredByPerson,
            OffsetDateTime answeredAt, long version) {
    }
}
