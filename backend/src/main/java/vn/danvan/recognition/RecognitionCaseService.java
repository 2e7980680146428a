package vn.danvan.recognition;

import static vn.danvan.recognition.RecognitionSteps.blank;
import static vn.danvan.recognition.RecognitionSteps.check;
import static vn.danvan.recognition.RecognitionSteps.details;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import vn.danvan.account.PeopleService;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.security.Caller;
import vn.danvan.common.security.Role;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.criteria.SubjectKind;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.residential.ResidentialAreaDto;
import vn.danvan.unit.residential.ResidentialAreaService;

/**
 * Recognition cases of residential areas: registration against the set in force, the steps from submission to the
 * decision or refusal (each checked against the table of RecognitionAction, on the timeline and audited), withdrawal,
 * the list of the caller's scope, a case as read and its timeline. The per-criterion work is
 * RecognitionAssessmentService's; the decision's own life (revocation) RecognitionDecisionService's.
 */
@ApplicationScoped
public class RecognitionCaseService {

    @Inject
    RecognitionCaseRepository cases;

    @Inject
    RecognitionAssessmentRepository assessments;

    @Inject
    RecognitionDecisionRepository decisions;

    @Inject
    RecognitionReadMapper mapper;

    @Inject
    RecognitionAccess access;

    @Inject
    RecognitionSteps steps;

    @Inject
    CriteriaCatalogService criteria;

    @Inject
    ResidentialAreaService areas;

    @Inject
    UnitService units;

    @Inject
    UnitScopeService scope;

    @Inject
    AttachmentService attachments;

    @Inject
    PeopleService people;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    @Transactional
    public RecognitionDtos.Case register(RecognitionDtos.Registration dto) {
        if (dto.residentialAreaId() == null) {
            return registerCommune(dto);
        }
        if (dto.unitId() != null) {
            throw ProblemException.invalid("unitId",
                    "chỉ dùng cho danh hiệu của xã (only for a title given to communes)");
        }
        long areaId = dto.residentialAreaId();
        ResidentialAreaDto area = areas.byIds(List.of(areaId)).get(areaId);
        if (area == null) {
            throw ProblemException.notFound("Khu dân cư (residential area)", areaId);
        }
        String path = cases.areaPath(areaId).orElseThrow();
        access.requireRegistrar(areaId, path);
        if (!area.current()) {
            throw ProblemException.invalid("residentialAreaId",
                    "khu dân cư không còn hiệu lực (the residential area is no longer in force)");
        }
        LocalDate today = clock.today();
        CriteriaSetDto set = criteria.inForce(dto.titleId(), null, today)
                .orElseThrow(() -> ProblemException.invalid("titleId",
                        "danh hiệu không có bộ tiêu chí đang có hiệu lực (the title has no criteria set in force)"));
        if (set.subjectKind() != SubjectKind.RESIDENTIAL_AREA) {
            throw ProblemException.invalid("titleId",
                    "danh hiệu này dành cho xã, không cho khu dân cư (the title is given to communes)");
        }
        requireReassessed(dto, areaId, null);
        cases.sameSubject(areaId, dto.titleId(), dto.year()).ifPresent(first -> {
            throw duplicate(first);
        });
        RecognitionCase c = newCase(dto, set, area.unitId());
        c.residentialAreaId = areaId;
        persist(c);
        steps.record(c, path, RecognitionAction.REGISTER, null, set.titleCode() + " v" + set.versionNo(),
                details("residentialAreaId", areaId, "titleId", c.titleId, "criteriaSetId", c.criteriaSetId, "year",
                        c.year, "kind", c.kind));
        return toDto(c, set);
    }

