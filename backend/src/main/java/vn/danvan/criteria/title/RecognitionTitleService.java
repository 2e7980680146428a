package vn.danvan.criteria.title;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import vn.danvan.criteria.CriteriaAccess;
import vn.danvan.criteria.CriteriaDtos;
import vn.danvan.criteria.RecognitionTitle;
import vn.danvan.criteria.RecognitionTitleRepository;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Recognition titles (danh hiệu): issued by a body of a province, or of the central level for a national title; read by
 * the accounts its issuer reaches or that lie under it, changed by an admin whose scope holds the issuer.
 */
@ApplicationScoped
public class RecognitionTitleService {

    static final String AUDIT_TYPE = "RecognitionTitle";

    @Inject
    RecognitionTitleRepository titles;

    @Inject
    TitleReadMapper mapper;

    @Inject
    CriteriaAccess access;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditLog audit;

    @Transactional
    public List<CriteriaDtos.Title> list() {
        List<RecognitionTitle> readable = titles.allByName().stream().filter(access::canRead).toList();
        Map<Long, OrganizationRefDto> issuers = organizations
                .refs(readable.stream().map(t -> t.issuerOrganizationId).distinct().toList());
        return readable.stream().map(t -> mapper.toDto(t, issuers.get(t.issuerOrganizationId), access.canChange(t)))
                .toList();
    }

    @Transactional
    public CriteriaDtos.Title get(long id) {
        RecognitionTitle title = require(id);
        access.requireReader(title);
        return toDto(title);
    }

    @Transactional
    public CriteriaDtos.Title create(CriteriaDtos.TitleCreate dto) {
        long issuer = dto.issuerOrganizationId();
        if (organizations.refs(List.of(issuer)).isEmpty()) {
            throw ProblemException.invalid("issuerOrganizationId", "tổ chức không tồn tại (no such organization)");
        }
        RecognitionTitle title = new RecognitionTitle();
        title.issuerOrganizationId = issuer;
        String reach = access.reachOf(title);
        if (!"/".equals(reach) && segments(reach) != 1) {
            throw ProblemException.invalid("issuerOrganizationId",
                    "danh hiệu do cơ quan cấp tỉnh hoặc Trung ương ban hành (a title is issued by a body of a province or of the central level)");
        }
        if (!access.canChange(title)) {
            throw ProblemException.outOfScope("issuerOrganizationId", "/".equals(reach)
                    ? "chỉ quản trị viên cấp Trung ương ban hành danh hiệu toàn quốc (only an admin of the central level issues a national title)"
                    : "tổ chức nằm ngoài phạm vi của bạn (the organization is outside your unit)");
        }
        String code = dto.code().strip();
        if (titles.codeInUse(code)) {
            throw duplicate(code);
        }
        title.code = code;
        title.name = dto.name().strip();
        title.subjectKind = dto.subjectKind();
        title.decidingLevel = dto.decidingLevel();
        title.description = description(dto.description());
        title.createdAt = OffsetDateTime.now();
        try {
            titles.persistAndFlush(title);
        } catch (PersistenceException e) {
            throw duplicate(code); // the same code committed in between
        }
        CriteriaDtos.Title result = toDto(title);
        audit.record(AUDIT_TYPE, title.id, AuditAction.CREATE, access.auditPathOf(title), result);
        return result;
    }

    @Transactional
    public CriteriaDtos.Title update(long id, CriteriaDtos.TitleUpdate dto) {
        RecognitionTitle title = require(id);
        access.requireChanger(title);
        if (dto.version() != title.version) {
            throw ProblemException.staleVersion(dto.version(), title.version);
        }
        title.name = dto.name().strip();
        title.decidingLevel = dto.decidingLevel();
        title.description = description(dto.description());
        titles.flush();
        CriteriaDtos.Title result = toDto(title);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, access.auditPathOf(title), result);
        return result;
    }

    /** A title for the sets' service: 404 when there is none. */
    public RecognitionTitle require(long id) {
        return titles.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Danh hiệu (recognition title)", id));
    }

    private CriteriaDtos.Title toDto(RecognitionTitle title) {
        OrganizationRefDto issuer = organizations.refs(List.of(title.issuerOrganizationId))
                .get(title.issuerOrganizationId);
        return mapper.toDto(title, issuer, access.canChange(title));
    }

    private static ProblemException duplicate(String code) {
        return new ProblemException(ProblemType.DUPLICATE,
                "Mã danh hiệu " + code + " đã được dùng (the title code is in use)");
    }

    private static int segments(String path) {
        return (int) java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).count();
    }

    private static String description(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
