package vn.danvan.survey;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.error.FieldError;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Caller;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.organization.OrganizationKind;
import vn.danvan.unit.organization.OrganizationService;
import vn.danvan.unit.residential.ResidentialAreaDto;
import vn.danvan.unit.residential.ResidentialAreaService;

/**
 * Satisfaction surveys: the design of a commune's survey for a title (scale, satisfied values, questions per criterion,
 * sample plan, shares), its steps DRAFT → OPEN → CLOSED → PUBLISHED (each checked against SurveyAction's table, with
 * the version as read, audited), the list of the caller's scope and a survey as read. Answers are SurveyEntryService's,
 * results SurveyResultService's.
 */
@ApplicationScoped
public class SurveyService {

    static final String AUDIT_TYPE = "SatisfactionSurvey";
    static final List<SurveyDtos.ScaleOption> DEFAULT_SCALE = List.of(
            new SurveyDtos.ScaleOption(1, "Rất không hài lòng"), new SurveyDtos.ScaleOption(2, "Không hài lòng"),
            new SurveyDtos.ScaleOption(3, "Bình thường"), new SurveyDtos.ScaleOption(4, "Hài lòng"),
            new SurveyDtos.ScaleOption(5, "Rất hài lòng"));
    static final List<Integer> DEFAULT_SATISFIED = List.of(4, 5);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyAccess access;

    @Inject
    SurveyResultService results;

    @Inject
    CriteriaCatalogService criteria;

    @Inject
    ResidentialAreaService areas;

    @Inject
    OrganizationService organizations;

    @Inject
    UnitService units;

    @Inject
    UnitScopeService scope;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    @Inject
    DanvanConfig config;

    @Transactional
    public SurveyDtos.Survey create(SurveyDtos.Create dto) {
        SurveyRepository.Commune commune = surveys.unit(dto.unitId())
                .orElseThrow(() -> ProblemException.notFound("Đơn vị (unit)", dto.unitId()));
        CriteriaCatalogService.TitleRef title = criteria.title(dto.titleId())
                .orElseThrow(() -> ProblemException.notFound("Danh hiệu (title)", dto.titleId()));
        access.requireDesignerOf(commune.path());
        LocalDate today = clock.today();
        if (!UnitLevel.COMMUNE.name().equals(commune.level())
                || commune.validTo() != null && commune.validTo().isBefore(today)) {
            throw ProblemException.invalid("unitId",
                    "không phải xã, phường, đặc khu đang có hiệu lực (not a commune in force)");
        }
        CriteriaSetDto set = criteria.inForce(title.id(), null, today).orElse(null);
        SatisfactionSurvey s = new SatisfactionSurvey();
        s.titleId = title.id();
        s.criteriaSetId = set == null ? null : set.id();
        s.unitId = commune.id();
        s.organizationId = organizations
                .currentOfKindUnder(OrganizationKind.FATHERLAND_FRONT, UnitLevel.COMMUNE, commune.unitPath(), today)
                .stream().findFirst().orElse(null);
        s.name = dto.name().strip();
        s.year = dto.year() == null ? today.getYear() : dto.year();
        s.state = SatisfactionSurveyState.DRAFT;
        s.minimumResponsePercent = percent(dto.minimumResponsePercent() == null
                ? config.survey().minimumResponsePercent() : dto.minimumResponsePercent());
        s.thresholdPercent = percent(
                dto.thresholdPercent() == null ? config.survey().thresholdPercent() : dto.thresholdPercent());
        s.codeSecret = new byte[32];
        RANDOM.nextBytes(s.codeSecret);
        s.createdBy = caller.current().username();
        s.createdAt = OffsetDateTime.now();
        s.updatedAt = s.createdAt;
        List<SurveyDtos.ScaleOption> scale = dto.scale() == null || dto.scale().isEmpty() ? DEFAULT_SCALE : dto.scale();
        List<Integer> satisfied = dto.satisfiedValues() == null || dto.satisfiedValues().isEmpty()
                ? (scale == DEFAULT_SCALE ? DEFAULT_SATISFIED : null) : dto.satisfiedValues();
        List<SurveyDtos.QuestionWrite> questions = dto.questions() == null || dto.questions().isEmpty() ? seed(set)
                : dto.questions();
        Design design = design(set, s.unitId, scale, satisfied, questions, dto.plan() == null ? List.of() : dto.plan());
        surveys.persistAndFlush(s);
        surveys.replaceDesign(s.id, design.scale, design.questions, design.plan);
        record(s, commune.path(), SurveyAction.CREATE, null);
        return toDto(s);
    }

