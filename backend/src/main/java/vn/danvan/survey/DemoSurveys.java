package vn.danvan.survey;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.criteria.CriteriaCatalogService;
import vn.danvan.criteria.CriteriaSetDto;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.UnitSummaryDto;
import vn.danvan.unit.organization.OrganizationKind;
import vn.danvan.unit.organization.OrganizationService;
import vn.danvan.unit.residential.ResidentialAreaDto;
import vn.danvan.unit.residential.ResidentialAreaService;

/**
 * Demo satisfaction surveys for {@code make run} (danvan.demo-data=true), marked demo: phường Rạch Giá's Front asked
 * its five khu phố about building model residential areas (finished and published, every area above the plan's 70 %),
 * and xã Mỹ Hòa Hưng's Front is asking its three ấp (open, about a third answered; a commune NTM title when the
 * programme's titles are loaded, else the model-area one). The answers are drawn at random (fixed shares per question,
 * one criterion below the pass mark), written in bulk after the demo criteria and areas (priority 2900); idempotent;
 * off in production and tests.
 */
@ApplicationScoped
public class DemoSurveys {

    private static final Logger LOG = Logger.getLogger(DemoSurveys.class);
    private static final String ACTOR = "system:demo-data";
    private static final String MODEL_AREA = "KDC-KIEU-MAU-91";
    private static final String COMMUNE_NTM = "XA-NTM";

