package vn.danvan.directive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.directive.relation.DirectiveRelationRepository;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.FieldError;
import vn.danvan.common.error.Problem;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.security.Caller;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * The register: who may see a directive (issued by or sent to an organization in the caller's scope, or public), who
 * may write one, its identity (issuer + type + number + year), and the rule that a confidential directive keeps
 * metadata only.
 */
@ApplicationScoped
public class DirectiveService {

    public static final String AUDIT_TYPE = "Directive";

    @Inject
    DirectiveRepository directives;

    @Inject
    OrganizationService organizations;

    @Inject
    UnitScopeService scope;

    @Inject
    DirectiveMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    DirectiveRelationRepository relations;

    @Inject
    AttachmentService attachments;

    @Inject
    Instance<DirectiveDeletionCheck> deletionChecks;

    @Inject
    Caller caller;

    /** A search; {@code unitPath} is the path of the unit filtered on, when one is. */
    @Transactional
    public DirectivePageDto search(DirectiveQuery query, PageRequest page) {
        boolean published = caller.current().integrationOnly();
        DirectiveRepository.Found found = directives
                .search(query.forCaller(published ? "/-/" : scope.scopePath(), published), page);
        List<Directive> items = directives.inOrder(found.ids());
        Map<Long, OrganizationRefDto> issuers = organizations.refs(items.stream().map(d -> d.issuerId).toList());
        return new DirectivePageDto(items.stream().map(d -> mapper.toSummary(d, issuers.get(d.issuerId))).toList(),
                page.page(), page.size(), found.total(), found.capped() ? Boolean.TRUE : null);
    }

    @Transactional
    public DirectiveDto get(long id) {
        Directive directive = require(id);
        requireVisible(directive);
        return toDto(directive);
    }

    /** For features that hang records on directives: the directive as the caller may see it (404, 403). */
    @Transactional
    public DirectiveSummaryDto visibleSummary(long id) {
        Directive directive = require(id);
        requireVisible(directive);
        return summary(directive);
    }

    /**
     * For features that hang records on directives: checks that the caller's scope holds the directive's issuer (404,
     * 403), and returns the path its records are audited under.
     */
    @Transactional
    public String requireIssuerInScope(long id) {
        Directive directive = require(id);
        if (!organizations.inCallerScope(directive.issuerId)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Chỉ đơn vị ban hành văn bản mới giao nhiệm vụ của văn bản (only the issuing unit manages its tasks)");
        }
        return auditPath(directive);
    }

    /**
     * Whether the caller's scope holds the directive's issuer or its monitoring body: they follow all of its work (read
     * every assignment, review, cancel, ask for explanations).
     */
    @Transactional
    public boolean followedByCaller(long id) {
        Directive directive = require(id);
        return organizations.inCallerScope(directive.issuerId) || (directive.monitoringOrganizationId != null
                && organizations.inCallerScope(directive.monitoringOrganizationId));
    }

    /** Whether the caller's scope holds the directive's issuer (its editors manage its tasks). */
    @Transactional
    public boolean issuerInCallerScope(long id) {
        return organizations.inCallerScope(require(id).issuerId);
    }

    /**
     * The scope path prefix within which the directive's work may be given out: what the people of its issuer reach
     * (the whole country for a central issuer).
     */
    @Transactional
    public String issuerReach(long id) {
        return organizations.reachOf(require(id).issuerId);
    }

    /**
     * The numbers of several directives as written (e.g. "23-CT/TU"), by id, read in one query; a directive without a
     * number is left out. For features that show which directive their records belong to; no visibility check.
     */
    @Transactional
    public Map<Long, String> numbersOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> numbers = new java.util.HashMap<>();
        // the two columns only: a directive's full text can be long
        directives.getEntityManager()
                .createQuery(
                        "select d.id, d.numberText from Directive d where d.id in :ids and d.numberText is not null",
                        Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> numbers.put((Long) r[0], (String) r[1]));
        return numbers;
    }

    /** How features that hang records on directives name one: number as written, date, subject, issuer. */
    public record DirectiveHeading(long id, String numberText, java.time.LocalDate issueDate, String subject,
            long issuerId) {
    }

    /**
     * The headings of several directives, by id, read in one query; no visibility check (a commune reads its province's
     * targets without reading every directive they belong to), so a confidential directive's subject is left out.
     */
    @Transactional
    public Map<Long, DirectiveHeading> headingsOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, DirectiveHeading> headings = new java.util.HashMap<>();
        directives.getEntityManager().createQuery(
                "select d.id, d.numberText, d.issueDate, d.subject, d.issuerId, d.confidential from Directive d where d.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> headings.put((Long) r[0], new DirectiveHeading((Long) r[0], (String) r[1],
                        (java.time.LocalDate) r[2], Boolean.TRUE.equals(r[5]) ? null : (String) r[3], (Long) r[4])));
        return headings;
    }

    /** What start-up data of other features needs to know about a registered directive. */
    public record DirectiveFacts(long id, String numberText, java.time.LocalDate issueDate, String fullText) {
    }

    /** The public directives issued by the organization with this code (for demo data). */
    @Transactional
    public List<DirectiveFacts> publicDirectivesOf(String issuerCode) {
        Long issuerId = organizations.refByCode(issuerCode).map(OrganizationRefDto::id).orElse(-1L);
        return directives.list("publicAccess = true and issuerId = ?1 order by id", issuerId).stream()
                .map(d -> new DirectiveFacts(d.id, d.numberText, d.issueDate, d.fullText)).toList();
    }

    /** Who reads a directive: see AUTHORIZATION.md ("Directives"). */
    void requireVisible(Directive directive) {
        if (!canRead(directive)) {
            throw outOfScope();
        }
    }

    public boolean canRead(Directive directive) {
        if (caller.current().integrationOnly()) {
            return directive.publicAccess && !directive.confidential;
        }
        return directives.isVisible(directive.id, scope.scopePath());
    }

    /**
     * For the features that give a directive's work to organizations (task leads and coordinators, assignments): those
     * organizations read the directive from then on.
     */
    @Transactional
    public void addReaders(long directiveId, java.util.Collection<Long> organizationIds) {
        directives.addReaders(directiveId, organizationIds);
    }

    @Transactional
    public DirectiveDto create(DirectiveWriteDto dto) {
        Directive directive = new Directive();
        write(directive, dto);
        directives.persistAndFlush(directive);
        relations.linkWaiting(directive);
        DirectiveDto result = toDto(directive);
        audit.record(AUDIT_TYPE, directive.id, AuditAction.CREATE, auditPath(directive), result);
        return result;
    }

    @Transactional
    public DirectiveDto update(long id, DirectiveWriteDto dto) {
        Directive directive = require(id);
        requireWritable(directive);
        if (dto.version() == null) {
            throw ProblemException.invalid("version", "bắt buộc (required)");
        }
        if (dto.version() != directive.version) {
            throw ProblemException.staleVersion(dto.version(), directive.version);
        }
        write(directive, dto);
        directives.flush();
        relations.linkWaiting(directive);
        DirectiveDto result = toDto(directive);
        audit.record(AUDIT_TYPE, directive.id, AuditAction.UPDATE, auditPath(directive), result);
        return result;
    }

    /**
     * Removes a directive registered by mistake, with its files. Relations from other directives to it wait again for a
     * directive with its number. Refused when the version is stale or a check (such as "it has tasks") says no.
     */
    @Transactional
    public void delete(long id, long version) {
        Directive directive = require(id);
        requireWritable(directive);
        if (version != directive.version) {
            throw ProblemException.staleVersion(version, directive.version);
        }
        for (DirectiveDeletionCheck check : deletionChecks) {
            check.refusal(id).ifPresent(reason -> {
                throw new ProblemException(ProblemType.CONFLICT, reason);
            });
        }
        DirectiveDto before = toDto(directive);
        String path = auditPath(directive);
        relations.unlinkTarget(directive);
        attachments.deleteAll(AUDIT_TYPE, id);
        directives.delete(directive);
        directives.flush();
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, path, before);
    }

    /** Checks everything first, so that bad input changes nothing. */
    private void write(Directive directive, DirectiveWriteDto dto) {
        List<FieldError> errors = new ArrayList<>();
        LinkedHashSet<Long> recipients = new LinkedHashSet<>(
                dto.recipientIds() == null ? List.of() : dto.recipientIds());
        List<Long> named = new ArrayList<>(recipients);
        named.add(dto.issuerId());
        if (dto.monitoringOrganizationId() != null) {
            named.add(dto.monitoringOrganizationId());
        }
        Map<Long, OrganizationRefDto> known = organizations.refs(named);
        if (!known.containsKey(dto.issuerId())) {
            errors.add(new FieldError("issuerId", "cơ quan ban hành không tồn tại (no such organization)"));
        }
        if (!known.keySet().containsAll(recipients)) {
            errors.add(new FieldError("recipientIds", "có nơi nhận không tồn tại (an unknown organization)"));
        }
        if (dto.confidential() && dto.fullText() != null && !dto.fullText().isBlank()) {
            errors.add(new FieldError("fullText",
                    "văn bản mật chỉ lưu thông tin, không lưu nội dung (a confidential directive keeps no text)"));
        }
        if (dto.periodFrom() != null && dto.periodTo() != null && dto.periodTo() < dto.periodFrom()) {
            errors.add(new FieldError("periodTo", "trước năm bắt đầu (before periodFrom)"));
        }
        if (dto.monitoringOrganizationId() != null && !known.containsKey(dto.monitoringOrganizationId())) {
            errors.add(new FieldError("monitoringOrganizationId",
                    "cơ quan theo dõi không tồn tại (no such organization)"));
        }
        if (dto.midTermReviewDate() != null && dto.finalReviewDate() != null
                && dto.finalReviewDate().isBefore(dto.midTermReviewDate())) {
            errors.add(new FieldError("finalReviewDate", "trước ngày sơ kết (before midTermReviewDate)"));
        }
        if (dto.reportingCadences() != null
                && new java.util.HashSet<>(dto.reportingCadences()).size() != dto.reportingCadences().size()) {
            errors.add(new FieldError("reportingCadences", "có kỳ báo cáo lặp lại (a cadence is repeated)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Kiểm tra lại các trường được nêu (check the fields listed)", errors);
        }
        requireWithinReach(dto, recipients);
        String numberText = dto.number() == null || dto.number().isBlank() ? null : dto.number().strip();
        String numberKey = numberText == null ? null : DirectiveNumber.parse(numberText).normalized();
        Integer year = dto.issueDate() == null ? null : dto.issueDate().getYear();
        directives.findSame(dto.issuerId(), dto.type(), numberKey, year, directive.id).ifPresent(existing -> {
            throw new DuplicateDirective(existing.id);
        });
        mapper.apply(dto, directive);
        directive.numberText = numberText;
        directive.numberKey = numberKey;
        directive.status = dto.status() != null ? dto.status() : DirectiveStatus.IN_FORCE;
        directive.fullText = dto.confidential() ? null : dto.fullText();
        directive.recipientIds.clear();
        directive.recipientIds.addAll(recipients);
        directive.reportingCadences.clear();
        if (dto.reportingCadences() != null) {
            directive.reportingCadences.addAll(dto.reportingCadences());
        }
    }

    /** A directive is changed only by editors whose scope holds its issuer (AUTHORIZATION.md). */
    public void requireWritable(Directive directive) {
        if (!organizations.inCallerScope(directive.issuerId)) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Chỉ đơn vị ban hành mới sửa được văn bản (only the issuing unit changes a directive)");
        }
    }

    /**
     * What a write names must be within the caller's reach: the issuer and the monitoring body in their scope; each
     * recipient in their scope or above it (a report goes up to the province or the central level), never elsewhere.
     */
    private void requireWithinReach(DirectiveWriteDto dto, java.util.Collection<Long> recipients) {
        if (!organizations.inCallerScope(dto.issuerId())) {
            throw ProblemException.outOfScope("issuerId",
                    "cơ quan ban hành nằm ngoài phạm vi của bạn (the issuer is outside your unit)");
        }
        if (dto.monitoringOrganizationId() != null && !organizations.inCallerScope(dto.monitoringOrganizationId())) {
            throw ProblemException.outOfScope("monitoringOrganizationId",
                    "cơ quan theo dõi nằm ngoài phạm vi của bạn (the monitoring body is outside your unit)");
        }
        String own = scope.scopePath();
        Map<Long, String> paths = organizations.scopePaths(recipients);
        for (Long recipient : recipients) {
            boolean below = paths.getOrDefault(recipient, "").startsWith(own);
            if (!below && !own.startsWith(organizations.reachOf(recipient))) {
                throw ProblemException.outOfScope("recipientIds",
                        "có nơi nhận nằm ngoài phạm vi của bạn (a recipient is outside your unit)");
            }
        }
    }

    private DirectiveDto toDto(Directive directive) {
        List<Long> named = new ArrayList<>(directive.recipientIds);
        named.add(directive.issuerId);
        if (directive.monitoringOrganizationId != null) {
            named.add(directive.monitoringOrganizationId);
        }
        Map<Long, OrganizationRefDto> refs = organizations.refs(named);
        return mapper.toDto(directive, refs.get(directive.issuerId),
                directive.recipientIds.stream().map(refs::get).toList(),
                directive.monitoringOrganizationId == null ? null : refs.get(directive.monitoringOrganizationId));
    }

    public boolean isVisible(long id) {
        return directives.findByIdOptional(id).map(this::canRead).orElse(false);
    }

    public DirectiveSummaryDto summary(Directive directive) {
        return mapper.toSummary(directive,
                organizations.refs(java.util.List.of(directive.issuerId)).get(directive.issuerId));
    }

    public String auditPath(Directive directive) {
        return organizations.scopePathOf(directive.issuerId);
    }

    public Directive require(long id) {
        return directives.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Văn bản (directive)", id));
    }

    private static ProblemException outOfScope() {
        return new ProblemException(ProblemType.OUT_OF_SCOPE,
                "Văn bản này không do đơn vị của bạn ban hành hay nhận (not issued by or sent to your unit)");
    }

    /** 409 that points at the directive already registered with the same identity. */
    static final class DuplicateDirective extends ProblemException {
        private final long existingId;

        DuplicateDirective(long existingId) {
            super(ProblemType.DUPLICATE,
                    "Văn bản này đã có trong sổ: /api/v1/directives/" + existingId + " (already registered)");
            this.existingId = existingId;
        }

        @Override
        public Problem toProblem() {
            Problem p = super.toProblem();
            return new Problem(p.type(), p.title(), p.status(), p.detail(), "/api/v1/directives/" + existingId,
                    p.errors());
        }
    }
}