    @Transactional
    public SurveyDtos.Survey update(long id, SurveyDtos.Update dto) {
        SatisfactionSurvey s = require(id);
        String path = surveys.pathOf(s);
        access.requireDesigner(path);
        check(s, SurveyAction.UPDATE, dto.version());
        CriteriaSetDto set = s.criteriaSetId == null ? null : criteria.set(s.criteriaSetId).orElse(null);
        Design design = design(set, s.unitId, dto.scale(), dto.satisfiedValues(), dto.questions(), dto.plan());
        s.name = dto.name().strip();
        s.year = dto.year();
        s.minimumResponsePercent = percent(dto.minimumResponsePercent());
        s.thresholdPercent = percent(dto.thresholdPercent());
        s.updatedAt = OffsetDateTime.now();
        surveys.replaceDesign(s.id, design.scale, design.questions, design.plan);
        record(s, path, SurveyAction.UPDATE, null);
        return toDto(s);
    }

    @Transactional
    public SurveyDtos.Survey get(long id) {
        SatisfactionSurvey s = require(id);
        access.requireReader(surveys.pathOf(s));
        return toDto(s);
    }

    @Transactional
    public PageResult<SurveyDtos.Summary> list(Long unitId, SatisfactionSurveyState state, Long titleId, Integer year,
            PageRequest page) {
        String unitPath = unitId == null ? null : units.pathOf(unitId)
                .orElseThrow(() -> ProblemException.invalid("unitId", "đơn vị không tồn tại (no such unit)"));
        SurveyRepository.Page found = surveys.page(
                new SurveyRepository.Filter(scope.scopePath(), unitPath, state, titleId, year), page.offset(),
                page.size());
        Map<Long, SatisfactionSurvey> byId = found.ids().isEmpty() ? Map.of()
                : surveys.list("id in ?1", found.ids()).stream().collect(Collectors.toMap(s -> s.id, s -> s));
        Map<Long, long[]> totals = surveys.totals(found.ids());
        Map<Long, SurveyDtos.Ref> titles = new LinkedHashMap<>();
        Map<Long, SurveyDtos.Ref> communes = new LinkedHashMap<>();
        List<SurveyDtos.Summary> items = new ArrayList<>();
        for (Long sid : found.ids()) {
            SatisfactionSurvey s = byId.get(sid);
            long[] t = totals.getOrDefault(sid, new long[2]);
            items.add(new SurveyDtos.Summary(s.id, titles.computeIfAbsent(s.titleId, this::titleRef),
                    communes.computeIfAbsent(s.unitId, this::unitRef), s.name, s.year, s.state, t[0], t[1],
                    s.publishedOn, s.version));
        }
        return new PageResult<>(items, page.page(), page.size(), found.total());
    }

    /** DRAFT → OPEN: a questionnaire and a plan are needed. */
    @Transactional
    public SurveyDtos.Survey open(long id, SurveyDtos.VersionOnly dto) {
        SatisfactionSurvey s = require(id);
        String path = surveys.pathOf(s);
        access.requireDesigner(path);
        check(s, SurveyAction.OPEN, dto.version());
        List<String> missing = new ArrayList<>();
        if (surveys.questions(s.id).isEmpty()) {
            missing.add("câu hỏi (questions)");
        }
        if (surveys.plan(s.id).isEmpty()) {
            missing.add("kế hoạch mẫu theo khu dân cư (the sample plan)");
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Chưa mở được: thiếu " + String.join(", ", missing) + " (cannot open: missing)");
        }
        s.openedOn = clock.today();
        return step(s, path, SurveyAction.OPEN);
    }

    /** OPEN → CLOSED. */
    @Transactional
    public SurveyDtos.Survey close(long id, SurveyDtos.VersionOnly dto) {
        SatisfactionSurvey s = require(id);
        String path = surveys.pathOf(s);
        access.requireDesigner(path);
        check(s, SurveyAction.CLOSE, dto.version());
        s.closedOn = clock.today();
        return step(s, path, SurveyAction.CLOSE);
    }

    /**
     * CLOSED → PUBLISHED, when nothing blocks it (SurveyBlockers: the survey closed, the sample plan's minimum share
     * reached overall and in every area); a 409 naming every blocker by its code otherwise.
     */
    @Transactional
    public SurveyDtos.Survey publish(long id, SurveyDtos.VersionOnly dto) {
        SatisfactionSurvey s = require(id);
        String path = surveys.pathOf(s);
        access.requireDesigner(path);
        if (dto.version() != s.version) {
            throw ProblemException.staleVersion(dto.version(), s.version);
        }
        if (s.state == SatisfactionSurveyState.PUBLISHED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Kết quả đã được công bố (the results are already published)");
        }
        List<SurveyDtos.Blocker> blockers = results.of(s).blockers();
        if (!blockers.isEmpty()) {
            throw SurveyBlockers.refusal(blockers);
        }
        s.publishedOn = clock.today();
        return step(s, path, SurveyAction.PUBLISH);
    }