    /** A commune registered for a COMMUNE-subject title (xã NTM ...): the same steps as an area's case. */
    private RecognitionDtos.Case registerCommune(RecognitionDtos.Registration dto) {
        if (dto.unitId() == null) {
            throw ProblemException.invalid("residentialAreaId",
                    "bắt buộc khu dân cư, hoặc xã (unitId) với danh hiệu của xã (an area, or unitId for a commune)");
        }
        long unitId = dto.unitId();
        String path = requireCommune(unitId);
        access.requireCommuneRegistrar(path);
        if (!current(unitId)) {
            throw ProblemException.invalid("unitId", "xã không còn hiệu lực (the commune is no longer in force)");
        }
        CriteriaSetDto set = criteria.inForce(dto.titleId(), null, clock.today())
                .orElseThrow(() -> ProblemException.invalid("titleId",
                        "danh hiệu không có bộ tiêu chí đang có hiệu lực (the title has no criteria set in force)"));
        if (set.subjectKind() != SubjectKind.COMMUNE) {
            throw ProblemException.invalid("titleId",
                    "danh hiệu này dành cho khu dân cư, không cho xã (the title is given to residential areas)");
        }
        requireReassessed(dto, null, unitId);
        cases.sameCommune(unitId, dto.titleId(), dto.year()).ifPresent(first -> {
            throw duplicate(first);
        });
        RecognitionCase c = newCase(dto, set, unitId);
        persist(c);
        steps.record(c, path, RecognitionAction.REGISTER, null, set.titleCode() + " v" + set.versionNo(),
                details("unitId", unitId, "titleId", c.titleId, "criteriaSetId", c.criteriaSetId, "year", c.year,
                        "kind", c.kind));
        return toDto(c, set);
    }

    /** A past decision made on paper for a commune. */
    public record RecordedDecision(long titleId, Long setId, String number, LocalDate signedOn, String signer,
            LocalDate validFrom, LocalDate validUntil, String note) {
    }

    /**
     * Records a past decision made on paper (history before the system, e.g. a former commune recognized in 2019): a
     * case of the signing year born RECOGNIZED (RECORD on its timeline, audited) and its decision, marked recorded. The
     * commune may be a former one. An admin whose scope holds the commune's province. Returns the decision's id.
     */
    @Transactional
    public long recordPaperDecision(long unitId, RecordedDecision dto) {
        String path = requireCommune(unitId);
        access.requireRecorder(path);
        CriteriaCatalogService.TitleRef title = criteria.title(dto.titleId())
                .orElseThrow(() -> ProblemException.notFound("Danh hiệu (title)", dto.titleId()));
        CriteriaSetDto set = (dto.setId() != null ? criteria.set(dto.setId()).filter(s -> s.titleId() == title.id())
                : criteria.covering(title.id(), dto.signedOn(), dto.signedOn()))
                        .orElseThrow(() -> ProblemException.invalid(dto.setId() != null ? "setId" : "titleId",
                                "danh hiệu không có bộ tiêu chí áp dụng ngày " + dto.signedOn()
                                        + " (the title has no criteria set for that day)"));
        if (set.subjectKind() != SubjectKind.COMMUNE) {
            throw ProblemException.invalid("titleId",
                    "danh hiệu này dành cho khu dân cư, không cho xã (the title is given to residential areas)");
        }
        if (dto.signedOn().isAfter(clock.today())) {
            throw ProblemException.invalid("signedOn", "ngày ký ở tương lai (signed in the future)");
        }
        LocalDate from = dto.validFrom() != null ? dto.validFrom() : dto.signedOn();
        LocalDate until = dto.validUntil() != null ? dto.validUntil()
                : RecognitionRules.validUntil(dto.signedOn(), set.validityYears());
        if (until != null && until.isBefore(from)) {
            throw ProblemException.invalid("validUntil",
                    "hiệu lực kết thúc trước khi bắt đầu (valid until before from)");
        }
        int year = dto.signedOn().getYear();
        cases.sameCommune(unitId, title.id(), year).ifPresent(first -> {
            throw duplicate(first);
        });
        RecognitionCase c = new RecognitionCase();
        c.titleId = title.id();
        c.criteriaSetId = set.id();
        c.subjectKind = SubjectKind.COMMUNE.name();
        c.unitId = unitId;
        c.year = year;
        c.kind = RecognitionCaseKind.INITIAL;
        c.state = RecognitionCaseState.RECOGNIZED;
        c.registeredBy = caller.current().username();
        c.registeredAt = OffsetDateTime.now();
        c.updatedAt = c.registeredAt;
        persist(c);
        RecognitionDecision d = new RecognitionDecision();
        d.caseId = c.id;
        d.titleId = c.titleId;
        d.unitId = unitId;
        d.number = dto.number().strip();
        d.signedOn = dto.signedOn();
        d.signer = dto.signer().strip();
        d.level = set.decidingLevel();
        d.validFrom = from;
        d.validUntil = until;
        d.recorded = true;
        d.createdBy = caller.current().username();
        d.createdAt = OffsetDateTime.now();
        decisions.persistAndFlush(d);
        steps.record(c, path, RecognitionAction.RECORD, null,
                d.number + " " + d.signedOn + (blank(dto.note()) == null ? "" : ": " + dto.note().strip()),
                details("unitId", unitId, "titleId", c.titleId, "criteriaSetId", c.criteriaSetId, "decisionId", d.id,
                        "number", d.number, "signedOn", d.signedOn, "signer", d.signer, "validUntil", d.validUntil,
                        "recorded", true));
        return d.id;
    }

