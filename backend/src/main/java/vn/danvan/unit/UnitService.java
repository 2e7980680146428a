package vn.danvan.unit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.time.BusinessClock;

/** Administrative units: search, the tree around a unit, lookups by code, and admin changes. */
@ApplicationScoped
public class UnitService {

    static final String AUDIT_TYPE = "AdministrativeUnit";

    @Inject
    AdministrativeUnitRepository units;

    @Inject
    UnitScopeService scope;

    @Inject
    UnitReadMapper readMapper;

    @Inject
    UnitWriteMapper writeMapper;

    @Inject
    AuditLog audit;

    @Inject
    HomeUnits homeUnits;

    @Inject
    BusinessClock clock;

    @Transactional
    public PageResult<UnitSummaryDto> list(String text, Long parentId, UnitLevel level, LocalDate validOn,
            boolean includeEnded, PageRequest page) {
        if (parentId != null) {
            scope.requireInScope(require(parentId));
        }
        LocalDate today = clock.today();
        UnitQuery query = new UnitQuery(text, parentId, level, validOn != null ? validOn : today, includeEnded,
                scope.scopePath());
        return units.search(query, page).map(u -> readMapper.toSummary(u, today));
    }

    @Transactional
    public UnitDetailDto get(long id) {
        AdministrativeUnit unit = require(id);
        scope.requireInScope(unit);
        return detail(unit);
    }

    /** A code in force answers with its unit; an abolished code answers with the unit that succeeded it. */
    @Transactional
    public UnitLookupDto byCode(String code) {
        Optional<AdministrativeUnit> current = units.findCurrentByCode(code, clock.today());
        if (current.isPresent()) {
            scope.requireInScope(current.get());
            return new UnitLookupDto(detail(current.get()), null);
        }
        AdministrativeUnit former = units.findFormerByCode(code)
                .orElseThrow(() -> ProblemException.notFound("Mã đơn vị (unit code)", code));
        AdministrativeUnit successor = former;
        for (int hop = 0; successor.validTo != null && successor.successorId != null && hop < 5; hop++) {
            successor = require(successor.successorId);
        }
        scope.requireInScope(successor);
        return new UnitLookupDto(detail(successor), readMapper.toSummary(former, clock.today()));
    }

    @Transactional
    public UnitDetailDto create(UnitCreateDto dto) {
        AdministrativeUnit parent = units.findByIdOptional(dto.parentId()).orElseThrow(
                () -> ProblemException.invalid("parentId", "đơn vị cha không tồn tại (no such parent unit)"));
        scope.requireInScope(parent);
        if (dto.kind().level().ordinal() <= parent.level.ordinal()) {
            throw ProblemException.invalid("kind", "cấp " + dto.kind().level() + " không thể nằm dưới cấp "
                    + parent.level + " (a " + dto.kind().level() + " cannot sit under a " + parent.level + ")");
        }
        if (units.currentCodeTaken(dto.code(), null)) {
            throw new ProblemException(ProblemType.DUPLICATE,
                    "Mã " + dto.code() + " đã được dùng (code already in use)");
        }
        AdministrativeUnit unit = writeMapper.toNewUnit(dto);
        unit.path = parent.path; // completed below, once the id is known
        units.persistAndFlush(unit);
        unit.path = parent.path + unit.id + "/";
        units.flush();
        homeUnits.forget();
        UnitDetailDto result = detail(unit);
        audit.record(AUDIT_TYPE, unit.id, AuditAction.CREATE, scope.effectivePath(unit), result);
        return result;
    }

    @Transactional
    public UnitDetailDto update(long id, UnitUpdateDto dto) {
        AdministrativeUnit unit = require(id);
        requireParentAdmin(unit);
        if (dto.version() != unit.version) {
            throw ProblemException.staleVersion(dto.version(), unit.version);
        }
        if (dto.kind().level() != unit.level) {
            throw ProblemException.invalid("kind", "không đổi được cấp của đơn vị (the level of a unit cannot change)");
        }
        Validation.requireOrderedDates(dto.validFrom(), dto.validTo());
        if (dto.successorId() != null) {
            if (dto.successorId() == id) {
                throw ProblemException.invalid("successorId", "không thể kế thừa chính nó (cannot succeed itself)");
            }
            AdministrativeUnit successor = units.findByIdOptional(dto.successorId()).orElseThrow(
                    () -> ProblemException.invalid("successorId", "đơn vị kế thừa không tồn tại (no such unit)"));
            if (!scope.inScope(successor)) {
                throw ProblemException.outOfScope("successorId",
                        "đơn vị kế thừa nằm ngoài phạm vi của bạn (the successor is outside your unit)");
            }
        }
        writeMapper.applyUpdate(dto, unit);
        units.flush();
        units.getEntityManager().refresh(unit); // the database recomputed its scope path
        homeUnits.forget();
        UnitDetailDto result = detail(unit);
        audit.record(AUDIT_TYPE, unit.id, AuditAction.UPDATE, scope.effectivePath(unit), result);
        return result;
    }

    /**
     * A unit's own record (its dates, successor, code) is changed by an admin of the unit above it; a province or the
     * central level by an admin of the central level. An admin never moves their own unit.
     */
    private void requireParentAdmin(AdministrativeUnit unit) {
        boolean allowed = unit.parentId == null ? scope.central() : scope.inScope(require(unit.parentId));
        if (!allowed) {
            throw new ProblemException(ProblemType.OUT_OF_SCOPE,
                    "Chỉ quản trị viên của đơn vị cấp trên mới sửa đơn vị này (only an admin of the unit above may change it)");
        }
    }

    /** The unit in force with this code, for other features (e.g. the caller's own unit). */
    @Transactional
    public Optional<UnitSummaryDto> currentByCode(String code) {
        LocalDate today = clock.today();
        return code == null ? Optional.empty()
                : units.findCurrentByCode(code, today).map(u -> readMapper.toSummary(u, today));
    }

    public Optional<AdministrativeUnit> find(long id) {
        return units.findByIdOptional(id);
    }

    /** The path of a unit, for other features' filters ("in this unit and below"). */
    @Transactional
    public Optional<String> pathOf(long id) {
        return units.findByIdOptional(id).map(u -> u.path);
    }

    /** The name of a unit, for titles of exports. */
    @Transactional
    public String nameOf(long id) {
        return require(id).name;
    }

    /** The code of a unit, for other features' lines that name it (the public list names provinces by code). */
    @Transactional
    public Optional<String> codeOf(long id) {
        return units.findByIdOptional(id).map(u -> u.code);
    }

    public AdministrativeUnit require(long id) {
        return units.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Đơn vị (unit)", id));
    }

    private UnitDetailDto detail(AdministrativeUnit unit) {
        LocalDate today = clock.today();
        List<Long> ancestorIds = Arrays.stream(unit.path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .filter(i -> !i.equals(unit.id)).toList();
        List<AdministrativeUnit> ancestors = units.listInTreeOrder(ancestorIds);
        LocalDate childrenDay = unit.validTo != null ? unit.validTo : today;
        AdministrativeUnit successor = unit.successorId == null ? null : units.findById(unit.successorId);
        UnitRelatives relatives = new UnitRelatives(ancestors, units.children(unit.id, childrenDay), successor,
                units.predecessors(unit.id));
        return readMapper.toDetail(unit, relatives, today);
    }
}