    // ---- shared with the other services of the feature

    SatisfactionSurvey require(long id) {
        return surveys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cuộc khảo sát (survey)", id));
    }

    static void check(SatisfactionSurvey s, SurveyAction action, long version) {
        if (version != s.version) {
            throw ProblemException.staleVersion(version, s.version);
        }
        requireState(s, action);
    }

    static void requireState(SatisfactionSurvey s, SurveyAction action) {
        if (!action.allowedFrom(s.state)) {
            throw new ProblemException(ProblemType.CONFLICT, "Cuộc khảo sát đang ở trạng thái " + s.state
                    + ": không thể " + action + " (the survey is " + s.state + "; " + action + " is refused)");
        }
    }

    SurveyDtos.Ref titleRef(long titleId) {
        return criteria.title(titleId).map(t -> new SurveyDtos.Ref(t.id(), t.code(), t.name()))
                .orElse(new SurveyDtos.Ref(titleId, null, ""));
    }

    SurveyDtos.Ref unitRef(long unitId) {
        return surveys.unit(unitId).map(u -> new SurveyDtos.Ref(u.id(), u.code(), u.name()))
                .orElse(new SurveyDtos.Ref(unitId, null, ""));
    }

    private SurveyDtos.Survey step(SatisfactionSurvey s, String path, SurveyAction action) {
        SatisfactionSurveyState from = s.state;
        s.state = action.next(from);
        s.updatedAt = OffsetDateTime.now();
        record(s, path, action, from);
        return toDto(s);
    }

    private void record(SatisfactionSurvey s, String path, SurveyAction action, SatisfactionSurveyState from) {
        surveys.flush();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("action", action.name());
        if (from != null) {
            snapshot.put("from", from.name());
        }
        snapshot.put("state", s.state.name());
        snapshot.put("name", s.name);
        snapshot.put("year", s.year);
        snapshot.put("titleId", s.titleId);
        snapshot.put("unitId", s.unitId);
        snapshot.put("minimumResponsePercent", s.minimumResponsePercent);
        snapshot.put("thresholdPercent", s.thresholdPercent);
        if (action == SurveyAction.CREATE || action == SurveyAction.UPDATE) {
            snapshot.put("questions", surveys.questions(s.id).size());
            snapshot.put("plan", surveys.plan(s.id).stream().collect(Collectors.toMap(p -> String.valueOf(p.areaId()),
                    SurveyRepository.PlanRow::households, (a, b) -> a, LinkedHashMap::new)));
        }
        audit.record(AUDIT_TYPE, s.id, action == SurveyAction.CREATE ? AuditAction.CREATE : AuditAction.UPDATE, path,
                snapshot);
    }

    SurveyDtos.Survey toDto(SatisfactionSurvey s) {
        List<SurveyRepository.Option> scale = surveys.scale(s.id);
        List<SurveyRepository.PlanRow> plan = surveys.plan(s.id);
        Map<Long, ResidentialAreaDto> named = areas.byIds(plan.stream().map(SurveyRepository.PlanRow::areaId).toList());
        long responses = surveys.responseCounts(s.id).values().stream().mapToLong(Long::longValue).sum();
        List<SurveyDtos.Question> questions = questions(s.id);
        SurveyDtos.Permissions permissions = access.permissions(surveys.pathOf(s), s.state, !questions.isEmpty(),
                plan.stream().map(SurveyRepository.PlanRow::areaId).toList(), () -> results.of(s).blockers().isEmpty());
        return new SurveyDtos.Survey(s.id, titleRef(s.titleId), unitRef(s.unitId), s.criteriaSetId, s.name, s.year,
                s.state, scale.stream().map(o -> new SurveyDtos.ScaleOption(o.value(), o.label())).toList(),
                scale.stream().filter(SurveyRepository.Option::satisfied).map(SurveyRepository.Option::value).toList(),
                s.minimumResponsePercent, s.thresholdPercent, questions,
                plan.stream()
                        .map(p -> new SurveyDtos.PlanArea(p.areaId(),
                                named.containsKey(p.areaId()) ? named.get(p.areaId()).name() : "", p.households()))
                        .toList(),
                responses, plan.stream().mapToLong(SurveyRepository.PlanRow::households).sum(), s.openedOn, s.closedOn,
                s.publishedOn, s.demo, s.createdAt, s.version, permissions);
    }

    List<SurveyDtos.Question> questions(long surveyId) {
        return surveys.questions(surveyId).stream().map(q -> new SurveyDtos.Question(q.id(), q.position(),
                q.criterionId(), q.criterionCode(), q.criterionName(), q.text())).toList();
    }

