package vn.danvan.rural;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.account.PeopleService;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.attachment.AttachmentService;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.recognition.RecognitionDecisionService;
import vn.danvan.unit.UnitScopeService;

/**
 * A commune's NTM status as read: the list of a unit's communes (group, level in force, criteria met in a year), a
 * commune's criteria page by year, its standing against the set's revocation rule, and its decisions across the 2025
 * reform (a former commune's decisions stay its own and show under its successor).
 */
@ApplicationScoped
public class RuralStatusService {

    static final String STANDARD_TITLE = "XA-NTM";

    /** The most years one criteria page shows. */
    static final int MAX_YEARS = 10;

    @Inject
    RuralRepository repository;

    @Inject
    RuralCommuneGroupRepository groups;

    @Inject
    RuralAccess access;

    @Inject
    UnitScopeService scope;

    @Inject
    CriteriaCatalogService criteria;

    @Inject
    RecognitionDecisionService decisions;

    @Inject
    AttachmentService attachments;

    @Inject
    PeopleService people;

    @Inject
    BusinessClock clock;

    @Transactional
    public PageResult<RuralDtos.CommuneRow> list(Long unitId, Integer year, RuralLevelFilter level, Integer group,
            String kind, String q, PageRequest page) {
        String unitPath = unitId == null ? scope.scopePath()
                : repository.unitPath(unitId).orElseThrow(() -> ProblemException.notFound("Đơn vị (unit)", unitId));
        access.requireReader(unitPath);
        int wanted = year != null ? year : clock.today().getYear();
        LocalDate day = dayOf(wanted);
        var found = repository.page(
                new RuralRepository.ListFilter(scope.scopePath(), unitPath, day, wanted, level, group, kind, q),
                page.offset(), page.size());
        List<RuralRepository.ListLine> lines = found.getKey();
        Optional<CriteriaSetDto> set = standardSet(wanted);
        Map<Long, Integer> met = set
                .map(s -> repository.metCounts(s.id(), wanted, lines.stream().map(l -> l.commune().id()).toList()))
                .orElse(Map.of());
        int count = set.map(s -> repository.criteriaCount(s.id())).orElse(0);
        Map<Long, RuralRepository.Former> former = repository
                .formers(lines.stream().map(l -> l.commune().id()).toList());
        List<RuralDtos.CommuneRow> rows = lines.stream().map(l -> {
            RuralRepository.Former f = former.get(l.commune().id());
            return new RuralDtos.CommuneRow(l.commune().ref(), l.group(), l.level(), l.decisionId(), l.number(),
                    l.signedOn(), f == null ? null : f.communes(), f == null ? null : f.recognized(), wanted,
                    set.map(CriteriaSetDto::id).orElse(null), met.getOrDefault(l.commune().id(), 0), count);
        }).toList();
        return new PageResult<>(rows, page.page(), page.size(), found.getValue());
    }

