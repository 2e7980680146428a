package vn.danvan.mobilization;

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
import vn.danvan.movement.MovementDtos;
import vn.danvan.unit.organization.OrganizationRefDto;

/** The model records of openapi.yaml: MobilizationModel, ModelRound, their writes and the timeline. */
public final class ModelDtos {

    static final String REQUIRED = "bắt buộc (required)";
    static final String MAX_300 = "tối đa 300 ký tự (at most 300 characters)";
    static final String MAX_5000 = "tối đa 5000 ký tự (at most 5000 characters)";

    private ModelDtos() {
    }

    public record Owner(@NotNull(message = REQUIRED) ModelOwnerKind kind,
            @NotBlank(message = REQUIRED) @Size(max = 300, message = MAX_300) String name,
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String position,
            Long organizationId, Long residentialAreaId) {
    }

    public record Indicator(
            @NotBlank(message = REQUIRED) @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String name,
            @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)") String unit) {
    }

    public record Figure(
            @NotBlank(message = REQUIRED) @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String name,
            @NotNull(message = REQUIRED) BigDecimal value,
            @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)") String unit) {
    }

    public record Registration(@NotNull(message = REQUIRED) Long roundId,
            @NotBlank(message = REQUIRED) @Size(max = 300, message = MAX_300) String name,
            @NotBlank(message = REQUIRED) @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)") String field,
            @NotNull(message = REQUIRED) Long organizationId, @Valid @NotNull(message = REQUIRED) Owner owner,
            @NotNull(message = REQUIRED) Long unitId, Long residentialAreaId,
            @Size(max = 300, message = MAX_300) String place, @NotNull(message = REQUIRED) LocalDate startedOn,
            @NotBlank(message = REQUIRED) @Size(max = 5000, message = MAX_5000) String problem,
            @NotBlank(message = REQUIRED) @Size(max = 5000, message = MAX_5000) String approach,
            @Size(max = 5000, message = MAX_5000) String expectedResults,
            @Size(max = 20, message = "tối đa 20 chỉ số (at most 20 indicators)") List<@Valid @NotNull(message = REQUIRED) Indicator> indicators,
            Long replicationOfId, Boolean afterTheFact) {
    }

    public record Update(@NotBlank(message = REQUIRED) @Size(max = 300, message = MAX_300) String name,
            @NotBlank(message = REQUIRED) @Size(max = 40, message = "tối đa 40 ký tự (at most 40 characters)") String field,
            @Valid @NotNull(message = REQUIRED) Owner owner, Long residentialAreaId,
            @Size(max = 300, message = MAX_300) String place, @NotNull(message = REQUIRED) LocalDate startedOn,
            @NotBlank(message = REQUIRED) @Size(max = 5000, message = MAX_5000) String problem,
            @NotBlank(message = REQUIRED) @Size(max = 5000, message = MAX_5000) String approach,
            @Size(max = 5000, message = MAX_5000) String expectedResults,
            @Size(max = 20, message = "tối đa 20 chỉ số (at most 20 indicators)") List<@Valid @NotNull(message = REQUIRED) Indicator> indicators,
            @NotNull(message = REQUIRED) Long version) {
    }

    /** The version read, for a transition that carries nothing else. */
    public record VersionOnly(@NotNull(message = REQUIRED) Long version, Boolean afterTheFact) {
    }

    public record Discontinuation(
            @Size(max = 2000, message = "tối đa 2000 ký tự (at most 2000 characters)") String reason,
            @NotNull(message = REQUIRED) Long version) {
    }

    /** NEW, MAINTAINED or WEAK: the mark a model enters a later round with. */
    public enum EnrollmentMark {
        NEW, MAINTAINED, WEAK
    }

    public record Enrollment(@NotNull(message = REQUIRED) Long roundId,
            @NotNull(message = REQUIRED) EnrollmentMark mark, Boolean afterTheFact) {
    }

    public record Results(
            @NotBlank(message = REQUIRED) @Size(max = 20_000, message = "tối đa 20.000 ký tự (at most 20,000 characters)") String text,
            @Size(max = 50, message = "tối đa 50 số liệu (at most 50 figures)") List<@Valid @NotNull(message = REQUIRED) Figure> figures,
            @NotNull(message = REQUIRED) Long version) {
    }

    /** PASS or NOT_PASS. */
    public enum AppraisalResult {
        PASS, NOT_PASS
    }

    public record Appraisal(@NotNull(message = REQUIRED) AppraisalResult result,
            @NotBlank(message = REQUIRED) @Size(max = 5000, message = MAX_5000) String opinion,
            @Size(max = 5000, message = MAX_5000) String reasons, LocalDate appraisedOn, EnrollmentMark mark,
            @NotNull(message = REQUIRED) Long version, Boolean afterTheFact) {
    }

    public record Return(
            @NotBlank(message = "bắt buộc khi trả lại (required to return)") @Size(max = 2000, message = "tối đa 2000 ký tự (at most 2000 characters)") String comment,
            @NotNull(message = REQUIRED) Long version, Boolean afterTheFact) {
    }

    public record Recognition(
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String decisionNumber,
            @NotNull(message = REQUIRED) LocalDate decisionDate,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String signer,
            @NotNull(message = REQUIRED) ModelLevel level, @NotNull(message = REQUIRED) Long version,
            Boolean afterTheFact) {
    }

    public record CommendationWrite(@NotNull(message = REQUIRED) CommendationForm form,
            @NotBlank(message = REQUIRED) @Size(max = 300, message = MAX_300) String authority,
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String decisionNumber,
            @NotNull(message = REQUIRED) LocalDate decisionDate,
            @NotNull(message = REQUIRED) ModelOwnerKind recipientKind,
            @Size(max = 300, message = MAX_300) String recipientName, @NotNull(message = REQUIRED) Long version) {
    }

    public record Commendation(Long id, CommendationForm form, String authority, String decisionNumber,
            LocalDate decisionDate, ModelOwnerKind recipientKind, String recipientName) {
    }

    public record AppraisalRecord(String result, String opinion, String reasons, String appraisedBy,
            PersonDto appraisedByPerson, LocalDate appraisedOn) {
    }

    public record RecognitionRecord(String decisionNumber, LocalDate decisionDate, String signer, ModelLevel level) {
    }

    public record Round(Long id, Long modelId, Long roundId, String roundName, int year, ModelRoundState state,
            ModelRoundMark mark, ModelLevel level, String resultsText, List<Figure> figures, OffsetDateTime reportedAt,
            OffsetDateTime submittedAt, AppraisalRecord appraisal, String returnComment, RecognitionRecord recognition,
            boolean exemplary, boolean proposedUpward, List<Commendation> commendations,
            List<AttachmentDto> attachments, long version) {
    }

    public record Ref(Long id, String name) {
    }

    public record Summary(Long id, String name, MovementDtos.Field field, OrganizationRefDto organization, Long unitId,
            String place, ModelOwnerKind ownerKind, String ownerName, ModelState state, ModelLevel level,
            boolean published, Long replicationOfId, Long latestRoundId, ModelRoundState latestRoundState,
            ModelRoundMark latestMark, long version) {
    }

    public record Model(Long id, Long movementId, String name, MovementDtos.Field field,
            OrganizationRefDto organization, Owner owner, Long unitId, Long residentialAreaId, String place,
            LocalDate startedOn, String problem, String approach, String expectedResults, List<Indicator> indicators,
            ModelState state, ModelLevel level, boolean published, Ref replicationOf, List<Ref> replications,
            List<Round> rounds, String createdBy, OffsetDateTime createdAt, long version) {
    }

    public record Transition(String action, Long modelRoundId, String roundName, String fromState, String toState,
            String actor, PersonDto actorPerson, OffsetDateTime at, String comment, boolean afterTheFact) {
    }

    /** The showcase's records (PublicModel): nothing of a model but what the public may read. */
    public record PublicResult(String roundName, int year, String text, List<Figure> figures,
            RecognitionRecord recognition) {
    }

    public record PublicPhoto(Long id, String mediaType) {
    }

    public record PublicModel(Long id, String name, String field, String unitName, String place,
            ModelOwnerKind ownerKind, String ownerName, String ownerPosition, LocalDate startedOn, String problem,
            String approach, List<PublicResult> results, List<PublicPhoto> photos) {
    }
}
