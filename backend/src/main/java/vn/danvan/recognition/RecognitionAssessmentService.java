package vn.danvan.recognition;

import static vn.danvan.recognition.RecognitionSteps.blank;
import static vn.danvan.recognition.RecognitionSteps.details;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentService.StoredFile;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.criteria.CriterionKind;

/**
 * One criterion of a case at a time, so that a phone's outbox sends small requests: its self-assessment and evidence
 * while the case is REGISTERED, the commune's review while it is SELF_ASSESSED. The assessment carries its own version;
 * the case's does not change.
 */
@ApplicationScoped
public class RecognitionAssessmentService {

    /** The attachment feature's owner type of evidence: one assessment's files. */
    static final String EVIDENCE_OWNER = "RecognitionAssessment";

    @Inject
    RecognitionAssessmentRepository assessments;

    @Inject
    RecognitionReadMapper mapper;

    @Inject
    RecognitionAccess access;

    @Inject
    RecognitionSteps steps;

    @Inject
    AttachmentService attachments;

    @Inject
    Caller caller;

    /** The self-assessed result in the criterion's kind: passed, a score up to the max points, or a measured value. */
    @Transactional
    public RecognitionDtos.Assessment selfAssess(long caseId, long criterionId, RecognitionDtos.SelfAssessment dto) {
        RecognitionCase c = steps.require(caseId);
        access.requireAssessor(c);
        CriteriaSetDto.CriterionView criterion = criterion(c, criterionId);
        RecognitionSteps.requireState(c, RecognitionAction.SELF_ASSESS);
        RecognitionAssessment a = current(c, criterionId, dto.version());
        Result result = result(criterion, dto.passed(), dto.score(), dto.value());
        a.selfPassed = result.passed();
        a.selfScore = result.score();
        a.selfValue = result.value();
        a.selfNote = blank(dto.note());
        a.assessedBy = caller.current().username();
        a.assessedAt = OffsetDateTime.now();
        save(a);
        steps.record(c, access.pathOf(c), RecognitionAction.SELF_ASSESS, c.state,
                criterion.code() + ": " + result.describe(), details("criterionId", criterionId, "passed", a.selfPassed,
                        "score", a.selfScore, "value", a.selfValue, "note", a.selfNote));
        return toDto(a);
    }

    /** A photo or file for one criterion's self-assessment (type read from the content, at most 20 MB). */
    @Transactional
    public AttachmentDto addEvidence(long caseId, long criterionId, String fileName, byte[] content) {
        RecognitionCase c = steps.require(caseId);
        access.requireAssessor(c);
        CriteriaSetDto.CriterionView criterion = criterion(c, criterionId);
        AttachmentService.check(content);
        RecognitionSteps.requireState(c, RecognitionAction.ADD_EVIDENCE);
        RecognitionAssessment a = assessments.of(caseId, criterionId).orElseGet(() -> {
            RecognitionAssessment fresh = blankAssessment(caseId, criterionId);
            save(fresh);
            return fresh;
        });
        AttachmentDto added = attachments.store(EVIDENCE_OWNER, a.id, fileName, content);
        steps.record(c, access.pathOf(c), RecognitionAction.ADD_EVIDENCE, c.state,
                criterion.code() + ": " + added.fileName(),
                details("criterionId", criterionId, "attachmentAdded", added));
        return added;
    }

    @Transactional
    public StoredFile openEvidence(long caseId, long criterionId, long attachmentId) {
        RecognitionCase c = steps.require(caseId);
        access.requireReader(c);
        criterion(c, criterionId);
        RecognitionAssessment a = assessments.of(caseId, criterionId)
                .orElseThrow(() -> ProblemException.notFound("Tệp đính kèm (attachment)", attachmentId));
        return attachments.open(EVIDENCE_OWNER, a.id, attachmentId);
    }

    /**
     * The commune's review of one criterion: AGREE takes the self-assessed result; CHANGE gives its own, with a reason.
     */
    @Transactional
    public RecognitionDtos.Assessment review(long caseId, long criterionId, RecognitionDtos.ReviewWrite dto) {
        RecognitionCase c = steps.require(caseId);
        access.requireCommuneEditor(c);
        CriteriaSetDto.CriterionView criterion = criterion(c, criterionId);
        RecognitionSteps.requireState(c, RecognitionAction.REVIEW);
        RecognitionAssessment a = current(c, criterionId, dto.version());
        if (!a.assessed()) {
            // cannot happen after a submission (every criterion is assessed), but a review needs something to review
            throw new ProblemException(ProblemType.CONFLICT,
                    "Tiêu chí " + criterion.code() + " chưa được tự đánh giá (the criterion is not self-assessed)");
        }
        String comment;
        if (dto.review() == ReviewVerdict.AGREE) {
            a.reviewedPassed = a.selfPassed;
            a.reviewedScore = a.selfScore;
            a.reviewedValue = a.selfValue;
            a.reviewReason = blank(dto.reason());
            comment = criterion.code() + ": AGREE";
        } else {
            String reason = blank(dto.reason());
            if (reason == null) {
                throw ProblemException.invalid("reason", "bắt buộc khi sửa kết quả (required to change the result)");
            }
            Result result = result(criterion, dto.passed(), dto.score(), dto.value());
            a.reviewedPassed = result.passed();
            a.reviewedScore = result.score();
            a.reviewedValue = result.value();
            a.reviewReason = reason;
            comment = criterion.code() + ": CHANGE → " + result.describe() + " — " + reason;
        }
        a.review = dto.review();
        a.reviewedBy = caller.current().username();
        a.reviewedAt = OffsetDateTime.now();
        save(a);
        steps.record(c, access.pathOf(c), RecognitionAction.REVIEW, c.state, comment,
                details("criterionId", criterionId, "review", a.review, "passed", a.reviewedPassed, "score",
                        a.reviewedScore, "value", a.reviewedValue, "reason", a.reviewReason));
        return toDto(a);
    }

