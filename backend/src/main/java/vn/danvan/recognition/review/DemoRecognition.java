package vn.danvan.recognition.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import vn.danvan.unit.UnitService;
import vn.danvan.unit.residential.ResidentialAreaDto;
import vn.danvan.unit.residential.ResidentialAreaService;

/**
 * Demo recognition cases for {@code make run} (danvan.demo-data=true): An Giang's demo residential areas (phường Rạch
 * Giá's Khu phố 3–5, xã Mỹ Hòa Hưng's three ấp; Khu phố 1 and 2 stay free for the end-to-end test and the area
 * reporters) under the two demo titles, in every state of a case, with a lapsed decision and a revoked one, their
 * assessments, posting comments and timelines. Written with SQL after the demo criteria (priority 2500); idempotent;
 * off in production and tests.
 */
@ApplicationScoped
public class DemoRecognition {

    private static final Logger LOG = Logger.getLogger(DemoRecognition.class);
    private static final String ACTOR = "system:demo-data";
    private static final String MODEL_AREA = "KDC-KIEU-MAU-91";
    private static final String CULTURAL_AREA = "THON-TDP-VAN-HOA-91";
    private static final List<String> ORDER = List.of("REGISTERED", "SELF_ASSESSED", "REVIEWED", "POSTED", "VOTED",
            "APPRAISED", "RECOGNIZED");

    /** One demo case: the area, the title, the year, the state it reached; a decision's fate when recognized. */
    private record Plan(String area, String title, int year, String state, Fate fate) {
    }

    private enum Fate {
        NONE, IN_FORCE, LAPSED, REVOKED
    }

    private static final List<Plan> PLANS = List.of(new Plan("30742-KP03", MODEL_AREA, 2022, "RECOGNIZED", Fate.LAPSED),
            new Plan("30742-KP04", MODEL_AREA, 2023, "RECOGNIZED", Fate.REVOKED),
            new Plan("30742-KP05", MODEL_AREA, 2024, "RECOGNIZED", Fate.IN_FORCE),
            new Plan("30313-AP01", MODEL_AREA, 2025, "RECOGNIZED", Fate.IN_FORCE),
            new Plan("30313-AP02", MODEL_AREA, 2025, "REFUSED", Fate.NONE),
            new Plan("30313-AP03", MODEL_AREA, 2025, "WITHDRAWN", Fate.NONE),
            new Plan("30742-KP03", MODEL_AREA, 2026, "APPRAISED", Fate.NONE),
            new Plan("30742-KP03", CULTURAL_AREA, 2026, "RECOGNIZED", Fate.IN_FORCE),
            new Plan("30742-KP04", CULTURAL_AREA, 2026, "VOTED", Fate.NONE),
            new Plan("30742-KP05", CULTURAL_AREA, 2026, "POSTED", Fate.NONE),
            new Plan("30313-AP01", CULTURAL_AREA, 2026, "REVIEWED", Fate.NONE),
            new Plan("30313-AP02", CULTURAL_AREA, 2026, "SELF_ASSESSED", Fate.NONE),
            new Plan("30313-AP03", CULTURAL_AREA, 2026, "REGISTERED", Fate.NONE));

    /** A title's set judging a year, with what the case needs of it. */
    private record SetFacts(long titleId, long setId, String decidingLevel, BigDecimal vote, Integer validityYears,
            List<Object[]> criteria) {
    }

    @Inject
    DanvanConfig config;

    @Inject
    EntityManager em;

    @Inject
    ResidentialAreaService areas;

    @Inject
    UnitService units;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    void load(@Observes @Priority(2600) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        if (!em.createNativeQuery("SELECT 1 FROM recognition_case WHERE registered_by = :actor LIMIT 1")
                .setParameter("actor", ACTOR).getResultList().isEmpty()) {
            return;
        }
        int made = 0;
        for (int i = 0; i < PLANS.size(); i++) {
            Plan plan = PLANS.get(i);
            ResidentialAreaDto area = areas.byCode(plan.area()).orElse(null);
            SetFacts set = set(plan.title(), LocalDate.of(plan.year(), 6, 1));
            if (area == null || set == null) {
                continue;
            }
            make(plan, i, area, set);
            made++;
        }
        LOG.infof("demo data: %d recognition cases of An Giang's residential areas", made);
    }