    @Transactional
    public RuralDtos.CriteriaPage criteriaPage(long unitId, Long setId, Integer from, Integer to) {
        RuralRepository.Commune commune = requireCommune(unitId);
        access.requireReader(commune.path());
        int last = to != null ? to
                : from != null ? Math.min(from + 4, clock.today().getYear()) : clock.today().getYear();
        int first = from != null ? from : last - 4;
        if (first > last) {
            throw ProblemException.invalid("from", "năm bắt đầu sau năm kết thúc (from is after to)");
        }
        if (last - first + 1 > MAX_YEARS) {
            throw ProblemException.invalid("to", "tối đa " + MAX_YEARS + " năm (at most " + MAX_YEARS + " years)");
        }
        CriteriaSetDto set = setId != null ? ntmSet(setId) : standardSet(last).orElseThrow(() -> ProblemException
                .invalid("setId", "không có bộ tiêu chí xã NTM cho năm " + last + " (no XA-NTM set for the year)"));
        Integer group = groups.forYear(unitId, last).map(g -> (int) g.communeGroup).orElse(null);
        Map<Long, List<CriteriaCatalogService.VariantView>> variants = criteria.variants(set.id());
        List<Long> ids = set.criteria().stream().map(CriteriaSetDto.CriterionView::id).toList();
        List<RuralAssessment> rows = repository.assessments(unitId, ids, first, last);
        Map<Long, List<AttachmentDto>> evidence = attachments.listOf(RuralAssessmentService.EVIDENCE_OWNER,
                rows.stream().map(a -> a.id).toList());
        List<String> named = new ArrayList<>(rows.stream().map(a -> a.assessedBy).toList());
        evidence.values().forEach(files -> files.forEach(f -> named.add(f.uploadedBy())));
        PeopleService.People known = people.byUsername(named);
        Map<Long, Map<Integer, RuralAssessment>> byCriterion = new HashMap<>();
        rows.forEach(a -> byCriterion.computeIfAbsent(a.criterionId, k -> new HashMap<>()).put(a.year, a));
        List<RuralDtos.CriterionRow> list = new ArrayList<>();
        for (CriteriaSetDto.CriterionView k : set.criteria()) {
            List<RuralDtos.CriterionYear> years = new ArrayList<>();
            for (int y = first; y <= last; y++) {
                RuralAssessment a = byCriterion.getOrDefault(k.id(), Map.of()).get(y);
                years.add(a == null ? new RuralDtos.CriterionYear(y, false, null, null, null, null, null, List.of(), 0)
                        : new RuralDtos.CriterionYear(y, true, a.met, a.value, a.note, a.assessedBy, a.assessedAt,
                                evidence.getOrDefault(a.id, List.of()).stream()
                                        .map(f -> AttachmentService.named(f, known)).toList(),
                                a.version));
            }
            CriteriaCatalogService.VariantView variant = group == null ? null : variants.getOrDefault(k.id(), List.of())
                    .stream().filter(v -> v.communeGroup() == group).findFirst().orElse(null);
            list.add(new RuralDtos.CriterionRow(k.id(), k.parentId(), k.groupCode(), k.code(), k.name(),
                    k.kind().name(), k.unitOfMeasure(), k.comparison(),
                    variant != null && variant.threshold() != null ? variant.threshold() : k.threshold(),
                    variant == null ? null : variant.note(), k.key(), years));
        }
        return new RuralDtos.CriteriaPage(commune.ref(), group, setRef(set), first, last, list,
                access.canAssess(commune.path()) && commune.validTo() == null,
                access.canSetGroup(commune.path()) && commune.validTo() == null, access.canRecord(commune.path()));
    }

    @Transactional
    public List<RuralDtos.CommuneGroup> groups(long unitId) {
        RuralRepository.Commune commune = requireCommune(unitId);
        access.requireReader(commune.path());
        return groups.ofCommune(unitId).stream().map(RuralStatusService::groupDto).toList();
    }

    /**
     * The standing in a year: for each NTM decision of the commune's own in force, the year's assessments against the
     * title's set of that year (the decision's own set when none), and the set's revocation rule.
     */
    @Transactional
    public RuralDtos.Standing standing(long unitId, Integer year) {
        RuralRepository.Commune commune = requireCommune(unitId);
        access.requireReader(commune.path());
        int wanted = year != null ? year : clock.today().getYear();
        LocalDate day = dayOf(wanted);
        List<RuralRepository.Held> held = repository.decisions(commune).stream().filter(h -> h.unitId() == unitId)
                .toList();
        Map<Long, RuralRepository.Held> byId = held.stream()
                .collect(Collectors.toMap(RuralRepository.Held::decisionId, h -> h));
        List<RuralDtos.StandingTitle> titles = new ArrayList<>();
        RuralLevel highest = null;
        for (RecognitionDecisionService.Held d : decisions
                .held(held.stream().map(RuralRepository.Held::decisionId).toList())) {
            boolean inForce = !d.validFrom().isAfter(day) && (d.validUntil() == null || !d.validUntil().isBefore(day))
                    && (d.endedOn() == null || d.endedOn().isAfter(day));
            RuralRepository.Held h = byId.get(d.id());
            if (!inForce || h.level() == null) {
                continue;
            }
            if (highest == null || h.level().compareTo(highest) > 0) {
                highest = h.level();
            }
            CriteriaSetDto set = criteria
                    .covering(d.titleId(), LocalDate.of(wanted, 1, 1), LocalDate.of(wanted, 12, 31))
                    .orElseGet(() -> criteria.set(d.criteriaSetId()).orElseThrow());
            List<Long> ids = set.criteria().stream().map(CriteriaSetDto.CriterionView::id).toList();
            Map<Long, Boolean> met = new HashMap<>();
            repository.assessments(unitId, ids, wanted, wanted).forEach(a -> met.put(a.criterionId, a.met));
            Map<Long, Boolean> states = RuralRules.criterionStates(set, met);
            List<CriteriaSetDto.CriterionView> tops = set.criteria().stream().filter(k -> k.parentId() == null)
                    .toList();
            List<String> failed = tops.stream().filter(k -> Boolean.FALSE.equals(states.get(k.id())))
                    .map(CriteriaSetDto.CriterionView::code).toList();
            List<String> failedKey = tops.stream().filter(k -> k.key() && Boolean.FALSE.equals(states.get(k.id())))
                    .map(CriteriaSetDto.CriterionView::code).toList();
            RuralRules.Revocation rule = RuralRules.revocation(tops.size(), failed, failedKey,
                    set.revokeKeyFailPercent(), set.revokeFailPercent());
            titles.add(new RuralDtos.StandingTitle(d.id(), h.titleCode(), h.level(), d.number(), d.signedOn(),
                    setRef(set), tops.size(), states.size(), failed.size(), failed, failedKey,
                    set.revokeKeyFailPercent(), set.revokeFailPercent(), rule.required(), rule.verdict()));
        }
        return new RuralDtos.Standing(commune.ref(), wanted, highest, titles);
    }

