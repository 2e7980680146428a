package vn.danvan.rural;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentService.StoredFile;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.security.Caller;
import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.criteria.CriteriaSetStatus;
import vn.danvan.recognition.RecognitionCaseService;

/**
 * The programme's writes: a commune's group for a period, the assessed state of one criterion or indicator in a year
 * (one row per commune, criterion and year, versioned) and its evidence, and a past paper decision recorded through the
 * recognition feature. Every change is an audit event filed under the commune's scope path.
 */
@ApplicationScoped
public class RuralAssessmentService {

    static final String EVIDENCE_OWNER = "RuralAssessment";
    static final String AUDIT_ASSESSMENT = "RuralAssessment";
    static final String AUDIT_GROUP = "RuralCommuneGroup";

    @Inject
    RuralRepository repository;

    @Inject
    RuralCommuneGroupRepository groups;

    @Inject
    RuralStatusService status;

    @Inject
    RuralAccess access;

    @Inject
    CriteriaCatalogService criteria;

    @Inject
    AttachmentService attachments;

    @Inject
    RecognitionCaseService cases;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Transactional
    public RuralDtos.CommuneGroup setGroup(long unitId, int periodFrom, RuralDtos.CommuneGroupWrite dto) {
        RuralRepository.Commune commune = status.requireCommune(unitId);
        access.requireProvinceEditor(commune.path());
        if (dto.periodTo() < periodFrom) {
            throw ProblemException.invalid("periodTo",
                    "năm kết thúc trước năm bắt đầu (the period ends before it starts)");
        }
        if (commune.validTo() != null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Xã đã giải thể ngày " + commune.validTo() + " (the commune ended: set its successor's group)");
        }
        RuralCommuneGroup g = groups.of(unitId, periodFrom).orElse(null);
        long actual = g == null ? 0 : g.version;
        if (dto.version() != actual) {
            throw ProblemException.staleVersion(dto.version(), actual);
        }
        boolean created = g == null;
        if (created) {
            g = new RuralCommuneGroup();
            g.unitId = unitId;
            g.periodFrom = periodFrom;
        }
        g.periodTo = dto.periodTo();
        g.communeGroup = dto.group().shortValue();
        g.note = blank(dto.note());
        g.setBy = caller.current().username();
        g.setAt = OffsetDateTime.now();
        try {
            if (created) {
                groups.persist(g);
            }
            groups.flush();
        } catch (PersistenceException e) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Nhóm của xã vừa được người khác đặt: tải lại (the group was just set by someone else)");
        }
        audit.record(AUDIT_GROUP, g.id, created ? AuditAction.CREATE : AuditAction.UPDATE, commune.path(),
                details("unitId", unitId, "periodFrom", periodFrom, "periodTo", g.periodTo, "group", g.communeGroup,
                        "note", g.note));
        return RuralStatusService.groupDto(g);
    }

