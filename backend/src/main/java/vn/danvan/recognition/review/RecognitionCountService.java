package vn.danvan.recognition.review;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.security.Caller;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.unit.UnitDetailDto;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.UnitScopeService;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.UnitSummaryDto;

/**
 * The recognition counts leaders read, for a unit of the caller's scope and a year: the cases and decisions of its
 * subtree in total and per unit right under it (a province's communes; the central level's provinces), by title and by
 * state; and which criteria hold areas back. As JSON and as a workbook.
 */
@ApplicationScoped
public class RecognitionCountService {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    @Inject
    RecognitionCountRepository counts;

    @Inject
    CriteriaCatalogService criteria;

    @Inject
    UnitService units;

    @Inject
    UnitScopeService scope;

    @Inject
    Caller caller;

    @Inject
    BusinessClock clock;

    /** The parameters of every count, read and checked by the resource. */
    public record Query(Long unitId, int year, Long titleId) {
    }

    /** The unit read, the path its subtree is counted under, and the units right under it. */
    private record Subtree(RecognitionCountDtos.UnitRef unit, UnitLevel level, String path,
            List<UnitSummaryDto> children) {

        /** The country's counts read the provinces' rows; a province's communes are rows of their own. */
        boolean countsByProvince() {
            return level == UnitLevel.NATIONAL;
        }

        /** The criteria of a province or the country: the provinces' rows (a commune's are its own). */
        boolean criteriaByProvince() {
            return level == UnitLevel.NATIONAL || level == UnitLevel.PROVINCE;
        }
    }

    @Transactional
    public RecognitionCountDtos.Counts counts(Query q) {
        Subtree subtree = subtree(q.unitId());
        requireTitle(q.titleId());
        LocalDate today = clock.today();
        List<RecognitionCountRepository.CaseGroup> cases = counts.cases(subtree.path(), subtree.countsByProvince(),
                q.year(), q.titleId());
        List<RecognitionCountRepository.DecisionGroup> decisions = counts.decisions(subtree.path(),
                subtree.countsByProvince(), q.year(), q.titleId(), today);

        Set<Long> titleIds = new LinkedHashSet<>();
        if (q.titleId() != null) {
            titleIds.add(q.titleId());
        }
        cases.forEach(g -> titleIds.add(g.titleId()));
        decisions.forEach(g -> titleIds.add(g.titleId()));
        List<RecognitionCountDtos.TitleRef> titles = criteria.titles(titleIds).stream()
                .map(t -> new RecognitionCountDtos.TitleRef(t.id(), t.code(), t.name()))
                .sorted(Comparator.comparing(RecognitionCountDtos.TitleRef::name, collator())
                        .thenComparing(RecognitionCountDtos.TitleRef::id))
                .toList();

        Tally total = new Tally();
        Map<String, Tally> byChild = new LinkedHashMap<>();
        subtree.children().forEach(c -> byChild.put(String.valueOf(c.id()), new Tally()));
        for (RecognitionCountRepository.CaseGroup g : cases) {
            RecognitionCountDtos.Figures f = new RecognitionCountDtos.Figures(
                    "WITHDRAWN".equals(g.state()) ? 0 : g.cases(), "REFUSED".equals(g.state()) ? g.cases() : 0, 0, 0, 0,
                    0, 0);
            total.add(g.titleId(), g.state(), g.cases(), f);
            child(byChild, g.child()).add(g.titleId(), g.state(), g.cases(), f);
        }
        for (RecognitionCountRepository.DecisionGroup g : decisions) {
            RecognitionCountDtos.Figures f = new RecognitionCountDtos.Figures(0, 0,
                    g.inForce() + g.lapsed() + g.revoked() + g.lost(), g.inForce(), g.lapsed(), g.revoked(), g.lost());
            total.add(g.titleId(), null, 0, f);
            child(byChild, g.child()).add(g.titleId(), null, 0, f);
        }
        Map<String, UnitSummaryDto> children = new HashMap<>();
        subtree.children().forEach(c -> children.put(String.valueOf(c.id()), c));
        List<RecognitionCountDtos.Row> rows = new ArrayList<>();
        byChild.forEach((key, tally) -> {
            if (key.isEmpty()) {
                return; // records of the unit itself: in the total only
            }
            UnitSummaryDto child = children.get(key);
            RecognitionCountDtos.UnitRef ref = child != null
                    ? new RecognitionCountDtos.UnitRef(child.id(), child.code(), child.name())
                    : new RecognitionCountDtos.UnitRef(Long.parseLong(key),
                            units.codeOf(Long.parseLong(key)).orElse(null), units.nameOf(Long.parseLong(key)));
            rows.add(tally.row(ref, titles));
        });
        rows.sort(Comparator.comparing(r -> r.unit().name(), collator()));
        return new RecognitionCountDtos.Counts(subtree.unit(), q.year(), q.titleId(), today, titles,
                total.row(subtree.unit(), titles), rows);
    }