    // ----

    /** A result in the criterion's kind, checked: 400 naming the field that is missing or out of range. */
    record Result(Boolean passed, BigDecimal score, BigDecimal value) {
        String describe() {
            return (Boolean.TRUE.equals(passed) ? "đạt (passed)" : "không đạt (not passed)")
                    + (score != null ? ", " + score.stripTrailingZeros().toPlainString() + " điểm" : "")
                    + (value != null ? ", " + value.stripTrailingZeros().toPlainString() : "");
        }
    }

    static Result result(CriteriaSetDto.CriterionView criterion, Boolean passed, BigDecimal score, BigDecimal value) {
        if (criterion.kind() == CriterionKind.PASS_FAIL) {
            if (passed == null) {
                throw ProblemException.invalid("passed",
                        "bắt buộc với tiêu chí đạt/không đạt (required: pass or fail)");
            }
            return new Result(passed, null, null);
        }
        if (criterion.kind() == CriterionKind.SCORED) {
            if (score == null) {
                throw ProblemException.invalid("score", "bắt buộc với tiêu chí chấm điểm (required: a score)");
            }
            if (criterion.maxPoints() != null && score.compareTo(criterion.maxPoints()) > 0) {
                throw ProblemException.invalid("score",
                        "tối đa " + criterion.maxPoints().stripTrailingZeros().toPlainString()
                                + " điểm (at most the max points)");
            }
            if (digits(score, 6, 2)) {
                throw ProblemException.invalid("score", "tối đa 2 chữ số thập phân (at most 2 decimals)");
            }
            return new Result(passed != null ? passed : score.signum() > 0, score, null);
        }
        if (value == null) {
            throw ProblemException.invalid("value", "bắt buộc với chỉ tiêu đo được (required: the measured value)");
        }
        if (digits(value, 10, 4)) {
            throw ProblemException.invalid("value", "tối đa 10 chữ số phần nguyên và 4 chữ số thập phân"
                    + " (at most 10 integer and 4 decimal digits)");
        }
        return new Result(RecognitionRules.numericPasses(value, criterion.comparison(), criterion.threshold()), null,
                value);
    }

    /** Whether a number has more integer or decimal digits than its column holds. */
    private static boolean digits(BigDecimal number, int integer, int decimals) {
        BigDecimal n = number.stripTrailingZeros();
        return n.scale() > decimals || n.precision() - n.scale() > integer;
    }

    private CriteriaSetDto.CriterionView criterion(RecognitionCase c, long criterionId) {
        return steps.setOf(c).criteria().stream().filter(k -> k.id() == criterionId).findFirst().orElseThrow(
                () -> ProblemException.notFound("Tiêu chí của hồ sơ (criterion of the case)", criterionId));
    }

    /** The assessment to change, at the version the client read (0 for one not yet made). */
    private RecognitionAssessment current(RecognitionCase c, long criterionId, long version) {
        RecognitionAssessment a = assessments.of(c.id, criterionId).orElse(null);
        long actual = a == null ? 0 : a.version;
        if (version != actual) {
            throw ProblemException.staleVersion(version, actual);
        }
        return a != null ? a : blankAssessment(c.id, criterionId);
    }

    private static RecognitionAssessment blankAssessment(long caseId, long criterionId) {
        RecognitionAssessment a = new RecognitionAssessment();
        a.caseId = caseId;
        a.criterionId = criterionId;
        return a;
    }

    private void save(RecognitionAssessment a) {
        try {
            if (a.id == null) {
                assessments.persist(a);
            }
            assessments.flush();
        } catch (PersistenceException e) {
            // the same criterion assessed by two requests at once: the second read a version that no longer holds
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Tiêu chí vừa được người khác đánh giá: tải lại (the criterion was just assessed by someone else)");
        }
    }

    private RecognitionDtos.Assessment toDto(RecognitionAssessment a) {
        List<AttachmentDto> files = attachments.list(EVIDENCE_OWNER, a.id);
        return mapper.toDto(a, files);
    }
}