    /** The scope path of a commune (a unit of level COMMUNE, in force or former): 404 otherwise. */
    private String requireCommune(long unitId) {
        cases.unitLevel(unitId).filter(r -> "COMMUNE".equals(r[0]))
                .orElseThrow(() -> ProblemException.notFound("Xã (commune)", unitId));
        return cases.unitPath(unitId).orElseThrow();
    }

    private boolean current(long unitId) {
        return cases.unitLevel(unitId).map(r -> r[1] == null).orElse(false);
    }

    private RecognitionCase newCase(RecognitionDtos.Registration dto, CriteriaSetDto set, long unitId) {
        RecognitionCase c = new RecognitionCase();
        c.titleId = dto.titleId();
        c.criteriaSetId = set.id();
        c.subjectKind = set.subjectKind().name();
        c.unitId = unitId;
        c.year = dto.year();
        c.kind = dto.kind();
        c.reassessesDecisionId = dto.reassessesDecisionId();
        c.state = RecognitionCaseState.REGISTERED;
        c.registeredBy = caller.current().username();
        c.registeredAt = OffsetDateTime.now();
        c.updatedAt = c.registeredAt;
        return c;
    }

    private void persist(RecognitionCase c) {
        try {
            cases.persistAndFlush(c);
        } catch (PersistenceException e) {
            throw duplicate(null); // a registration of the same subject committed in between
        }
    }

    @Transactional
    public PageResult<RecognitionDtos.Summary> list(Long unitId, Integer year, Long titleId, RecognitionCaseState state,
            Long areaId, PageRequest page) {
        String unitPath = unitId == null ? null : units.pathOf(unitId)
                .orElseThrow(() -> ProblemException.invalid("unitId", "đơn vị không tồn tại (no such unit)"));
        Long own = access.ownArea().orElse(null);
        if (own != null && areaId != null && !own.equals(areaId)) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        var found = cases.page(new RecognitionCaseRepository.Filter(scope.scopePath(), unitPath,
                own != null ? own : areaId, year, titleId, state), page.offset(), page.size());
        List<Long> ids = found.getKey();
        Map<Long, RecognitionCase> byId = ids.isEmpty() ? Map.of()
                : cases.list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<RecognitionCase> ordered = ids.stream().map(byId::get).toList();
        Map<Long, String> titleNames = new HashMap<>();
        for (RecognitionCase c : ordered) {
            titleNames.computeIfAbsent(c.criteriaSetId, s -> criteria.set(s).map(CriteriaSetDto::titleName).orElse(""));
        }
        Map<Long, ResidentialAreaDto> named = areas
                .byIds(ordered.stream().map(c -> c.residentialAreaId).filter(Objects::nonNull).distinct().toList());
        Map<Long, Long> decided = decisions.idsOfCases(ids);
        Map<Long, String> unitNames = new HashMap<>();
        List<RecognitionDtos.Summary> items = ordered.stream()
                .map(c -> mapper.toSummary(c, titleNames.get(c.criteriaSetId),
                        c.residentialAreaId == null ? null : areaRef(named.get(c.residentialAreaId)),
                        unitNames.computeIfAbsent(c.unitId, units::nameOf), decided.get(c.id)))
                .toList();
        return new PageResult<>(items, page.page(), page.size(), found.getValue());
    }

    @Transactional
    public RecognitionDtos.Case get(long id) {
        RecognitionCase c = steps.require(id);
        access.requireReader(c);
        return toDto(c, steps.setOf(c));
    }