    // ---- the design, checked

    private record Design(List<SurveyRepository.Option> scale, List<SurveyRepository.QuestionRow> questions,
            List<SurveyRepository.PlanRow> plan) {
    }

    private Design design(CriteriaSetDto set, long communeId, List<SurveyDtos.ScaleOption> scale,
            List<Integer> satisfied, List<SurveyDtos.QuestionWrite> questions, List<SurveyDtos.PlanAreaWrite> plan) {
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < scale.size(); i++) {
            if (!values.add(scale.get(i).value())) {
                errors.add(new FieldError("scale[" + i + "].value", "giá trị trùng (a repeated value)"));
            }
        }
        if (scale.size() < 2) {
            errors.add(new FieldError("scale", "ít nhất 2 mức (at least 2 options)"));
        }
        if (satisfied == null || satisfied.isEmpty()) {
            errors.add(new FieldError("satisfiedValues",
                    "nêu các mức được tính là hài lòng (name the values that count as satisfied)"));
        } else {
            for (int i = 0; i < satisfied.size(); i++) {
                if (!values.contains(satisfied.get(i))) {
                    errors.add(new FieldError("satisfiedValues[" + i + "]",
                            "không có trong thang đo (not a value of the scale)"));
                }
            }
        }
        Map<Long, CriteriaSetDto.CriterionView> criteriaById = new LinkedHashMap<>();
        if (set != null) {
            set.criteria().forEach(c -> criteriaById.put(c.id(), c));
        }
        List<SurveyRepository.QuestionRow> rows = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            SurveyDtos.QuestionWrite q = questions.get(i);
            String code;
            String name;
            if (q.criterionId() != null) {
                CriteriaSetDto.CriterionView c = criteriaById.get(q.criterionId());
                if (c == null) {
                    errors.add(new FieldError("questions[" + i + "].criterionId",
                            "không phải tiêu chí của bộ tiêu chí của danh hiệu (not a criterion of the title's set)"));
                    continue;
                }
                code = c.code();
                name = c.name();
            } else {
                code = blank(q.criterionCode());
                name = blank(q.criterionName());
                if (code == null) {
                    errors.add(new FieldError("questions[" + i + "].criterionCode",
                            "nêu tiêu chí (criterionId) hoặc mã và tên nhóm (name a criterion)"));
                }
                if (name == null) {
                    errors.add(new FieldError("questions[" + i + "].criterionName",
                            "nêu tiêu chí (criterionId) hoặc mã và tên nhóm (name a criterion)"));
                }
            }
            rows.add(new SurveyRepository.QuestionRow(0, i + 1, q.criterionId(), code, name, q.text().strip()));
        }
        Set<Long> planned = new HashSet<>();
        Map<Long, ResidentialAreaDto> found = areas
                .byIds(plan.stream().map(SurveyDtos.PlanAreaWrite::residentialAreaId).distinct().toList());
        List<SurveyRepository.PlanRow> planRows = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            SurveyDtos.PlanAreaWrite p = plan.get(i);
            ResidentialAreaDto area = found.get(p.residentialAreaId());
            if (area == null || area.unitId() != communeId || !area.current()) {
                errors.add(new FieldError("plan[" + i + "].residentialAreaId",
                        "không phải khu dân cư đang có hiệu lực của xã này (not an area in force of this commune)"));
            } else if (!planned.add(p.residentialAreaId())) {
                errors.add(
                        new FieldError("plan[" + i + "].residentialAreaId", "khu dân cư có hai lần (an area twice)"));
            } else {
                planRows.add(new SurveyRepository.PlanRow(p.residentialAreaId(), p.households()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.get(0).message(), errors);
        }
        Set<Integer> sat = new HashSet<>(satisfied);
        return new Design(scale.stream()
                .map(o -> new SurveyRepository.Option(o.value(), o.label().strip(), sat.contains(o.value()))).toList(),
                rows, planRows);
    }

    /** One question per criterion of the set (indicators left out), when the designer gives none. */
    private static List<SurveyDtos.QuestionWrite> seed(CriteriaSetDto set) {
        if (set == null) {
            return List.of();
        }
        return set.criteria().stream().filter(c -> c.parentId() == null)
                .map(c -> new SurveyDtos.QuestionWrite(c.id(), null, null,
                        "Ông/bà hài lòng thế nào với kết quả thực hiện tiêu chí “" + c.name() + "” ở địa phương?"))
                .toList();
    }

    /** A share as the column keeps it (numeric(5, 2)), so that a survey reads the same before and after a reload. */
    private static java.math.BigDecimal percent(java.math.BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
