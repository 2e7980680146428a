package vn.danvan.target;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.error.FieldError;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.security.Caller;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.criteria.CriteriaDtos;
import vn.danvan.criteria.title.RecognitionTitleService;
import vn.danvan.criteria.SubjectKind;
import vn.danvan.directive.DirectiveService;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Targets (chỉ tiêu) of directives: kept by the directive's editors, read with their progress — counted from the data
 * on every read — by the people of the scope they were set for, above it and below it.
 */
@ApplicationScoped
public class TargetService {

    static final String AUDIT_TYPE = "Target";
    /** The most targets an export holds. */
    static final int EXPORT_CAP = 1000;

    @Inject
    TargetRepository targets;

    @Inject
    ProgressRepository counts;

    @Inject
    TargetProgress progress;

    @Inject
    TargetAccess access;

    @Inject
    TargetReadMapper readMapper;

    @Inject
    TargetWriteMapper writeMapper;

    @Inject
    DirectiveService directives;

    @Inject
    OrganizationService organizations;

    @Inject
    RecognitionTitleService titles;

    @Inject
    CriteriaCatalogService catalog;

    @Inject
    UnitScopeService scope;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    /** The filters of the list and the export. */
    public record ListQuery(Long unitId, Long directiveId, Integer year) {
    }

    /** A directive's targets that the caller reads, in their order (the caller must read the directive). */
    @Transactional
    public List<TargetDtos.View> ofDirective(long directiveId) {
        directives.visibleSummary(directiveId);
        List<Target> all = targets.ofDirective(directiveId);
        Map<Long, ProgressRepository.ScopeUnit> units = counts.scopeUnits(scopeUnitIds(all));
        return views(all.stream().filter(t -> access.canRead(t, pathOf(units, t))).toList(), units);
    }

    @Transactional
    public TargetDtos.View create(long directiveId, TargetDtos.Write dto) {
        access.requireChanger(directiveId);
        validate(directiveId, dto);
        Target t = new Target();
        t.directiveId = directiveId;
        writeMapper.apply(dto, t);
        t.position = dto.position() != null ? dto.position() : targets.nextPosition(directiveId);
        t.createdBy = caller.current().username();
        t.createdAt = OffsetDateTime.now();
        targets.persistAndFlush(t);
        audit.record(AUDIT_TYPE, t.id, AuditAction.CREATE, auditPath(t), snapshot(t));
        return view(t);
    }

    @Transactional
    public TargetDtos.View get(long id) {
        return view(readable(id));
    }

    @Transactional
    public TargetDtos.View update(long id, TargetDtos.Update dto) {
        Target t = require(id);
        access.requireReader(t, pathOf(counts.scopeUnits(List.of(t.scopeUnitId)), t));
        access.requireChanger(t.directiveId);
        if (dto.version() != t.version) {
            throw ProblemException.staleVersion(dto.version(), t.version);
        }
        validate(t.directiveId, dto.write());
        writeMapper.apply(dto.write(), t);
        if (dto.position() != null) {
            t.position = dto.position();
        }
        targets.flush();
        audit.record(AUDIT_TYPE, t.id, AuditAction.UPDATE, auditPath(t), snapshot(t));
        return view(t);
    }