    @Transactional
    public RuralDtos.Assessment save(long unitId, int year, long criterionId, RuralDtos.AssessmentWrite dto) {
        RuralRepository.Commune commune = status.requireCommune(unitId);
        access.requireAssessor(commune.path());
        CriteriaSetDto.CriterionView criterion = criterion(criterionId, year);
        if (commune.validTo() != null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Xã đã giải thể ngày " + commune.validTo() + " (the commune ended: assess its successor)");
        }
        if (dto.value() != null && digits(dto.value())) {
            throw ProblemException.invalid("value", "tối đa 10 chữ số phần nguyên và 4 chữ số thập phân"
                    + " (at most 10 integer and 4 decimal digits)");
        }
        RuralAssessment a = repository.assessment(unitId, year, criterionId).orElse(null);
        long actual = a == null ? 0 : a.version;
        if (dto.version() != actual) {
            throw ProblemException.staleVersion(dto.version(), actual);
        }
        boolean created = a == null;
        if (created) {
            a = new RuralAssessment();
            a.unitId = unitId;
            a.year = year;
            a.criterionId = criterionId;
        }
        a.met = dto.met();
        a.value = dto.value();
        a.note = blank(dto.note());
        a.assessedBy = caller.current().username();
        a.assessedAt = OffsetDateTime.now();
        try {
            if (created) {
                repository.persist(a);
            }
            repository.flush();
        } catch (PersistenceException e) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Tiêu chí vừa được người khác đánh giá: tải lại (the criterion was just assessed by someone else)");
        }
        audit.record(AUDIT_ASSESSMENT, a.id, created ? AuditAction.CREATE : AuditAction.UPDATE, commune.path(),
                details("unitId", unitId, "year", year, "criterionId", criterionId, "code", criterion.code(), "met",
                        a.met, "value", a.value, "note", a.note));
        return toDto(a);
    }

    /** Evidence of a saved assessment (type read from the content, at most 20 MB). */
    @Transactional
    public AttachmentDto addEvidence(long unitId, int year, long criterionId, String fileName, byte[] content) {
        RuralRepository.Commune commune = status.requireCommune(unitId);
        access.requireAssessor(commune.path());
        criterion(criterionId, year);
        AttachmentService.check(content);
        RuralAssessment a = repository.assessment(unitId, year, criterionId).orElseThrow(() -> ProblemException
                .notFound("Kết quả đánh giá (assessment) " + year + " của tiêu chí (of criterion)", criterionId));
        AttachmentDto added = attachments.store(EVIDENCE_OWNER, a.id, fileName, content);
        audit.record(AUDIT_ASSESSMENT, a.id, AuditAction.UPDATE, commune.path(),
                details("unitId", unitId, "year", year, "criterionId", criterionId, "attachmentAdded", added));
        return added;
    }

    @Transactional
    public StoredFile openEvidence(long unitId, int year, long criterionId, long attachmentId) {
        RuralRepository.Commune commune = status.requireCommune(unitId);
        access.requireReader(commune.path());
        RuralAssessment a = repository.assessment(unitId, year, criterionId).orElseThrow(() -> ProblemException
                .notFound("Kết quả đánh giá (assessment) " + year + " của tiêu chí (of criterion)", criterionId));
        return attachments.open(EVIDENCE_OWNER, a.id, attachmentId);
    }

    /** A past paper decision, through the recognition feature (which checks the recorder and audits the case). */
    @Transactional
    public RuralDtos.Recognition record(long unitId, RuralDtos.RecordedDecisionWrite dto) {
        RuralRepository.Commune commune = status.requireCommune(unitId);
        access.requireRecorder(commune.path());
        if (!repository.ntmSetOfTitle(dto.titleId())) {
            throw ProblemException.invalid("titleId", "không phải danh hiệu nông thôn mới của xã (not an NTM title)");
        }
        long decisionId = cases.recordPaperDecision(unitId,
                new RecognitionCaseService.RecordedDecision(dto.titleId(), dto.setId(), dto.number(), dto.signedOn(),
                        dto.signer(), dto.validFrom(), dto.validUntil(), dto.note()));
        return status.recognitionsOf(repository.decisions(commune)).stream().filter(r -> r.decisionId() == decisionId)
                .findFirst().orElseThrow();
    }

    // ----

    /** A criterion or indicator of an NTM set whose period holds the year (404 / 400 otherwise). */
    private CriteriaSetDto.CriterionView criterion(long criterionId, int year) {
        long setId = repository.ntmSetOfCriterion(criterionId)
                .orElseThrow(() -> ProblemException.notFound("Tiêu chí nông thôn mới (NTM criterion)", criterionId));
        CriteriaSetDto set = criteria.set(setId).orElseThrow();
        if (set.status() == CriteriaSetStatus.DRAFT) {
            // a draft's criteria are replaced as it is edited: nothing is judged by them until it is published
            throw new ProblemException(ProblemType.CONFLICT, "Bộ tiêu chí " + set.name()
                    + " đang soạn thảo: công bố rồi mới đánh giá (the set is a draft: publish it first)");
        }
        if (set.effectiveFrom().getYear() > year || set.effectiveTo() != null && set.effectiveTo().getYear() < year) {
            throw ProblemException.invalid("year",
                    "năm " + year + " ngoài thời gian áp dụng của bộ tiêu chí (" + set.effectiveFrom().getYear() + "–"
                            + (set.effectiveTo() == null ? "" : set.effectiveTo().getYear())
                            + ") (the year lies outside the set's period)");
        }
        return set.criteria().stream().filter(k -> k.id() == criterionId).findFirst().orElseThrow();
    }

    private RuralDtos.Assessment toDto(RuralAssessment a) {
        List<AttachmentDto> files = attachments.list(EVIDENCE_OWNER, a.id);
        return new RuralDtos.Assessment(a.id, a.unitId, a.criterionId, a.year, a.met, a.value, a.note, a.assessedBy,
                a.assessedAt, files, a.version);
    }

    private static boolean digits(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        return n.scale() > 4 || n.precision() - n.scale() > 10;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