    @Transactional
    public List<RecognitionDtos.Event> timeline(long id) {
        RecognitionCase c = steps.require(id);
        access.requireReader(c);
        List<RecognitionCaseEvent> events = cases.timeline(id);
        PeopleService.People named = people.byUsername(events.stream().map(e -> e.actor).toList());
        return events.stream().map(e -> mapper.toDto(e, named.of(e.actor))).toList();
    }

    /** REGISTERED → SELF_ASSESSED: every criterion of the set assessed. */
    @Transactional
    public RecognitionDtos.Case submit(long id, RecognitionDtos.VersionOnly dto) {
        RecognitionCase c = steps.require(id);
        access.requireAssessor(c);
        check(c, RecognitionAction.SUBMIT, dto.version());
        CriteriaSetDto set = steps.setOf(c);
        Map<Long, RecognitionAssessment> byCriterion = byCriterion(c);
        List<String> missing = set.criteria().stream()
                .filter(k -> !byCriterion.containsKey(k.id()) || !byCriterion.get(k.id()).assessed())
                .map(CriteriaSetDto.CriterionView::code).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Chưa tự đánh giá các tiêu chí "
                    + String.join(", ", missing) + " (criteria not yet assessed: " + String.join(", ", missing) + ")");
        }
        RecognitionCaseState from = c.state;
        c.state = RecognitionAction.SUBMIT.next(from);
        c.selfScore = RecognitionRules.judge(set, outcomes(byCriterion, false)).score();
        return step(c, set, RecognitionAction.SUBMIT, from, null, details("selfScore", c.selfScore));
    }

    /** SELF_ASSESSED → REVIEWED: every criterion reviewed, and the reviewed results meet the set's rule. */
    @Transactional
    public RecognitionDtos.Case completeReview(long id, RecognitionDtos.VersionOnly dto) {
        RecognitionCase c = steps.require(id);
        access.requireCommuneEditor(c);
        check(c, RecognitionAction.COMPLETE_REVIEW, dto.version());
        CriteriaSetDto set = steps.setOf(c);
        Map<Long, RecognitionAssessment> byCriterion = byCriterion(c);
        List<String> missing = set.criteria().stream()
                .filter(k -> !byCriterion.containsKey(k.id()) || !byCriterion.get(k.id()).reviewed())
                .map(CriteriaSetDto.CriterionView::code).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Chưa rà soát các tiêu chí " + String.join(", ", missing)
                    + " (criteria not yet reviewed: " + String.join(", ", missing) + ")");
        }
        RecognitionRules.Verdict verdict = RecognitionRules.judge(set, outcomes(byCriterion, true));
        if (!verdict.meets()) {
            String failing = String.join(", ", verdict.failing());
            throw new ProblemException(ProblemType.CRITERIA_NOT_MET,
                    "Không đạt bộ tiêu chí: " + failing + scoreNote(set, verdict) + " (the criteria are not met: "
                            + failing + "; change the review or withdraw the case)");
        }
        RecognitionCaseState from = c.state;
        c.state = RecognitionAction.COMPLETE_REVIEW.next(from);
        c.reviewedScore = verdict.score();
        return step(c, set, RecognitionAction.COMPLETE_REVIEW, from, null, details("reviewedScore", c.reviewedScore));
    }

    /** REVIEWED → POSTED: the public posting, at least the set's posting days, counting both ends. */
    @Transactional
    public RecognitionDtos.Case post(long id, RecognitionDtos.Posting dto) {
        RecognitionCase c = steps.require(id);
        access.requireCommuneEditor(c);
        check(c, RecognitionAction.POST, dto.version());
        CriteriaSetDto set = steps.setOf(c);
        if (dto.postedTo().isBefore(dto.postedFrom())) {
            throw ProblemException.invalid("postedTo",
                    "ngày kết thúc trước ngày bắt đầu niêm yết (the posting ends before it starts)");
        }
        if (!RecognitionRules.postingLongEnough(dto.postedFrom(), dto.postedTo(), set.postingDays())) {
            throw ProblemException.invalid("postedTo",
                    "niêm yết ít nhất " + set.postingDays() + " ngày, tính cả hai đầu" + " (the posting lasts at least "
                            + set.postingDays() + " days, counting both ends)");
        }
        RecognitionCaseState from = c.state;
        c.state = RecognitionAction.POST.next(from);
        c.postedFrom = dto.postedFrom();
        c.postedTo = dto.postedTo();
        c.postingPlace = dto.place().strip();
        return step(c, set, RecognitionAction.POST, from,
                dto.postedFrom() + " – " + dto.postedTo() + ", " + c.postingPlace,
                details("postedFrom", c.postedFrom, "postedTo", c.postedTo, "place", c.postingPlace));
    }

    /** A comment received during the posting, while the case is POSTED. */
    @Transactional
    public RecognitionDtos.Case addComment(long id, RecognitionDtos.PostingCommentWrite dto) {
        RecognitionCase c = steps.require(id);
        access.requireCommuneEditor(c);
        check(c, RecognitionAction.POSTING_COMMENT, dto.version());
        if (dto.receivedOn().isAfter(clock.today())) {
            throw ProblemException.invalid("receivedOn", "ngày nhận ở tương lai (received in the future)");
        }
        RecognitionPostingComment comment = new RecognitionPostingComment();
        comment.caseId = c.id;
        comment.receivedOn = dto.receivedOn();
        comment.content = dto.content().strip();
        comment.response = blank(dto.response());
        comment.recordedBy = caller.current().username();
        comment.recordedAt = OffsetDateTime.now();
        cases.record(comment);
        return step(c, steps.setOf(c), RecognitionAction.POSTING_COMMENT, c.state, null,
                details("commentId", comment.id, "receivedOn", comment.receivedOn));
    }

    /**
     * POSTED → VOTED, or REFUSED when the vote fails. The posting must have ended (its last day before today) and the
     * meeting come after it; the server counts the vote by the set's threshold.
     */
    @Transactional
    public RecognitionDtos.Case council(long id, RecognitionDtos.Council dto) {
        RecognitionCase c = steps.require(id);
        access.requireCommuneEditor(c);
        check(c, RecognitionAction.COUNCIL, dto.version());
        if (dto.present() > dto.members()) {
            throw ProblemException.invalid("present", "số có mặt nhiều hơn số thành viên (more present than members)");
        }
        if (dto.votesFor() + dto.votesAgainst() > dto.present()) {
            throw ProblemException.invalid("votesFor",
                    "số phiếu nhiều hơn số có mặt (more votes than members present)");
        }
        LocalDate today = clock.today();
        if (dto.metOn().isAfter(today)) {
            throw ProblemException.invalid("metOn", "ngày họp ở tương lai (the meeting lies in the future)");
        }
        if (!RecognitionRules.postingEnded(c.postedTo, today) || !dto.metOn().isAfter(c.postedTo)) {
            throw new ProblemException(ProblemType.POSTING_NOT_ENDED,
                    "Niêm yết đến hết ngày " + c.postedTo + ": hội đồng họp sau ngày đó (the posting lasts until "
                            + c.postedTo + "; the council meets after it)");
        }
        CriteriaSetDto set = steps.setOf(c);
        boolean passed = RecognitionRules.councilPasses(dto.votesFor(), dto.present(), set.voteThresholdPercent());
        RecognitionCaseState from = c.state;
        c.councilMetOn = dto.metOn();
        c.councilMembers = dto.members();
        c.councilPresent = dto.present();
        c.votesFor = dto.votesFor();
        c.votesAgainst = dto.votesAgainst();
        c.councilMemberNames = blank(dto.memberNames());
        c.councilPassed = passed;
        String tally = dto.votesFor() + "/" + dto.present() + " phiếu tán thành, cần "
                + RecognitionRules.votesNeeded(dto.present(), set.voteThresholdPercent()) + " (" + dto.votesFor()
                + " of " + dto.present() + " present for, "
                + RecognitionRules.votesNeeded(dto.present(), set.voteThresholdPercent()) + " needed)";
        if (passed) {
            c.state = RecognitionAction.COUNCIL.next(from);
        } else {
            c.state = RecognitionCaseState.REFUSED;
            c.refusalReasons = "Hội đồng không thông qua: " + tally;
            loseReassessed(c);
        }
        return step(c, set, RecognitionAction.COUNCIL, from, tally,
                details("metOn", c.councilMetOn, "members", c.councilMembers, "present", c.councilPresent, "votesFor",
                        c.votesFor, "votesAgainst", c.votesAgainst, "passed", passed));
    }

    /** VOTED → APPRAISED, or REFUSED: the deciding level's appraisal. */
    @Transactional
    public RecognitionDtos.Case appraise(long id, RecognitionDtos.Appraisal dto) {
        RecognitionCase c = steps.require(id);
        CriteriaSetDto set = steps.setOf(c);
        access.requireDecidingBody(c, set.decidingLevel(), Role.APPRAISER);
        check(c, RecognitionAction.APPRAISE, dto.version());
        LocalDate on = dto.appraisedOn() != null ? dto.appraisedOn() : clock.today();
        if (on.isAfter(clock.today())) {
            throw ProblemException.invalid("appraisedOn", "ngày thẩm định ở tương lai (appraised in the future)");
        }
        RecognitionCaseState from = c.state;
        c.appraisedOn = on;
        c.appraisedBy = caller.current().username();
        c.appraisalPassed = dto.passed();
        c.appraisalOpinion = dto.opinion().strip();
        if (dto.passed()) {
            c.state = RecognitionAction.APPRAISE.next(from);
        } else {
            c.state = RecognitionCaseState.REFUSED;
            c.refusalReasons = c.appraisalOpinion;
            loseReassessed(c);
        }
        return step(c, set, RecognitionAction.APPRAISE, from, c.appraisalOpinion,
                details("passed", dto.passed(), "appraisedOn", on));
    }

    /** APPRAISED → RECOGNIZED: the decision, valid until the day given or the signing day plus the set's years. */
    @Transactional
    public RecognitionDtos.Case decide(long id, RecognitionDtos.DecisionWrite dto) {
        RecognitionCase c = steps.require(id);
        CriteriaSetDto set = steps.setOf(c);
        access.requireDecidingBody(c, set.decidingLevel(), Role.EDITOR);
        check(c, RecognitionAction.DECIDE, dto.version());
        if (dto.signedOn().isAfter(clock.today())) {
            throw ProblemException.invalid("signedOn", "ngày ký ở tương lai (signed in the future)");
        }
        LocalDate until = dto.validUntil() != null ? dto.validUntil()
                : RecognitionRules.validUntil(dto.signedOn(), set.validityYears());
        if (until != null && until.isBefore(dto.signedOn())) {
            throw ProblemException.invalid("validUntil",
                    "hiệu lực kết thúc trước ngày ký (valid until before signing)");
        }
        RecognitionDecision d = new RecognitionDecision();
        d.caseId = c.id;
        d.titleId = c.titleId;
        d.residentialAreaId = c.residentialAreaId;
        d.unitId = c.unitId;
        d.number = dto.number().strip();
        d.signedOn = dto.signedOn();
        d.signer = dto.signer().strip();
        d.level = set.decidingLevel();
        d.validFrom = dto.signedOn();
        d.validUntil = until;
        d.createdBy = caller.current().username();
        d.createdAt = OffsetDateTime.now();
        decisions.persistAndFlush(d);
        RecognitionCaseState from = c.state;
        c.state = RecognitionAction.DECIDE.next(from);
        return step(c, set, RecognitionAction.DECIDE, from, d.number + " " + d.signedOn, details("decisionId", d.id,
                "number", d.number, "signedOn", d.signedOn, "level", d.level, "validUntil", d.validUntil));
    }

    /** APPRAISED → REFUSED with reasons; a refused re-assessment takes the title away. */
    @Transactional
    public RecognitionDtos.Case refuse(long id, RecognitionDtos.Refusal dto) {
        RecognitionCase c = steps.require(id);
        CriteriaSetDto set = steps.setOf(c);
        access.requireDecidingBody(c, set.decidingLevel(), Role.EDITOR);
        check(c, RecognitionAction.REFUSE, dto.version());
        RecognitionCaseState from = c.state;
        c.state = RecognitionAction.REFUSE.next(from);
        c.refusalReasons = dto.reasons().strip();
        loseReassessed(c);
        return step(c, set, RecognitionAction.REFUSE, from, c.refusalReasons, details("reasons", c.refusalReasons));
    }

    /** Withdrawn by the commune before the council has voted. */
    @Transactional
    public RecognitionDtos.Case withdraw(long id, RecognitionDtos.Withdrawal dto) {
        RecognitionCase c = steps.require(id);
        access.requireCommuneEditor(c);
        check(c, RecognitionAction.WITHDRAW, dto.version());
        RecognitionCaseState from = c.state;
        c.state = RecognitionAction.WITHDRAW.next(from);
        String reason = blank(dto.reason());
        return step(c, steps.setOf(c), RecognitionAction.WITHDRAW, from, reason, details("reason", reason));
    }

    // ---- shared by the steps

    private RecognitionDtos.Case step(RecognitionCase c, CriteriaSetDto set, RecognitionAction action,
            RecognitionCaseState from, String comment, Map<String, Object> details) {
        c.updatedAt = OffsetDateTime.now();
        steps.record(c, access.pathOf(c), action, from, comment, details);
        return toDto(c, set);
    }

    /** A re-assessment that fails takes the title away: the decision it re-assessed is lost on that day. */
    private void loseReassessed(RecognitionCase c) {
        if (c.kind != RecognitionCaseKind.REASSESSMENT || c.reassessesDecisionId == null) {
            return;
        }
        decisions.findByIdOptional(c.reassessesDecisionId).filter(d -> d.lostOn == null && d.revokedOn == null)
                .ifPresent(d -> {
                    d.lostOn = clock.today();
                    d.lostByCaseId = c.id;
                });
    }

    private void requireReassessed(RecognitionDtos.Registration dto, Long areaId, Long unitId) {
        if (dto.kind() == RecognitionCaseKind.INITIAL) {
            if (dto.reassessesDecisionId() != null) {
                throw ProblemException.invalid("reassessesDecisionId",
                        "chỉ dùng khi đánh giá lại (only for a REASSESSMENT)");
            }
            return;
        }
        if (dto.reassessesDecisionId() == null) {
            throw ProblemException.invalid("reassessesDecisionId", "bắt buộc khi đánh giá lại (required to re-assess)");
        }
        boolean ok = decisions.findByIdOptional(dto.reassessesDecisionId())
                .filter(d -> Objects.equals(d.residentialAreaId, areaId) && (unitId == null || unitId.equals(d.unitId))
                        && d.titleId.equals(dto.titleId()) && d.revokedOn == null && d.lostOn == null)
                .isPresent();
        if (!ok) {
            throw ProblemException.invalid("reassessesDecisionId",
                    "không phải quyết định còn hiệu lực của khu dân cư (xã) và danh hiệu này"
                            + " (not a decision in force of this area or commune and title)");
        }
    }

    private Map<Long, RecognitionAssessment> byCriterion(RecognitionCase c) {
        return assessments.ofCase(c.id).stream().collect(Collectors.toMap(a -> a.criterionId, Function.identity()));
    }

    /** The results judged: the reviewed ones where reviewed (when {@code reviewed}), else the self-assessed ones. */
    static Map<Long, RecognitionRules.Outcome> outcomes(Map<Long, RecognitionAssessment> byCriterion,
            boolean reviewed) {
        Map<Long, RecognitionRules.Outcome> results = new HashMap<>();
        byCriterion.forEach((criterion, a) -> {
            if (reviewed && a.reviewed()) {
                results.put(criterion, new RecognitionRules.Outcome(a.reviewedPassed, a.reviewedScore));
            } else if (a.assessed()) {
                results.put(criterion, new RecognitionRules.Outcome(a.selfPassed, a.selfScore));
            }
        });
        return results;
    }

    private static String scoreNote(CriteriaSetDto set, RecognitionRules.Verdict verdict) {
        if (set.passingScore() == null || set.passRule() != vn.danvan.criteria.PassRule.SCORE) {
            return "";
        }
        return "; điểm " + (verdict.score() == null ? BigDecimal.ZERO : verdict.score()) + "/" + set.passingScore();
    }

    private static ProblemException duplicate(Long first) {
        return new ProblemException(ProblemType.DUPLICATE,
                "Khu dân cư (xã) đã có hồ sơ cho danh hiệu này trong năm"
                        + (first == null ? "" : ": /api/v1/recognition-cases/" + first)
                        + " (the area has a case for this title and year)");
    }

    private static RecognitionDtos.AreaRef areaRef(ResidentialAreaDto area) {
        return area == null ? null : new RecognitionDtos.AreaRef(area.id(), area.code(), area.name());
    }

    // ---- the case as read

    RecognitionDtos.Case toDto(RecognitionCase c, CriteriaSetDto set) {
        Map<Long, RecognitionAssessment> byCriterion = byCriterion(c);
        Map<Long, List<AttachmentDto>> evidence = attachments.listOf(RecognitionAssessmentService.EVIDENCE_OWNER,
                byCriterion.values().stream().map(a -> a.id).toList());
        List<String> named = new ArrayList<>();
        evidence.values().forEach(files -> files.forEach(f -> named.add(f.uploadedBy())));
        PeopleService.People uploaders = people.byUsername(named);
        List<RecognitionDtos.CaseCriterion> list = set.criteria().stream().map(k -> {
            RecognitionAssessment a = byCriterion.get(k.id());
            RecognitionDtos.Assessment assessment = a == null ? notAssessed(k.id()) : mapper.toDto(a, evidence
                    .getOrDefault(a.id, List.of()).stream().map(f -> AttachmentService.named(f, uploaders)).toList());
            return mapper.toDto(k, assessment);
        }).toList();
        int assessed = (int) byCriterion.values().stream().filter(RecognitionAssessment::assessed).count();
        RecognitionRules.Verdict self = RecognitionRules.judge(set, outcomes(byCriterion, false));
        RecognitionRules.Verdict current = RecognitionRules.judge(set, outcomes(byCriterion, true));
        boolean anyReviewed = byCriterion.values().stream().anyMatch(RecognitionAssessment::reviewed);
        BigDecimal reviewedScore = anyReviewed
                ? byCriterion.values().stream().filter(a -> a.reviewed() && a.reviewedScore != null)
                        .map(a -> a.reviewedScore).reduce(BigDecimal::add).orElse(null)
                : null;
        ResidentialAreaDto area = c.residentialAreaId == null ? null
                : areas.byIds(List.of(c.residentialAreaId)).get(c.residentialAreaId);
        RecognitionDtos.PostingRecord posting = c.postedFrom == null ? null : new RecognitionDtos.PostingRecord(
                c.postedFrom, c.postedTo, c.postingPlace, cases.comments(c.id).stream().map(mapper::toDto).toList());
        RecognitionDtos.CouncilRecord council = c.councilMetOn == null ? null
                : new RecognitionDtos.CouncilRecord(c.councilMetOn, c.councilMembers, c.councilPresent, c.votesFor,
                        c.votesAgainst, c.councilMemberNames, Boolean.TRUE.equals(c.councilPassed));
        RecognitionDtos.AppraisalRecord appraisal = c.appraisedOn == null ? null : new RecognitionDtos.AppraisalRecord(
                Boolean.TRUE.equals(c.appraisalPassed), c.appraisalOpinion, c.appraisedOn, c.appraisedBy);
        RecognitionDtos.Decision decision = decisions.ofCase(c.id).map(d -> decisionDto(d, set.titleName()))
                .orElse(null);
        return new RecognitionDtos.Case(c.id, mapper.toTitle(set), mapper.toCaseSet(set), c.subjectKind, areaRef(area),
                c.unitId, units.nameOf(c.unitId), c.year, c.kind, c.reassessesDecisionId, c.state, self.score(),
                reviewedScore, current.meets(), assessed, set.criteria().size(), list, posting, council, appraisal,
                c.refusalReasons, decision, c.registeredBy, c.registeredAt, c.updatedAt, c.version);
    }

    RecognitionDtos.Decision decisionDto(RecognitionDecision d, String titleName) {
        return mapper.toDto(d, titleName,
                RecognitionRules.decisionStatus(d.revokedOn, d.lostOn, d.validUntil, clock.today()));
    }

    private static RecognitionDtos.Assessment notAssessed(long criterionId) {
        return new RecognitionDtos.Assessment(null, criterionId, null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of(), 0);
    }
}
