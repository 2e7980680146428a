package vn.danvan.recognition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.account.PersonDto;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.criteria.CriterionKind;
import vn.danvan.criteria.DecidingLevel;
import vn.danvan.criteria.PassRule;

/** The recognition records of openapi.yaml: RecognitionCase, its steps' writes, the decision and the timeline. */
public final class RecognitionDtos {

    static final String REQUIRED = "bắt buộc (required)";
    static final String MAX_5000 = "tối đa 5000 ký tự (at most 5000 characters)";
    static final String NOT_NEGATIVE = "không được âm (must not be negative)";

    private RecognitionDtos() {
    }

    // ---- writes

    /** An area for a RESIDENTIAL_AREA title, a commune ({@code unitId}) for a COMMUNE one (the NTM titles). */
    @SubjectNamed
    public record Registration(Long residentialAreaId, Long unitId, @NotNull(message = REQUIRED) Long titleId,
            @NotNull(message = REQUIRED) @Min(value = 1990, message = "từ 1990 (from 1990)") @Max(value = 2100, message = "đến 2100 (to 2100)") Integer year,
            @NotNull(message = REQUIRED) RecognitionCaseKind kind, Long reassessesDecisionId) {
    }

    public record SelfAssessment(Boolean passed, @DecimalMin(value = "0", message = NOT_NEGATIVE) BigDecimal score,
            BigDecimal value, @Size(max = 5000, message = MAX_5000) String note,
            @NotNull(message = REQUIRED) Long version) {
    }

    public record ReviewWrite(@NotNull(message = REQUIRED) ReviewVerdict review,
            @Size(max = 5000, message = MAX_5000) String reason, Boolean passed,
            @DecimalMin(value = "0", message = NOT_NEGATIVE) BigDecimal score, BigDecimal value,
            @NotNull(message = REQUIRED) Long version) {
    }

    /** The version read, for a step that carries nothing else. */
    public record VersionOnly(@NotNull(message = REQUIRED) Long version) {
    }

    public record Posting(@NotNull(message = REQUIRED) LocalDate postedFrom,
            @NotNull(message = REQUIRED) LocalDate postedTo,
            @NotBlank(message = REQUIRED) @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String place,
            @NotNull(message = REQUIRED) Long version) {
    }

    public record PostingCommentWrite(@NotNull(message = REQUIRED) LocalDate receivedOn,
            @NotBlank(message = REQUIRED) @Size(max = 5000, message = MAX_5000) String content,
            @Size(max = 5000, message = MAX_5000) String response, @NotNull(message = REQUIRED) Long version) {
    }

    public record Council(@NotNull(message = REQUIRED) LocalDate metOn,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "từ 1 (at least 1)") @Max(value = 1000, message = "tối đa 1000 (at most 1000)") Integer members,
            @NotNull(message = REQUIRED) @Min(value = 1, message = "từ 1 (at least 1)") @Max(value = 1000, message = "tối đa 1000 (at most 1000)") Integer present,
            @NotNull(message = REQUIRED) @Min(value = 0, message = NOT_NEGATIVE) Integer votesFor,
            @NotNull(message = REQUIRED) @Min(value = 0, message = NOT_NEGATIVE) Integer votesAgainst,
            @Size(max = 5000, message = MAX_5000) String memberNames, @NotNull(message = REQUIRED) Long version) {
    }

    public record Appraisal(@NotNull(message = REQUIRED) Boolean passed,
            @NotBlank(message = REQUIRED) @Size(max = 5000, message = MAX_5000) String opinion, LocalDate appraisedOn,
            @NotNull(message = REQUIRED) Long version) {
    }

    public record DecisionWrite(
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String number,
            @NotNull(message = REQUIRED) LocalDate signedOn,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String signer,
            LocalDate validUntil, @NotNull(message = REQUIRED) Long version) {
    }

    public record Refusal(@NotBlank(message = REQUIRED) @Size(max = 5000, message = MAX_5000) String reasons,
            @NotNull(message = REQUIRED) Long version) {
    }

    public record Withdrawal(@Size(max = 2000, message = "tối đa 2000 ký tự (at most 2000 characters)") String reason,
            @NotNull(message = REQUIRED) Long version) {
    }

    public record Revocation(
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)") String number,
            @NotNull(message = REQUIRED) LocalDate revokedOn,
            @NotBlank(message = REQUIRED) @Size(max = 5000, message = MAX_5000) String reason,
            @NotNull(message = REQUIRED) Long version) {
    }

    // ---- reads

    public record Assessment(Long id, long criterionId, Boolean selfPassed, BigDecimal selfScore, BigDecimal selfValue,
            String selfNote, String assessedBy, OffsetDateTime assessedAt, ReviewVerdict review, Boolean reviewedPassed,
            BigDecimal reviewedScore, BigDecimal reviewedValue, String reviewReason, String reviewedBy,
            OffsetDateTime reviewedAt, List<AttachmentDto> attachments, long version) {
    }

    public record CaseCriterion(long id, Long parentId, String groupCode, String code, String name, CriterionKind kind,
            BigDecimal maxPoints, String unitOfMeasure, String comparison, BigDecimal threshold, boolean required,
            boolean key, String expectedEvidence, int position, Assessment assessment) {
    }

    public record CaseSet(long id, int versionNo, String name, PassRule passRule, BigDecimal passingScore,
            Integer postingDays, BigDecimal voteThresholdPercent, Integer validityYears) {
    }

    public record TitleRef(long id, String code, String name, DecidingLevel decidingLevel) {
    }

    public record AreaRef(long id, String code, String name) {
    }

    public record PostingComment(long id, LocalDate receivedOn, String content, String response, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    public record PostingRecord(LocalDate postedFrom, LocalDate postedTo, String place, List<PostingComment> comments) {
    }

    public record CouncilRecord(LocalDate metOn, int members, int present, int votesFor, int votesAgainst,
            String memberNames, boolean passed) {
    }

    public record AppraisalRecord(boolean passed, String opinion, LocalDate appraisedOn, String appraisedBy) {
    }

    public record Decision(long id, long caseId, long titleId, String titleName, Long residentialAreaId, long unitId,
            String number, LocalDate signedOn, String signer, DecidingLevel level, LocalDate validFrom,
            LocalDate validUntil, RecognitionDecisionStatus status, String revocationNumber, LocalDate revokedOn,
            String revocationReason, String revokedBy, Long lostByCaseId, LocalDate lostOn, long version) {
    }

    public record Case(long id, TitleRef title, CaseSet criteriaSet, String subjectKind, AreaRef residentialArea,
            long unitId, String unitName, int year, RecognitionCaseKind kind, Long reassessesDecisionId,
            RecognitionCaseState state, BigDecimal selfScore, BigDecimal reviewedScore, boolean meetsCriteria,
            int assessedCount, int criteriaCount, List<CaseCriterion> criteria, PostingRecord posting,
            CouncilRecord council, AppraisalRecord appraisal, String refusalReasons, Decision decision,
            String registeredBy, OffsetDateTime registeredAt, OffsetDateTime updatedAt, long version) {
    }

    public record Summary(long id, long titleId, String titleName, String subjectKind, AreaRef residentialArea,
            long unitId, String unitName, int year, RecognitionCaseKind kind, RecognitionCaseState state,
            BigDecimal selfScore, BigDecimal reviewedScore, Long decisionId, long version) {
    }

    public record Event(String action, String fromState, String toState, String actor, PersonDto actorPerson,
            OffsetDateTime at, String comment) {
    }
}
