package vn.danvan.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.UnitSummaryDto;
import vn.danvan.unit.residential.ResidentialAreaDto;
import vn.danvan.unit.residential.ResidentialAreaService;

/**
 * The results of a survey, only ever as aggregates read from the counts V28's triggers keep (never a single answer):
 * the response rate by area against the sample plan, the share of satisfied answers overall, per criterion and per
 * question against the threshold, and whether it can be published. For its readers in any state, for everyone once
 * PUBLISHED (and the public list of published surveys), and as an .xlsx workbook.
 */
@ApplicationScoped
public class SurveyResultService {

    private static final java.text.Collator VIETNAMESE = java.text.Collator.getInstance(new java.util.Locale("vi"));

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyService service;

    @Inject
    SurveyAccess access;

    @Inject
    ResidentialAreaService areas;

    @Inject
    UnitService units;

    @Inject
    BusinessClock clock;

    @Transactional
    public SurveyDtos.Results results(long id) {
        SatisfactionSurvey s = service.require(id);
        access.requireReader(surveys.pathOf(s));
        return of(s);
    }

    /** The workbook of the results: the aggregate only. */
    @Transactional
    public byte[] export(long id) {
        return SurveyWorkbook.of(results(id), clock.today());
    }

    /** The results of a PUBLISHED survey, for anyone; any other survey is not found. */
    @Transactional
    public SurveyDtos.Results publicResults(long id) {
        SatisfactionSurvey s = surveys.findByIdOptional(id).filter(x -> x.state == SatisfactionSurveyState.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("Kết quả khảo sát đã công bố (published survey)", id));
        return of(s);
    }

    @Transactional
    public PageResult<SurveyDtos.PublicSurvey> publicList(String provinceCode, PageRequest page) {
        String path = null;
        if (provinceCode != null) {
            UnitSummaryDto province = units.currentByCode(provinceCode).filter(u -> u.level() == UnitLevel.PROVINCE)
                    .orElseThrow(() -> ProblemException.invalid("provinceCode",
                            "không có tỉnh, thành phố mang mã " + provinceCode + " (no province with this code)"));
            path = units.pathOf(province.id()).orElseThrow();
        }
        SurveyRepository.Page found = surveys.publishedPage(path, page.offset(), page.size());
        Map<Long, SatisfactionSurvey> byId = new HashMap<>();
        if (!found.ids().isEmpty()) {
            surveys.list("id in ?1", found.ids()).forEach(s -> byId.put(s.id, s));
        }
        Map<Long, String> provinces = surveys
                .provinceNames(byId.values().stream().map(s -> s.unitId).distinct().toList());
        Map<Long, long[]> totals = surveys.totals(found.ids());
        Map<Long, long[]> overall = surveys.overall(found.ids());
        Map<Long, SurveyDtos.Ref> titles = new HashMap<>();
        Map<Long, SurveyDtos.Ref> communes = new HashMap<>();
        List<SurveyDtos.PublicSurvey> items = new ArrayList<>();
        for (Long sid : found.ids()) {
            SatisfactionSurvey s = byId.get(sid);
            long[] answered = overall.getOrDefault(sid, new long[2]);
            SurveyDtos.Share share = share(answered[0], answered[1], s.thresholdPercent);
            items.add(new SurveyDtos.PublicSurvey(s.id, s.name,
                    titles.computeIfAbsent(s.titleId, service::titleRef).name(),
                    communes.computeIfAbsent(s.unitId, service::unitRef).name(), provinces.get(s.unitId), s.year,
                    s.publishedOn, totals.getOrDefault(sid, new long[2])[0], share.satisfiedPercent(), share.passed()));
        }
        return new PageResult<>(items, page.page(), page.size(), found.total());
    }