    /** One demo survey: its commune, title codes in order of preference, name, areas with households and share. */
    private record Plan(String commune, List<String> titles, String name, SatisfactionSurveyState state,
            Map<String, Integer> households, double answered) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("30742", List.of(MODEL_AREA),
                    "Lấy ý kiến sự hài lòng của người dân về kết quả xây dựng khu dân cư kiểu mẫu (dữ liệu mẫu)",
                    SatisfactionSurveyState.PUBLISHED,
                    households("30742-KP01", 120, "30742-KP02", 95, "30742-KP03", 140, "30742-KP04", 110, "30742-KP05",
                            85),
                    0.8),
            new Plan("30313", List.of(COMMUNE_NTM, MODEL_AREA),
                    "Lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới (dữ liệu mẫu)",
                    SatisfactionSurveyState.OPEN, households("30313-AP01", 160, "30313-AP02", 130, "30313-AP03", 105),
                    0.35));

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DanvanConfig config;

    @Inject
    EntityManager em;

    @Inject
    SurveyRepository surveys;

    @Inject
    CriteriaCatalogService criteria;

    @Inject
    UnitService units;

    @Inject
    ResidentialAreaService areas;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    void load(@Observes @Priority(2900) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        int added = 0;
        for (Plan plan : PLANS) {
            added += load(plan) ? 1 : 0;
        }
        if (added > 0) {
            LOG.infof("Demo satisfaction surveys: %d added", added);
        }
    }

    private boolean load(Plan plan) {
        UnitSummaryDto commune = units.currentByCode(plan.commune()).filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElse(null);
        CriteriaCatalogService.TitleRef title = plan.titles().stream().map(criteria::titleByCode)
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        if (commune == null || title == null
                || surveys.count("unitId = ?1 and name = ?2 and demo = true", commune.id(), plan.name()) > 0) {
            return false;
        }
        Map<Long, Integer> planned = new LinkedHashMap<>();
        plan.households().forEach((code, n) -> areas.byCode(code).filter(ResidentialAreaDto::current)
                .ifPresent(a -> planned.put(a.id(), n)));
        if (planned.isEmpty()) {
            return false;
        }
        LocalDate today = clock.today();
        String path = units.pathOf(commune.id()).orElseThrow();
        CriteriaSetDto set = criteria.inForce(title.id(), null, today).orElse(null);
        SatisfactionSurvey s = new SatisfactionSurvey();
        s.titleId = title.id();
        s.criteriaSetId = set == null ? null : set.id();
        s.unitId = commune.id();
        s.organizationId = organizations
                .currentOfKindUnder(OrganizationKind.FATHERLAND_FRONT, UnitLevel.COMMUNE, path, today).stream()
                .findFirst().orElse(null);
        s.name = plan.name();
        s.year = today.getYear();
        s.state = plan.state();
        s.minimumResponsePercent = new BigDecimal("70.00");
        s.thresholdPercent = new BigDecimal("80.00");
        s.codeSecret = new byte[32];
        RANDOM.nextBytes(s.codeSecret);
        s.openedOn = today.minusDays(plan.state() == SatisfactionSurveyState.OPEN ? 6 : 40);
        if (plan.state() == SatisfactionSurveyState.PUBLISHED) {
            s.closedOn = today.minusDays(12);
            s.publishedOn = today.minusDays(9);
        }
        s.demo = true;
        s.createdBy = ACTOR;
        s.createdAt = OffsetDateTime.now();
        s.updatedAt = s.createdAt;
        surveys.persistAndFlush(s);
        surveys.replaceDesign(s.id, scale(), questions(set),
                planned.entrySet().stream().map(e -> new SurveyRepository.PlanRow(e.getKey(), e.getValue())).toList());
        LocalDate lastDay = s.closedOn != null ? s.closedOn : today;
        planned.forEach((area, n) -> answers(s.id, area, (int) Math.ceil(n * plan.answered()), lastDay));
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("action", "DEMO_DATA");
        snapshot.put("state", s.state.name());
        snapshot.put("name", s.name);
        snapshot.put("titleId", s.titleId);
        snapshot.put("unitId", s.unitId);
        audit.recordAs(ACTOR, SurveyService.AUDIT_TYPE, s.id, AuditAction.CREATE, path, snapshot);
        return true;
    }

    private static List<SurveyRepository.Option> scale() {
        return SurveyService.DEFAULT_SCALE.stream().map(o -> new SurveyRepository.Option(o.value(), o.label(),
                SurveyService.DEFAULT_SATISFIED.contains(o.value()))).toList();
    }

    /** One question per criterion of the set; without a set, the campaign's five contents. */
    private static List<SurveyRepository.QuestionRow> questions(CriteriaSetDto set) {
        List<SurveyRepository.QuestionRow> rows = new ArrayList<>();
        if (set != null) {
            for (CriteriaSetDto.CriterionView c : set.criteria()) {
                if (c.parentId() == null) {
                    rows.add(new SurveyRepository.QuestionRow(0, rows.size() + 1, c.id(), c.code(), c.name(),
                            "Ông/bà hài lòng thế nào với kết quả thực hiện tiêu chí “" + c.name() + "” ở địa phương?"));
                }
            }
        }
        if (rows.isEmpty()) {
            List<String> contents = List.of("Phát triển kinh tế, giảm nghèo bền vững", "Văn hóa, giáo dục, y tế",
                    "Môi trường, cảnh quan", "Pháp luật, an ninh trật tự", "Dân chủ, giám sát, phản biện xã hội");
            for (int i = 0; i < contents.size(); i++) {
                rows.add(new SurveyRepository.QuestionRow(0, i + 1, null, "ND" + (i + 1), contents.get(i),
                        "Ông/bà hài lòng thế nào với kết quả về " + contents.get(i).toLowerCase() + "?"));
            }
        }
        return rows;
    }

    /**
     * {@code n} forms of an area over the ten days before {@code lastDay}, one in seven online, each answering every
     * question: satisfied about 85 % of the time, 75 % for every fourth question.
     */
    private void answers(long surveyId, long areaId, int n, LocalDate lastDay) {
        em.createNativeQuery("INSERT INTO satisfaction_response (survey_id, residential_area_id, received_on, channel)"
                + " SELECT :s, :a, CAST(:day AS date) - (g % 10), CASE WHEN g % 7 = 0 THEN 'ONLINE' ELSE 'PAPER' END"
                + " FROM generate_series(1, :n) g").setParameter("s", surveyId).setParameter("a", areaId)
                .setParameter("day", lastDay).setParameter("n", n).executeUpdate();
        em.createNativeQuery("INSERT INTO satisfaction_answer (response_id, survey_id, residential_area_id,"
                + " question_id, value) SELECT id, :s, :a, qid, CASE WHEN x < 0.03 THEN 1 WHEN x < 0.07 THEN 2"
                + " WHEN x < 0.15 THEN 3 WHEN x < 0.55 THEN 4 ELSE 5 END FROM (SELECT r.id, q.id AS qid,"
                + " random() * CASE WHEN q.position % 4 = 3 THEN 0.6 ELSE 1 END AS x FROM satisfaction_response r"
                + " JOIN satisfaction_question q ON q.survey_id = r.survey_id WHERE r.survey_id = :s"
                + " AND r.residential_area_id = :a) t").setParameter("s", surveyId).setParameter("a", areaId)
                .executeUpdate();
    }

    private static Map<String, Integer> households(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
