package vn.danvan.unit.organization;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.unit.AdministrativeUnit;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.Validation;

/** Organizations of units, with their history of renames and merges. */
@ApplicationScoped
public class OrganizationService {

    static final String AUDIT_TYPE = "Organization";

    @Inject
    OrganizationRepository organizations;

    @Inject
    UnitService unitService;

    @Inject
    UnitScopeService scope;

    @Inject
    OrganizationMapper mapper;

    @Inject
    OrganizationWriteMapper writeMapper;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Inject
    OrganizationMatcher matcher;

    @Inject
    Instance<AssignmentReach> assignmentReach;

    @Transactional
    public PageResult<OrganizationDto> listOfUnit(long unitId, LocalDate validOn, boolean includeEnded,
            PageRequest page) {
        AdministrativeUnit unit = unitService.require(unitId);
        scope.requireInScope(unit);
        LocalDate today = clock.today();
        return organizations.ofUnit(unitId, validOn != null ? validOn : today, includeEnded, page)
                .map(o -> mapper.toDto(o, today));
    }

    /**
     * A search over every organization (their names are public); {@code unitId} keeps a subtree, {@code level} the
     * organizations of units at that level, {@code forTaskId} those the task can be assigned to. Ranked for pickers
     * (see OrganizationRepository.search), the caller's scope first when the caller has a unit.
     */
    @Transactional
    public PageResult<OrganizationDto> search(String text, Long unitId, UnitLevel level, Long forTaskId,
            OrganizationKind kind, LocalDate validOn, boolean includeEnded, PageRequest page) {
        String unitPath = unitId == null ? null : unitService.pathOf(unitId)
                .orElseThrow(() -> ProblemException.invalid("unitId", "đơn vị không tồn tại (no such unit)"));
        String reach = forTaskId == null ? null : reachOfTask(forTaskId);
        LocalDate today = clock.today();
        OrganizationQuery query = new OrganizationQuery(text, unitPath, level, reach, kind,
                validOn != null ? validOn : today, includeEnded, scope.scopePathIfAny().orElse(null));
        return organizations.search(query, page).map(o -> mapper.toDto(o, today));
    }

    /** A filter naming a task that does not exist is a 400 naming it, as an unknown unitId is. */
    private String reachOfTask(long taskId) {
        return assignmentReach.get().ofTask(taskId)
                .orElseThrow(() -> ProblemException.invalid("forTaskId", "nhiệm vụ không tồn tại (no such task)"));
    }

    @Transactional
    public OrganizationDto get(long id) {
        Organization organization = require(id);
        scope.requireInScope(unitService.require(organization.unitId));
        return mapper.toDto(organization, clock.today());
    }

    @Transactional
    public OrganizationDto create(OrganizationCreateDto dto) {
        AdministrativeUnit unit = unitService.find(dto.unitId())
                .orElseThrow(() -> ProblemException.invalid("unitId", "đơn vị không tồn tại (no such unit)"));
        scope.requireInScope(unit);
        if (dto.parentId() != null) {
            requireReachable("parentId", organizations.findByIdOptional(dto.parentId()).orElseThrow(
                    () -> ProblemException.invalid("parentId", "tổ chức cha không tồn tại (no such organization)")));
        }
        if (organizations.findByCode(dto.code()).isPresent()) {
            throw new ProblemException(ProblemType.DUPLICATE,
                    "Mã " + dto.code() + " đã được dùng (code already in use)");
        }
        Organization organization = writeMapper.toNewOrganization(dto);
        organizations.persistAndFlush(organization);
        OrganizationDto result = mapper.toDto(organization, clock.today());
        audit.record(AUDIT_TYPE, organization.id, AuditAction.CREATE, scope.effectivePath(unit), result);
        return result;
    }

    @Transactional
    public OrganizationDto update(long id, OrganizationUpdateDto dto) {
        Organization organization = require(id);
        AdministrativeUnit unit = unitService.require(organization.unitId);
        scope.requireInScope(unit);
        if (dto.version() != organization.version) {
            throw ProblemException.staleVersion(dto.version(), organization.version);
        }
        Validation.requireOrderedDates(dto.validFrom(), dto.validTo());
        if (dto.parentId() != null) {
            if (dto.parentId() == id) {
                throw ProblemException.invalid("parentId", "không thể là cha của chính nó (cannot be its own parent)");
            }
            requireReachable("parentId", organizations.findByIdOptional(dto.parentId()).orElseThrow(
                    () -> ProblemException.invalid("parentId", "tổ chức cha không tồn tại (no such organization)")));
        }
        if (dto.successorId() != null) {
            if (dto.successorId() == id) {
                throw ProblemException.invalid("successorId", "không thể kế thừa chính nó (cannot succeed itself)");
            }
            requireReachable("successorId",
                    organizations.findByIdOptional(dto.successorId()).orElseThrow(() -> ProblemException
                            .invalid("successorId", "tổ chức kế thừa không tồn tại (no such organization)")));
        }
        writeMapper.applyUpdate(dto, organization);
        organizations.flush();
        OrganizationDto result = mapper.toDto(organization, clock.today());
        audit.record(AUDIT_TYPE, organization.id, AuditAction.UPDATE, scope.effectivePath(unit), result);
        return result;
    }