    @Transactional
    public void delete(long id, long version) {
        Target t = require(id);
        access.requireReader(t, pathOf(counts.scopeUnits(List.of(t.scopeUnitId)), t));
        access.requireChanger(t.directiveId);
        if (version != t.version) {
            throw ProblemException.staleVersion(version, t.version);
        }
        String path = auditPath(t);
        Map<String, Object> last = snapshot(t);
        targets.delete(t);
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, path, last);
    }

    /** The targets of the caller's scope (or of a unit of it), each with its progress. */
    @Transactional
    public TargetDtos.Page list(ListQuery q, PageRequest page) {
        TargetRepository.Filter filter = filter(q);
        long total = targets.count(filter);
        List<Target> found = total == 0 ? List.of() : targets.inOrder(targets.page(filter, page.offset(), page.size()));
        return new TargetDtos.Page(views(found, counts.scopeUnits(scopeUnitIds(found))), page.page(), page.size(),
                total);
    }

    /** One target with its progress and its trend by year. */
    @Transactional
    public TargetDtos.ProgressDetail progress(long id) {
        Target t = readable(id);
        ProgressRepository.ScopeUnit unit = scopeUnit(t);
        DirectiveService.DirectiveHeading heading = directives.headingsOf(List.of(t.directiveId)).get(t.directiveId);
        Integer year = heading == null || heading.issueDate() == null ? null : heading.issueDate().getYear();
        return new TargetDtos.ProgressDetail(view(t), progress.trend(t, unit, clock.today(), year));
    }

    /** The units still missing for a target of units, on the day its progress is counted. */
    @Transactional
    public TargetDtos.MissingUnitPage missing(long id, String text, PageRequest page) {
        Target t = readable(id);
        ProgressRepository.ScopeUnit unit = scopeUnit(t);
        java.time.LocalDate asOf = TargetProgress.asOf(t, unit, clock.today());
        if (t.measure != TargetMeasure.UNITS_WITH_TITLE || t.unitGroup == TargetUnitGroup.DISTRICTS) {
            return new TargetDtos.MissingUnitPage(List.of(), page.page(), page.size(), 0, asOf);
        }
        String q = text == null ? null : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        int rank = t.titleLevel.rank();
        long total = counts.missingCount(unit, t.unitGroup, rank, asOf, q);
        List<TargetDtos.MissingUnit> items = total == 0 ? List.of()
                : counts.missing(unit, t.unitGroup, rank, asOf, q, page.offset(), page.size()).stream()
                        .map(m -> new TargetDtos.MissingUnit(m.id(), m.code(), m.name(),
                                vn.danvan.unit.UnitKind.valueOf(m.kind()), m.parentName(),
                                m.heldRank() == 0 ? null : TargetTitleLevel.ofRank(m.heldRank())))
                        .toList();
        return new TargetDtos.MissingUnitPage(items, page.page(), page.size(), total, asOf);
    }

    /** The targets of the list (every page, at most {@link #EXPORT_CAP}) as an .xlsx workbook. */
    @Transactional
    public byte[] workbook(ListQuery q) {
        TargetRepository.Filter filter = filter(q);
        List<Target> found = targets.inOrder(targets.page(filter, 0, EXPORT_CAP));
        List<TargetDtos.View> views = views(found, counts.scopeUnits(scopeUnitIds(found)));
        return TargetWorkbook.of(views, scope.homeUnitName(), clock.today());
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    private Target require(long id) {
        return targets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Chỉ tiêu (target)", id));
    }

    private Target readable(long id) {
        Target t = require(id);
        access.requireReader(t, pathOf(counts.scopeUnits(List.of(t.scopeUnitId)), t));
        return t;
    }

    private TargetRepository.Filter filter(ListQuery q) {
        String mine = scope.scopePath();
        String under = null;
        if (q.unitId() != null) {
            ProgressRepository.ScopeUnit unit = counts.scopeUnits(List.of(q.unitId())).get(q.unitId());
            if (unit == null) {
                throw ProblemException.notFound("Đơn vị hành chính (unit)", q.unitId());
            }
            if (!scope.reaches(unit.scopePath())) {
                throw ProblemException.outOfScope("unitId",
                        "đơn vị nằm ngoài phạm vi của bạn (the unit is outside your unit)");
            }
            under = unit.scopePath();
        }
        return new TargetRepository.Filter(mine, under, q.directiveId(), q.year());
    }

    private ProgressRepository.ScopeUnit scopeUnit(Target t) {
        ProgressRepository.ScopeUnit unit = counts.scopeUnits(List.of(t.scopeUnitId)).get(t.scopeUnitId);
        if (unit == null) {
            throw new IllegalStateException("target " + t.id + " names unit " + t.scopeUnitId + ", which is gone");
        }
        return unit;
    }

    private TargetDtos.View view(Target t) {
        return views(List.of(t), counts.scopeUnits(List.of(t.scopeUnitId))).get(0);
    }

    /** The views of several targets, reading their directives, issuers and titles once each. */
    private List<TargetDtos.View> views(List<Target> list, Map<Long, ProgressRepository.ScopeUnit> units) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, DirectiveService.DirectiveHeading> headings = directives
                .headingsOf(list.stream().map(t -> t.directiveId).distinct().toList());
        Map<Long, OrganizationRefDto> issuers = organizations
                .refs(headings.values().stream().map(DirectiveService.DirectiveHeading::issuerId).distinct().toList());
        Map<Long, TargetDtos.TitleRef> titleRefs = new HashMap<>();
        catalog.titles(list.stream().map(t -> t.titleId).filter(Objects::nonNull).distinct().toList())
                .forEach(r -> titleRefs.put(r.id(), new TargetDtos.TitleRef(r.id(), r.code(), r.name())));
        java.time.LocalDate today = clock.today();
        List<TargetDtos.View> views = new ArrayList<>();
        for (Target t : list) {
            DirectiveService.DirectiveHeading h = headings.get(t.directiveId);
            TargetDtos.DirectiveRef directive = new TargetDtos.DirectiveRef(t.directiveId,
                    h == null ? null : h.numberText(), h == null ? null : h.issueDate(), h == null ? null : h.subject(),
                    h == null ? null : issuers.get(h.issuerId()));
            ProgressRepository.ScopeUnit u = units.get(t.scopeUnitId);
            TargetDtos.UnitRef unit = new TargetDtos.UnitRef(u.id(), u.code(), u.name(), u.level(), u.kind(),
                    u.validTo(), u.validTo() == null ? null : u.successorName());
            views.add(readMapper.toView(t, directive, unit, t.titleId == null ? null : titleRefs.get(t.titleId),
                    progress.of(t, u, today)));
        }
        return views;
    }

    private static Collection<Long> scopeUnitIds(List<Target> list) {
        return list.stream().map(t -> t.scopeUnitId).distinct().toList();
    }

    private static String pathOf(Map<Long, ProgressRepository.ScopeUnit> units, Target t) {
        ProgressRepository.ScopeUnit u = units.get(t.scopeUnitId);
        return u == null ? null : u.scopePath();
    }

    private String auditPath(Target t) {
        return pathOf(counts.scopeUnits(List.of(t.scopeUnitId)), t);
    }

    private static Map<String, Object> snapshot(Target t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("directiveId", t.directiveId);
        s.put("measure", t.measure);
        s.put("unitGroup", t.unitGroup);
        s.put("titleLevel", t.titleLevel);
        s.put("titleId", t.titleId);
        s.put("expression", t.expression);
        s.put("scopeUnitId", t.scopeUnitId);
        s.put("deadline", t.deadline);
        s.put("valueMin", t.valueMin);
        s.put("valueMax", t.valueMax);
        s.put("wording", t.wording);
        s.put("position", t.position);
        return s;
    }

    // ---- checking -----------------------------------------------------------------------------------------------

    /** Every rule a target's fields must keep; all mistakes in one 400. */
    private void validate(long directiveId, TargetDtos.Write dto) {
        List<FieldError> errors = new ArrayList<>();
        switch (dto.measure()) {
        case UNITS_WITH_TITLE -> {
            if (dto.unitGroup() == null) {
                errors.add(
                        new FieldError("unitGroup", "bắt buộc với UNITS_WITH_TITLE (required for UNITS_WITH_TITLE)"));
            }
            if (dto.titleLevel() == null) {
                errors.add(
                        new FieldError("titleLevel", "bắt buộc với UNITS_WITH_TITLE (required for UNITS_WITH_TITLE)"));
            }
            if (dto.titleId() != null) {
                errors.add(new FieldError("titleId", "chỉ dùng với RECOGNIZED_AREAS (for RECOGNIZED_AREAS only)"));
            }
        }
        case RECOGNIZED_AREAS -> {
            notFor(errors, dto, "RECOGNIZED_AREAS");
            if (dto.titleId() == null) {
                errors.add(new FieldError("titleId", "bắt buộc với RECOGNIZED_AREAS (required for RECOGNIZED_AREAS)"));
            } else {
                checkAreaTitle(errors, dto.titleId());
            }
        }
        case RECOGNIZED_MODELS -> {
            notFor(errors, dto, "RECOGNIZED_MODELS");
            if (dto.titleId() != null) {
                errors.add(new FieldError("titleId", "chỉ dùng với RECOGNIZED_AREAS (for RECOGNIZED_AREAS only)"));
            }
        }
        }
        if (dto.measure() != TargetMeasure.UNITS_WITH_TITLE && dto.expression() == TargetExpression.SHARE) {
            errors.add(new FieldError("expression", "chỉ đếm được số lượng (COUNT only for this measure)"));
        }
        if (dto.expression() == TargetExpression.SHARE) {
            over100(errors, "valueMin", dto.valueMin());
            over100(errors, "valueMax", dto.valueMax());
        } else {
            whole(errors, "valueMin", dto.valueMin());
            whole(errors, "valueMax", dto.valueMax());
        }
        if (dto.valueMax() != null && dto.valueMin() != null && dto.valueMax() < dto.valueMin()) {
            errors.add(new FieldError("valueMax", "không nhỏ hơn valueMin (at least valueMin)"));
        }
        int year = dto.deadline().getYear();
        if (year < 1990 || year > 2100) {
            errors.add(new FieldError("deadline", "năm từ 1990 đến 2100 (a year from 1990 to 2100)"));
        }
        ProgressRepository.ScopeUnit unit = counts.scopeUnits(List.of(dto.scopeUnitId())).get(dto.scopeUnitId());
        if (unit == null) {
            errors.add(new FieldError("scopeUnitId", "đơn vị không tồn tại (no such unit)"));
        } else {
            String reach = directives.issuerReach(directiveId);
            if (!unit.scopePath().startsWith(reach)) {
                errors.add(new FieldError("scopeUnitId",
                        "ngoài địa bàn của cơ quan ban hành văn bản (outside the area of the directive's issuer)"));
            } else if (dto.measure() == TargetMeasure.UNITS_WITH_TITLE && unit.level() == UnitLevel.COMMUNE) {
                errors.add(new FieldError("scopeUnitId",
                        "một xã không có đơn vị cấp dưới để đếm (a commune has no units under it to count)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Kiểm tra lại các trường được nêu (check the fields listed)", errors);
        }
    }

    private void checkAreaTitle(List<FieldError> errors, long titleId) {
        CriteriaDtos.Title title;
        try {
            title = titles.get(titleId);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                errors.add(new FieldError("titleId", "danh hiệu không tồn tại (no such title)"));
                return;
            }
            throw e;
        }
        if (title.subjectKind() != SubjectKind.RESIDENTIAL_AREA) {
            errors.add(new FieldError("titleId",
                    "danh hiệu phải dành cho khu dân cư (the title must be one of residential areas)"));
        }
    }

    private static void notFor(List<FieldError> errors, TargetDtos.Write dto, String measure) {
        if (dto.unitGroup() != null) {
            errors.add(new FieldError("unitGroup", "không dùng với " + measure + " (not for " + measure + ")"));
        }
        if (dto.titleLevel() != null) {
            errors.add(new FieldError("titleLevel", "không dùng với " + measure + " (not for " + measure + ")"));
        }
    }

    private static void over100(List<FieldError> errors, String field, Double value) {
        if (value != null && value > 100) {
            errors.add(new FieldError(field, "tỷ lệ từ 0 đến 100 (a share is 0 to 100)"));
        }
    }

    private static void whole(List<FieldError> errors, String field, Double value) {
        if (value != null && BigDecimal.valueOf(value).stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, "phải là số nguyên (must be a whole number)"));
        }
    }
}