    private SetFacts set(String titleCode, LocalDate day) {
        List<?> rows = em
                .createNativeQuery("SELECT t.id, s.id, t.deciding_level, s.vote_threshold_percent,"
                        + " s.validity_years FROM criteria_set s JOIN recognition_title t ON t.id = s.title_id"
                        + " WHERE t.code = :code AND s.status = 'PUBLISHED' AND s.effective_from <= :day"
                        + " AND (s.effective_to IS NULL OR s.effective_to >= :day) ORDER BY s.version_no DESC LIMIT 1")
                .setParameter("code", titleCode).setParameter("day", day).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        long setId = ((Number) r[1]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> criteria = em
                .createNativeQuery(
                        "SELECT id, kind, max_points, code FROM criterion" + " WHERE set_id = :set ORDER BY position")
                .setParameter("set", setId).getResultList();
        return new SetFacts(((Number) r[0]).longValue(), setId, (String) r[2], (BigDecimal) r[3],
                r[4] == null ? null : ((Number) r[4]).intValue(), criteria);
    }

    private void make(Plan plan, int ordinal, ResidentialAreaDto area, SetFacts set) {
        int y = plan.year();
        boolean thisYear = y >= clock.today().getYear();
        LocalDate today = clock.today();
        // the steps' days: a past year runs its course; this year's cases are still on their way
        LocalDate registered = LocalDate.of(y, 3, 2);
        LocalDate selfAssessed = LocalDate.of(y, 6, 15);
        LocalDate reviewed = LocalDate.of(y, 8, 20);
        LocalDate postedFrom = thisYear && "POSTED".equals(plan.state()) ? today.minusDays(4) : LocalDate.of(y, 9, 1);
        LocalDate postedTo = postedFrom.plusDays(10);
        LocalDate council = LocalDate.of(y, 9, 25);
        LocalDate appraised = LocalDate.of(y, 10, 20);
        LocalDate decided = LocalDate.of(y, 12, 10 + ordinal % 10);
        if (decided.isAfter(today)) {
            decided = today.minusDays(1);
        }
        String state = plan.state();
        int reached = reachedStep(plan);
        String unitPath = units.pathOf(area.unitId()).orElse(null);

        boolean refused = "REFUSED".equals(state);
        boolean passes = !refused;
        List<Object[]> criteria = set.criteria();
        BigDecimal selfScore = BigDecimal.ZERO;
        long caseId = ((Number) em.createNativeQuery("INSERT INTO recognition_case (title_id, criteria_set_id,"
                + " subject_kind, residential_area_id, unit_id, year, kind, state, registered_by, registered_at,"
                + " updated_at) VALUES (:title, :set, 'RESIDENTIAL_AREA', :area, :unit, :year, 'INITIAL', 'REGISTERED',"
                + " :actor, :at, :at) RETURNING id").setParameter("title", set.titleId())
                .setParameter("set", set.setId()).setParameter("area", area.id()).setParameter("unit", area.unitId())
                .setParameter("year", y).setParameter("actor", ACTOR).setParameter("at", at(registered))
                .getSingleResult()).longValue();
        event(caseId, "REGISTER", null, "REGISTERED", registered, "Đăng ký xây dựng danh hiệu năm " + y);
        String current = "REGISTERED";

        if (reached >= 1 || refused || "WITHDRAWN".equals(state)) {
            int k = 0;
            for (Object[] c : criteria) {
                boolean scored = "SCORED".equals(c[1]);
                boolean fails = (refused && k % 4 == 1) || (!passes && k % 5 == 0) || (k == 6 && ordinal % 3 == 0);
                BigDecimal max = (BigDecimal) c[2];
                BigDecimal score = scored ? (fails ? max.divide(BigDecimal.valueOf(2)) : max) : null;
                if (scored) {
                    selfScore = selfScore.add(score);
                }
                em.createNativeQuery("INSERT INTO recognition_assessment (case_id, criterion_id, self_passed,"
                        + " self_score, self_note, assessed_by, assessed_at) VALUES (:case, :criterion,"
                        + " CAST(:passed AS boolean), CAST(:score AS numeric), :note, :actor, :at)")
                        .setParameter("case", caseId).setParameter("criterion", ((Number) c[0]).longValue())
                        .setParameter("passed", scored ? null : !fails).setParameter("score", score)
                        .setParameter("note", fails ? "Chưa đạt, đang khắc phục" : "Đạt").setParameter("actor", ACTOR)
                        .setParameter("at", at(selfAssessed)).executeUpdate();
                k++;
            }
            event(caseId, "SELF_ASSESS", null, null, selfAssessed, "Tự đánh giá " + criteria.size() + " tiêu chí");
            current = step(caseId, "SUBMIT", current, "SELF_ASSESSED", selfAssessed, "Gửi kết quả tự đánh giá lên xã");
            em.createNativeQuery("UPDATE recognition_case SET self_score = :score WHERE id = :id")
                    .setParameter("score", selfScore).setParameter("id", caseId).executeUpdate();
        }
        if ("WITHDRAWN".equals(state)) {
            step(caseId, "WITHDRAW", current, "WITHDRAWN", selfAssessed.plusDays(20),
                    "Khu dân cư xin rút hồ sơ để tiếp tục hoàn thiện tiêu chí");
            finish(caseId, "WITHDRAWN", selfAssessed.plusDays(20), unitPath, plan);
            return;
        }
        if (reached >= 2 || refused) {
            // the commune agrees with every criterion but the first one it reads differently
            em.createNativeQuery("UPDATE recognition_assessment SET review = 'AGREE', reviewed_passed = self_passed,"
                    + " reviewed_score = self_score, reviewed_by = :actor, reviewed_at = :at WHERE case_id = :case")
                    .setParameter("actor", ACTOR).setParameter("at", at(reviewed)).setParameter("case", caseId)
                    .executeUpdate();
            em.createNativeQuery("UPDATE recognition_assessment SET review = 'CHANGE', review_reason = :reason"
                    + " WHERE id = (SELECT min(id) FROM recognition_assessment WHERE case_id = :case)")
                    .setParameter("reason", "Xã kiểm tra thực tế: giữ kết quả nhưng ghi nhận cần duy trì thường xuyên")
                    .setParameter("case", caseId).executeUpdate();
            event(caseId, "REVIEW", null, null, reviewed, "Xã thẩm định từng tiêu chí");
            current = step(caseId, "COMPLETE_REVIEW", current, "REVIEWED", reviewed, "Hoàn thành thẩm định cấp xã");
            em.createNativeQuery("UPDATE recognition_case SET reviewed_score = self_score WHERE id = :id")
                    .setParameter("id", caseId).executeUpdate();
        }
        if (reached >= 3 || refused) {
            em.createNativeQuery("UPDATE recognition_case SET posted_from = :from, posted_to = :to, posting_place ="
                    + " :place WHERE id = :id").setParameter("from", postedFrom).setParameter("to", postedTo)
                    .setParameter("place", "Nhà văn hóa khu dân cư và trụ sở UBND xã").setParameter("id", caseId)
                    .executeUpdate();
            current = step(caseId, "POST", current, "POSTED", postedFrom,
                    "Niêm yết công khai từ " + postedFrom + " đến " + postedTo);
            if (ordinal % 2 == 0) {
                em.createNativeQuery("INSERT INTO recognition_posting_comment (case_id, received_on, content,"
                        + " response, recorded_by, recorded_at) VALUES (:case, :on, :content, :response, :actor, :at)")
                        .setParameter("case", caseId).setParameter("on", postedFrom.plusDays(2))
                        .setParameter("content", "Đề nghị khu dân cư sửa lại đèn chiếu sáng ở cuối hẻm")
                        .setParameter("response", "Ban Công tác Mặt trận đã vận động sửa xong")
                        .setParameter("actor", ACTOR).setParameter("at", at(postedFrom.plusDays(2))).executeUpdate();
                event(caseId, "POSTING_COMMENT", null, null, postedFrom.plusDays(2), "Ghi nhận một ý kiến góp ý");
            }
        }
        if (reached >= 4 || refused) {
            int members = 9;
            int present = 9 - ordinal % 2;
            int votesFor = present - (ordinal % 3 == 0 ? 1 : 0);
            boolean councilPassed = votesFor * 100 >= set.vote().doubleValue() * present;
            em.createNativeQuery("UPDATE recognition_case SET council_met_on = :on, council_members = :members,"
                    + " council_present = :present, votes_for = :for, votes_against = :against, council_passed ="
                    + " :passed, council_member_names = :names WHERE id = :id").setParameter("on", council)
                    .setParameter("members", members).setParameter("present", present).setParameter("for", votesFor)
                    .setParameter("against", present - votesFor).setParameter("passed", councilPassed)
                    .setParameter("names", "Hội đồng thi đua – khen thưởng xã (" + members + " thành viên)")
                    .setParameter("id", caseId).executeUpdate();
            current = step(caseId, "COUNCIL", current, "VOTED", council,
                    votesFor + "/" + present + " thành viên có mặt tán thành");
        }
        if (reached >= 5 || refused) {
            em.createNativeQuery("UPDATE recognition_case SET appraised_on = :on, appraised_by = :by,"
                    + " appraisal_passed = :passed, appraisal_opinion = :opinion WHERE id = :id")
                    .setParameter("on", appraised)
                    .setParameter("by",
                            "PROVINCE".equals(set.decidingLevel())
                                    ? "Ban Thường trực Ủy ban MTTQ tỉnh" : "Hội đồng thi đua – khen thưởng xã")
                    .setParameter("passed", passes)
                    .setParameter("opinion",
                            passes ? "Đủ điều kiện đề nghị công nhận"
                                    : "Chưa đạt tiêu chí 1.2 và 4.1: đề nghị chưa công nhận")
                    .setParameter("id", caseId).executeUpdate();
            current = step(caseId, "APPRAISE", current, "APPRAISED", appraised,
                    passes ? "Thẩm định đạt" : "Thẩm định chưa đạt");
        }
        if (refused) {
            em.createNativeQuery("UPDATE recognition_case SET refusal_reasons = :reasons WHERE id = :id")
                    .setParameter("reasons", "Chưa đạt hai tiêu chí then chốt (giảm nghèo, an ninh trật tự)")
                    .setParameter("id", caseId).executeUpdate();
            step(caseId, "REFUSE", current, "REFUSED", appraised.plusDays(10), "Không công nhận năm " + y);
            finish(caseId, "REFUSED", appraised.plusDays(10), unitPath, plan);
            return;
        }
        if (reached >= 6) {
            boolean province = "PROVINCE".equals(set.decidingLevel());
            LocalDate until = set.validityYears() == null ? null : decided.plusYears(set.validityYears()).minusDays(1);
            long decisionId = ((Number) em.createNativeQuery("INSERT INTO recognition_decision (case_id, title_id,"
                    + " residential_area_id, unit_id, number, signed_on, signer, level, valid_from, valid_until,"
                    + " created_by, created_at) VALUES (:case, :title, :area, :unit, :number, :signed, :signer,"
                    + " :level, :signed, CAST(:until AS date), :actor, :at) RETURNING id").setParameter("case", caseId)
                    .setParameter("title", set.titleId()).setParameter("area", area.id())
                    .setParameter("unit", area.unitId())
                    .setParameter("number", (100 + ordinal) + (province ? "/QĐ-UBND" : "/QĐ-UBND-X") + " (ví dụ)")
                    .setParameter("signed", decided)
                    .setParameter("signer", province ? "Chủ tịch UBND tỉnh An Giang" : "Chủ tịch UBND xã")
                    .setParameter("level", province ? "PROVINCE" : "COMMUNE").setParameter("until", until)
                    .setParameter("actor", ACTOR).setParameter("at", at(decided)).getSingleResult()).longValue();
            current = step(caseId, "DECIDE", current, "RECOGNIZED", decided,
                    "Quyết định công nhận" + (until == null ? "" : ", hiệu lực đến " + until));
            if (plan.fate() == Fate.REVOKED) {
                LocalDate revoked = decided.plusMonths(30).isAfter(today) ? today.minusDays(30)
                        : decided.plusMonths(30);
                em.createNativeQuery("UPDATE recognition_decision SET revoked_on = :on, revocation_number = :number,"
                        + " revocation_reason = :reason, revoked_by = :actor WHERE id = :id")
                        .setParameter("on", revoked).setParameter("number", (200 + ordinal) + "/QĐ-UBND (ví dụ)")
                        .setParameter("reason",
                                "Khu dân cư để xảy ra vụ việc an ninh trật tự phức tạp, không giữ"
                                        + " vững tiêu chí 4.1")
                        .setParameter("actor", ACTOR).setParameter("id", decisionId).executeUpdate();
                event(caseId, "REVOKE", current, current, revoked, "Thu hồi quyết định công nhận");
            }
        }
        finish(caseId, current, decided, unitPath, plan);
    }

    /** How far along the procedure the plan went: 0 registered … 6 recognized. */
    private static int reachedStep(Plan plan) {
        return Math.max(0, ORDER.indexOf(plan.state()));
    }

    private void finish(long caseId, String state, LocalDate day, String unitPath, Plan plan) {
        em.createNativeQuery("UPDATE recognition_case SET state = :state, updated_at = :at WHERE id = :id")
                .setParameter("state", state).setParameter("at", at(day)).setParameter("id", caseId).executeUpdate();
        audit.recordAs(ACTOR, "RecognitionCase", caseId, AuditAction.CREATE, unitPath,
                Map.of("area", plan.area(), "title", plan.title(), "year", plan.year(), "state", state));
    }

    private String step(long caseId, String action, String from, String to, LocalDate day, String comment) {
        event(caseId, action, from, to, day, comment);
        return to;
    }

    private void event(long caseId, String action, String from, String to, LocalDate day, String comment) {
        em.createNativeQuery("INSERT INTO recognition_case_event (case_id, action, from_state, to_state, actor, at,"
                + " comment) VALUES (:case, :action, CAST(:from AS varchar), CAST(:to AS varchar), :actor, :at,"
                + " :comment)").setParameter("case", caseId).setParameter("action", action).setParameter("from", from)
                .setParameter("to", to).setParameter("actor", ACTOR).setParameter("at", at(day))
                .setParameter("comment", comment).executeUpdate();
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
    }

}