    /** The organization with this code, for other features (e.g. the caller's own organization). */
    @Transactional
    public Optional<OrganizationRefDto> refByCode(String code) {
        return code == null ? Optional.empty() : organizations.findByCode(code).map(mapper::toRef);
    }

    /** Pointers to these organizations, for other features; unknown ids are left out. */
    @Transactional
    public java.util.Map<Long, OrganizationRefDto> refs(java.util.Collection<Long> ids) {
        java.util.Map<Long, OrganizationRefDto> refs = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            organizations.list("id in ?1", ids).forEach(o -> refs.put(o.id, mapper.toRef(o)));
        }
        return refs;
    }

    /** Of these organizations, those in force on the day (for other features' fan-out). */
    @Transactional
    public java.util.List<Long> currentAmong(java.util.Collection<Long> ids, LocalDate day) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return organizations
                .list("id in ?1 and (validFrom is null or validFrom <= ?2) and (validTo is null or validTo >= ?2)"
                        + " order by name, id", ids, day)
                .stream().map(o -> o.id).toList();
    }

    /** The organizations of a kind in force on the day, in units under the path (at one level, when given). */
    @Transactional
    public java.util.List<Long> currentOfKindUnder(OrganizationKind kind, UnitLevel level, String path, LocalDate day) {
        return organizations
                .list("kind = ?1 and unitId in (select u.id from AdministrativeUnit u where u.path like ?2"
                        + " and (?3 is null or u.level = ?3)) and (validFrom is null or validFrom <= ?4)"
                        + " and (validTo is null or validTo >= ?4) order by name, id", kind, path + "%", level, day)
                .stream().map(o -> o.id).toList();
    }

    /** Whether an organization lives in the caller's scope (its unit, or its unit's successor). */
    @Transactional
    public boolean inCallerScope(long organizationId) {
        return organizations.findByIdOptional(organizationId).map(o -> scope.reaches(o.scopePath)).orElse(false);
    }

    /** The path that scopes records of this organization (for audit events and scope checks). */
    @Transactional
    public String scopePathOf(long organizationId) {
        return require(organizationId).scopePath;
    }

    /** The ids of the organizations under a scope path (an index range scan; never every organization). */
    @Transactional
    public java.util.List<Long> idsInScope(String scopePath) {
        return organizations.idsInScope(scopePath);
    }

    /** The scope paths of these organizations, in one query; unknown ids are left out. */
    @Transactional
    public java.util.Map<Long, String> scopePaths(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> paths = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            organizations.list("id in ?1", ids).forEach(o -> paths.put(o.id, o.scopePath));
        }
        return paths;
    }

    /**
     * What the people of an organization reach: the scope path of its unit, or the whole country ({@code /}) for an
     * organization of the central level.
     */
    @Transactional
    public String reachOf(long organizationId) {
        Organization o = require(organizationId);
        return unitService.require(o.unitId).level == UnitLevel.NATIONAL ? "/" : o.scopePath;
    }

    private void requireReachable(String field, Organization organization) {
        if (!scope.reaches(organization.scopePath)) {
            throw ProblemException.outOfScope(field,
                    "tổ chức nằm ngoài phạm vi của bạn (the organization is outside your unit)");
        }
    }

    /**
     * Reads the names a document gives bodies, as its issuer wrote them (or, while the issuer is not known, the
     * caller's own unit) on the document's day: a name gives the one organization it certainly means (see
     * OrganizationMatcher).
     */
    public java.util.function.Function<String, Optional<OrganizationRefDto>> nameReader(Long issuerId, LocalDate on) {
        OrganizationMatcher.Context context = issuerId == null ? matcher.callerContext(on)
                : matcher.contextOf(issuerId, on);
        return name -> matcher.match(name, context);
    }

    private Organization require(long id) {
        return organizations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Tổ chức (organization)", id));
    }
}