    /** The aggregate of a survey from the kept counts. */
    SurveyDtos.Results of(SatisfactionSurvey s) {
        List<SurveyRepository.Option> scale = surveys.scale(s.id);
        List<SurveyRepository.QuestionRow> questions = surveys.questions(s.id);
        List<SurveyRepository.PlanRow> plan = surveys.plan(s.id);
        Map<Long, Long> responded = surveys.responseCounts(s.id);
        Map<Long, ResidentialAreaDto> named = areas.byIds(plan.stream().map(SurveyRepository.PlanRow::areaId).toList());
        BigDecimal min = s.minimumResponsePercent;

        List<SurveyDtos.AreaRate> rates = new ArrayList<>();
        long planned = 0;
        long responses = 0;
        boolean everyArea = true;
        for (SurveyRepository.PlanRow p : plan) {
            long n = responded.getOrDefault(p.areaId(), 0L);
            boolean reached = reaches(n, p.households(), min);
            everyArea &= reached;
            planned += p.households();
            responses += n;
            rates.add(new SurveyDtos.AreaRate(p.areaId(),
                    named.containsKey(p.areaId()) ? named.get(p.areaId()).name() : "", p.households(), n,
                    percent(n, p.households()), reached));
        }
        rates.sort((a, b) -> VIETNAMESE.compare(a.name(), b.name()));
        boolean overallReached = planned > 0 && reaches(responses, planned, min);
        boolean sampleReached = overallReached && everyArea;

        Map<Long, Map<Integer, Long>> byQuestion = new HashMap<>();
        for (SurveyRepository.AnswerCount c : surveys.answerCounts(s.id)) {
            byQuestion.computeIfAbsent(c.questionId(), q -> new HashMap<>()).merge(c.value(), c.answers(), Long::sum);
        }
        BigDecimal threshold = s.thresholdPercent;
        Map<String, List<SurveyDtos.QuestionResult>> groups = new LinkedHashMap<>();
        Map<String, SurveyRepository.QuestionRow> groupHeads = new LinkedHashMap<>();
        long allAnswers = 0;
        long allSatisfied = 0;
        for (SurveyRepository.QuestionRow q : questions) {
            Map<Integer, Long> counts = byQuestion.getOrDefault(q.id(), Map.of());
            List<SurveyDtos.ValueCount> byValue = new ArrayList<>();
            long answers = 0;
            long satisfied = 0;
            for (SurveyRepository.Option o : scale) {
                long n = counts.getOrDefault(o.value(), 0L);
                byValue.add(new SurveyDtos.ValueCount(o.value(), o.label(), n, o.satisfied()));
                answers += n;
                satisfied += o.satisfied() ? n : 0;
            }
            allAnswers += answers;
            allSatisfied += satisfied;
            String key = q.criterionCode() + "\u0000" + q.criterionName();
            groupHeads.putIfAbsent(key, q);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(
                    new SurveyDtos.QuestionResult(q.id(), q.text(), share(answers, satisfied, threshold), byValue));
        }
        List<SurveyDtos.CriterionResult> criteria = new ArrayList<>();
        groups.forEach((key, list) -> {
            SurveyRepository.QuestionRow head = groupHeads.get(key);
            long answers = list.stream().mapToLong(x -> x.share().answers()).sum();
            long satisfied = list.stream().mapToLong(x -> x.share().satisfied()).sum();
            criteria.add(new SurveyDtos.CriterionResult(head.criterionId(), head.criterionCode(), head.criterionName(),
                    share(answers, satisfied, threshold), list));
        });

        List<SurveyDtos.Blocker> blockers = new ArrayList<>();
        if (s.state == SatisfactionSurveyState.DRAFT || s.state == SatisfactionSurveyState.OPEN) {
            blockers.add(new SurveyDtos.Blocker(
                    SurveyBlockers.SURVEY_NOT_CLOSED, "Cuộc khảo sát chưa kết thúc (" + s.state
                            + "): hãy kết thúc trước khi công bố" + " (the survey is not closed yet)",
                    s.state, null, null, null, null, null, null));
        }
        if (s.state != SatisfactionSurveyState.PUBLISHED && !sampleReached) {
            String minText = min.stripTrailingZeros().toPlainString();
            if (!overallReached) {
                blockers.add(new SurveyDtos.Blocker(SurveyBlockers.SAMPLE_NOT_REACHED,
                        "Chưa đạt tỷ lệ tối thiểu " + minText + "% số hộ theo kế hoạch: toàn xã " + responses + "/"
                                + planned + " hộ (" + percent(responses, planned)
                                + "%) (below the sample plan's minimum" + " share of " + minText + "% overall)",
                        null, null, null, responses, planned, percent(responses, planned), min));
            }
            for (SurveyDtos.AreaRate a : rates) {
                if (!a.reached()) {
                    blockers.add(new SurveyDtos.Blocker(SurveyBlockers.SAMPLE_NOT_REACHED,
                            "Khu dân cư " + a.name() + " chưa đạt tỷ lệ tối thiểu " + minText + "%: " + a.responses()
                                    + "/" + a.households() + " hộ (" + a.responsePercent() + "%) (below the minimum"
                                    + " share of " + minText + "% in this area)",
                            null, a.residentialAreaId(), a.name(), a.responses(), (long) a.households(),
                            a.responsePercent(), min));
                }
            }
        }
        return new SurveyDtos.Results(s.id, s.name, service.titleRef(s.titleId), service.unitRef(s.unitId), s.year,
                s.state, s.publishedOn, s.thresholdPercent, s.minimumResponsePercent, planned, responses,
                percent(responses, planned), sampleReached, rates, share(allAnswers, allSatisfied, threshold), criteria,
                s.state == SatisfactionSurveyState.CLOSED && sampleReached, blockers);
    }

    /** Whether {@code n} of {@code of} reaches {@code min} percent, exactly. */
    static boolean reaches(long n, long of, BigDecimal min) {
        return BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100))
                .compareTo(min.multiply(BigDecimal.valueOf(of))) >= 0;
    }

    static SurveyDtos.Share share(long answers, long satisfied, BigDecimal threshold) {
        boolean passed = answers > 0 && BigDecimal.valueOf(satisfied).multiply(BigDecimal.valueOf(100))
                .compareTo(threshold.multiply(BigDecimal.valueOf(answers))) > 0;
        return new SurveyDtos.Share(answers, satisfied, percent(satisfied, answers), passed);
    }

    /** n / of in percent with one decimal (0 when of is 0). */
    static double percent(long n, long of) {
        return of == 0 ? 0 : Math.round(n * 1000.0 / of) / 10.0;
    }
}