    @Transactional
    public RecognitionCountDtos.CriterionFailures failures(Query q) {
        Subtree subtree = subtree(q.unitId());
        requireTitle(q.titleId());
        List<RecognitionCountRepository.CriterionGroup> groups = counts.criteria(subtree.path(),
                subtree.criteriaByProvince(), q.year(), q.titleId());
        Map<Long, CriteriaSetDto> sets = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        for (RecognitionCountRepository.CriterionGroup g : groups) {
            sets.computeIfAbsent(g.setId(), id -> {
                CriteriaSetDto set = criteria.set(id).orElse(null);
                if (set != null) {
                    for (int i = 0; i < set.criteria().size(); i++) {
                        order.put(set.criteria().get(i).id(), i);
                    }
                }
                return set;
            });
        }
        List<RecognitionCountDtos.CriterionFailure> list = new ArrayList<>();
        for (RecognitionCountRepository.CriterionGroup g : groups) {
            CriteriaSetDto set = sets.get(g.setId());
            if (set == null) {
                continue;
            }
            CriteriaSetDto.CriterionView c = set.criteria().stream().filter(v -> v.id() == g.criterionId()).findFirst()
                    .orElse(null);
            if (c == null) {
                continue;
            }
            double share = g.assessed() == 0 ? 0 : Math.round(g.failed() * 10000.0 / g.assessed()) / 10000.0;
            list.add(new RecognitionCountDtos.CriterionFailure(c.id(), c.code(), c.name(), null, c.key(), set.id(),
                    set.versionNo(), set.titleId(), set.titleName(), g.assessed(), g.failed(), share));
        }
        Comparator<String> names = collator();
        list.sort(Comparator.comparingDouble(RecognitionCountDtos.CriterionFailure::failureShare).reversed()
                .thenComparing(Comparator.comparingLong(RecognitionCountDtos.CriterionFailure::failed).reversed())
                .thenComparing(RecognitionCountDtos.CriterionFailure::titleName, names)
                .thenComparingLong(RecognitionCountDtos.CriterionFailure::titleId)
                .thenComparingInt(RecognitionCountDtos.CriterionFailure::setVersion)
                .thenComparingInt(f -> order.getOrDefault(f.criterionId(), Integer.MAX_VALUE)));
        return new RecognitionCountDtos.CriterionFailures(subtree.unit(), q.year(), q.titleId(), list);
    }

    /** Both tables as an .xlsx workbook (Vietnamese headers, the day it was made). */
    @Transactional
    public byte[] workbook(Query q) {
        return RecognitionCountWorkbook.of(counts(q), failures(q), clock.today());
    }

    /**
     * The unit asked for (404 when unknown, 403 out of the caller's scope), or the caller's own; the central level's
     * unit counts every province.
     */
    private Subtree subtree(Long unitId) {
        long id;
        if (unitId != null) {
            id = unitId;
        } else {
            scope.scopePath(); // 403 for an account without a unit in force
            id = units.currentByCode(caller.current().unitCode()).orElseThrow().id();
        }
        UnitDetailDto unit = units.get(id);
        RecognitionCountDtos.UnitRef ref = new RecognitionCountDtos.UnitRef(unit.id(), unit.code(), unit.name());
        if (unit.level() == UnitLevel.NATIONAL) {
            List<UnitSummaryDto> provinces = units
                    .list(null, null, UnitLevel.PROVINCE, null, false, new PageRequest(0, PageRequest.MAX_SIZE))
                    .items();
            return new Subtree(ref, unit.level(), "/", provinces);
        }
        return new Subtree(ref, unit.level(), units.pathOf(id).orElseThrow(), unit.children());
    }

    private void requireTitle(Long titleId) {
        if (titleId != null && criteria.title(titleId).isEmpty()) {
            throw ProblemException.notFound("Danh hiệu (title)", titleId);
        }
    }

    private static Tally child(Map<String, Tally> byChild, String key) {
        return byChild.computeIfAbsent(key, k -> new Tally());
    }

    private static Comparator<String> collator() {
        Collator c = (Collator) VIETNAMESE.clone();
        return c::compare;
    }

    /** The figures of one row as they add up: in all, by title, by state. */
    private static final class Tally {
        private RecognitionCountDtos.Figures all = RecognitionCountDtos.Figures.ZERO;
        private final Map<Long, RecognitionCountDtos.Figures> byTitle = new HashMap<>();
        private final Map<String, Long> byState = new HashMap<>();

        void add(long titleId, String state, long cases, RecognitionCountDtos.Figures f) {
            all = all.plus(f);
            byTitle.merge(titleId, f, RecognitionCountDtos.Figures::plus);
            if (state != null) {
                byState.merge(state, cases, Long::sum);
            }
        }

        RecognitionCountDtos.Row row(RecognitionCountDtos.UnitRef unit, List<RecognitionCountDtos.TitleRef> titles) {
            return new RecognitionCountDtos.Row(unit, all,
                    titles.stream()
                            .map(t -> new RecognitionCountDtos.TitleFigures(t.id(),
                                    byTitle.getOrDefault(t.id(), RecognitionCountDtos.Figures.ZERO)))
                            .toList(),
                    RecognitionCountDtos.STATES.stream()
                            .map(s -> new RecognitionCountDtos.StateCount(s, byState.getOrDefault(s, 0L))).toList());
        }
    }
}