    /** The commune's NTM decisions with its predecessors', newest first. */
    @Transactional
    public List<RuralDtos.Recognition> recognitions(long unitId) {
        RuralRepository.Commune commune = requireCommune(unitId);
        access.requireReader(commune.path());
        List<RuralRepository.Held> held = repository.decisions(commune);
        return recognitionsOf(held);
    }

    List<RuralDtos.Recognition> recognitionsOf(List<RuralRepository.Held> held) {
        Map<Long, RuralRepository.Held> byId = held.stream()
                .collect(Collectors.toMap(RuralRepository.Held::decisionId, h -> h));
        Map<Long, RuralRepository.Commune> subjects = repository
                .communes(held.stream().map(RuralRepository.Held::unitId).distinct().toList());
        List<RecognitionDecisionService.Held> found = decisions
                .held(held.stream().map(RuralRepository.Held::decisionId).toList());
        Map<Long, CriteriaCatalogService.TitleRef> titles = criteria
                .titles(found.stream().map(RecognitionDecisionService.Held::titleId).distinct().toList()).stream()
                .collect(Collectors.toMap(CriteriaCatalogService.TitleRef::id, t -> t));
        return found.stream().map(d -> {
            RuralRepository.Held h = byId.get(d.id());
            CriteriaCatalogService.TitleRef title = titles.get(d.titleId());
            RuralRepository.Commune subject = subjects.get(d.unitId());
            return new RuralDtos.Recognition(d.id(), d.caseId(), d.titleId(), h.titleCode(),
                    title == null ? h.titleCode() : title.name(), h.level(), d.criteriaSetId(),
                    subject == null ? null : subject.ref(), d.number(), d.signedOn(), d.signer(), d.validFrom(),
                    d.validUntil(), d.endedOn(), d.status(), d.recorded(), d.version());
        }).toList();
    }

    // ---- shared

    RuralRepository.Commune requireCommune(long unitId) {
        return repository.commune(unitId).orElseThrow(() -> ProblemException.notFound("Xã (commune)", unitId));
    }

    /** The XA-NTM set that applied in the year (published or retired since). */
    Optional<CriteriaSetDto> standardSet(int year) {
        return criteria.titleByCode(STANDARD_TITLE)
                .flatMap(t -> criteria.covering(t.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** A set of an NTM title, or 404. */
    CriteriaSetDto ntmSet(long setId) {
        if (!repository.ntmSet(setId)) {
            throw ProblemException.notFound("Bộ tiêu chí nông thôn mới (NTM criteria set)", setId);
        }
        return criteria.set(setId).orElseThrow();
    }

    RuralDtos.SetRef setRef(CriteriaSetDto set) {
        Object[] directive = repository.directiveOf(set.id());
        return new RuralDtos.SetRef(set.id(), set.titleCode(), set.name(), RuralLevel.of(set.level()), set.versionNo(),
                set.effectiveFrom(), set.effectiveTo(), set.status().name(),
                directive[0] == null ? null : ((Number) directive[0]).longValue(), (String) directive[1]);
    }

    /** The day a year's level is read on: 31 December of a past year, today for this year or a later one. */
    private LocalDate dayOf(int year) {
        LocalDate today = clock.today();
        return year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
    }

    static RuralDtos.CommuneGroup groupDto(RuralCommuneGroup g) {
        return new RuralDtos.CommuneGroup(g.unitId, g.periodFrom, g.periodTo, g.communeGroup, g.note, g.setBy, g.setAt,
                g.version);
    }
}
