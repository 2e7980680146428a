package vn.danvan.unit.residential;

import java.time.LocalDate;

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
import vn.danvan.unit.AdministrativeUnit;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.Validation;

/** Residential areas (thôn, ấp, khu phố ...) under communes, managed by admins. */
@ApplicationScoped
public class ResidentialAreaService {

    static final String AUDIT_TYPE = "ResidentialArea";

    @Inject
    ResidentialAreaRepository areas;

    @Inject
    UnitService unitService;

    @Inject
    UnitScopeService scope;

    @Inject
    ResidentialAreaMapper mapper;

    @Inject
    ResidentialAreaWriteMapper writeMapper;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public PageResult<ResidentialAreaDto> listOfUnit(long unitId, String text, boolean includeEnded, PageRequest page) {
        AdministrativeUnit unit = unitService.require(unitId);
        scope.requireInScope(unit);
        LocalDate today = clock.today();
        return areas.ofUnit(unitId, text, today, includeEnded, page).map(a -> mapper.toDto(a, today));
    }

    /**
     * The area a token names ({@code residential_area_code}), for the caller's own description: no scope check, the
     * token itself is the grant.
     */
    @Transactional
    public java.util.Optional<ResidentialAreaDto> byCode(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        LocalDate today = clock.today();
        return areas.findByCode(code).map(a -> mapper.toDto(a, today));
    }

    /**
     * Areas by id, for the records of other features that name them (a recognition case's area): no scope check, the
     * calling feature has checked its own record; names are public.
     */
    @Transactional
    public java.util.Map<Long, ResidentialAreaDto> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        LocalDate today = clock.today();
        return areas.list("id in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.id, a -> mapper.toDto(a, today)));
    }

    @Transactional
    public ResidentialAreaDto get(long id) {
        ResidentialArea area = require(id);
        scope.requireInScope(unitService.require(area.unitId));
        return mapper.toDto(area, clock.today());
    }

    @Transactional
    public ResidentialAreaDto create(ResidentialAreaCreateDto dto) {
        AdministrativeUnit unit = unitService.find(dto.unitId())
                .orElseThrow(() -> ProblemException.invalid("unitId", "đơn vị không tồn tại (no such unit)"));
        scope.requireInScope(unit);
        if (unit.level != UnitLevel.COMMUNE || !unit.isValidOn(clock.today())) {
            throw ProblemException.invalid("unitId",
                    "khu dân cư chỉ thuộc xã, phường, đặc khu đang có hiệu lực (a residential area belongs to a commune in force)");
        }
        if (areas.findByCode(dto.code()).isPresent()) {
            throw new ProblemException(ProblemType.DUPLICATE,
                    "Mã " + dto.code() + " đã được dùng (code already in use)");
        }
        ResidentialArea area = writeMapper.toNewArea(dto);
        areas.persistAndFlush(area);
        ResidentialAreaDto result = mapper.toDto(area, clock.today());
        audit.record(AUDIT_TYPE, area.id, AuditAction.CREATE, unit.path, result);
        return result;
    }

    @Transactional
    public ResidentialAreaDto update(long id, ResidentialAreaUpdateDto dto) {
        ResidentialArea area = require(id);
        AdministrativeUnit unit = unitService.require(area.unitId);
        scope.requireInScope(unit);
        if (dto.version() != area.version) {
            throw ProblemException.staleVersion(dto.version(), area.version);
        }
        Validation.requireOrderedDates(dto.validFrom(), dto.validTo());
        writeMapper.applyUpdate(dto, area);
        areas.flush();
        ResidentialAreaDto result = mapper.toDto(area, clock.today());
        audit.record(AUDIT_TYPE, area.id, AuditAction.UPDATE, scope.effectivePath(unit), result);
        return result;
    }

    private ResidentialArea require(long id) {
        return areas.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Khu dân cư (residential area)", id));
    }
}
