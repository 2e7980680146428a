package vn.danvan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.CriteriaFixtures;
import vn.danvan.testing.RecognitionSetFixtures;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.RecognitionFixtures;
import vn.danvan.testing.RuralFixtures;
import vn.danvan.testing.SurveyFixtures;
import vn.danvan.testing.Tokens;

/**
 * The objects the authorization matrix is run against (described in authorization-matrix.txt), made through the API by
 * the province's editor and leader, and fresh copies of them for cells that change something.
 */
final class AuthorizationWorld {

    /** Where a caller sits: the claims unit_code and organization_code of their token. */
    record Seat(String unitCode, String organizationCode) {
    }

    /** A fresh commune of An Giang with a Party committee of its own. */
    record Commune(long id, String code, long partyCommittee, String partyCommitteeCode) {
        Seat seat() {
            return new Seat(code, partyCommitteeCode);
        }
    }

    private static final String EDITOR = Tokens.PROVINCE_EDITOR;
    private final AtomicInteger ordinals = new AtomicInteger(10);

    final long board = Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTGDV");
    final long provinceFront = Fixtures.organizationIdOf(Tokens.PROVINCE, "91-MTTQ");
    final long rachGiaCommittee = Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-UBND");
    final long rachGiaFront = Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-MTTQ");
    final long rachGiaUnit = Fixtures.unitIdOf(Tokens.COMMUNE);
    final long anGiangUnit = Fixtures.unitIdOf(Tokens.PROVINCE);
    final long hanoiFront = Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-MTTQ");
    final long hanoiCommittee = Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-TU");
    final long hanoiUnit = Api.as(Tokens.CENTRAL_ADMIN).get("/api/v1/units/by-code/" + Tokens.OTHER_PROVINCE).then()
            .statusCode(200).extract().jsonPath().getLong("unit.id");
    final Commune recipient = newCommune();
    final Commune monitor = newCommune();
    final Commune sibling = newCommune();

    final Map<String, Object> directive = directive(false, false);
    final long directiveAttachment = attach(id(directive));
    final Map<String, Object> publicDirective = directive(true, false);
    final long publicAttachment = attach(id(publicDirective));
    final Map<String, Object> confidentialDirective = directive(true, true);
    final long hiddenDirective = hanoiDirective();
    final Map<String, Object> task = task(id(directive), "CONTINUOUS", null);
    final Cascade cascade = cascade(id(task));
    final long report = openReport(cascade.assignment());
    final long reportPhoto = attachToReport(report);
    final long overdue = overdueAssignment();
    final Map<String, Object> explanation = explanation(overdue);
    final long rachGiaArea = id(Api.as(Tokens.PROVINCE_ADMIN)
            .body(Map.of("unitId", rachGiaUnit, "code", Fixtures.uniqueCode("A"), "name", "Khu phố Ma Trận", "kind",
                    "URBAN_QUARTER"))
            .post("/api/v1/residential-areas").then().statusCode(201).extract().jsonPath().getMap(""));

    /** Shared objects for the cells that must be refused (so that they add nothing to the database). */
    private Map<String, Object> communeToChange;
    private Map<String, Object> organizationToChange;
    private Map<String, Object> areaToChange;
    private Long submitted;

    synchronized Map<String, Object> communeToChange() {
        if (communeToChange == null) {
            communeToChange = Fixtures.newCommuneInAnGiang();
        }
        return communeToChange;
    }

    synchronized Map<String, Object> organizationToChange() {
        if (organizationToChange == null) {
            organizationToChange = Fixtures.newOrganizationInRachGia();
        }
        return organizationToChange;
    }

    synchronized Map<String, Object> areaToChange() {
        if (areaToChange == null) {
            areaToChange = Fixtures.newResidentialAreaInRachGia();
        }
        return areaToChange;
    }

    private Long overdueUnasked;

    synchronized long overdueUnasked() {
        if (overdueUnasked == null) {
            overdueUnasked = overdueAssignment();
        }
        return overdueUnasked;
    }

    synchronized long submitted() {
        if (submitted == null) {
            submitted = submittedReport();
        }
        return submitted;
    }

    AuthorizationWorld() {
        Api.as(EDITOR).body(Map.of("kind", "IMPLEMENTS", "targetNumber", "10-CT/TW", "targetType", "DIRECTIVE"))
                .post("/api/v1/directives/" + id(publicDirective) + "/relations").then().statusCode(201);
    }

    /** A seat by the relation named in the matrix; {@code commune} is the object's own commune (same-commune). */
    Seat seat(String relation, Seat commune) {
        return switch (relation) {
        case "issuer-unit", "any", "own-issuer", "other-province-issuer", "province" -> new Seat(Tokens.PROVINCE,
                "91-BTGDV");
        case "recipient-only" -> recipient.seat();
        case "assigned-org" -> new Seat(Tokens.COMMUNE, "30742-UBND");
        case "monitoring-body" -> monitor.seat();
        case "cascade-parent" -> new Seat(Tokens.PROVINCE, "91-MTTQ");
        case "sibling-commune" -> sibling.seat();
        case "other-province" -> new Seat(Tokens.OTHER_PROVINCE, "01-MTTQ");
        case "same-commune" -> commune;
        case "central" -> new Seat(Tokens.CENTRAL, "TW-BTGDV"); // criteria (issue 13): national titles
        default -> throw new IllegalArgumentException("unknown relation " + relation);
        };
    }

    static long id(Map<String, Object> record) {
        return ((Number) record.get("id")).longValue();
    }

    static int version(Map<String, Object> record) {
        return ((Number) record.get("version")).intValue();
    }

    static String day(int fromToday) {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(fromToday).toString();
    }

    Commune newCommune() {
        Map<String, Object> unit = Fixtures.newCommuneInAnGiang();
        String code = unit.get("code") + "-DU";
        long committee = id(Api.as(Tokens.PROVINCE_ADMIN)
                .body(Map.of("code", code, "name", "Đảng ủy xã " + unit.get("shortName"), "kind", "PARTY_COMMITTEE",
                        "unitId", unit.get("id")))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getMap(""));
        return new Commune(id(unit), (String) unit.get("code"), committee, code);
    }

    /** The body of D: the board's plan, sent to R's Party committee, monitored by M's. */
    Map<String, Object> directiveBody(boolean published, boolean confidential) {
        int sequence = Fixtures.uniqueSequence();
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PLAN");
        body.put("number", sequence + "-KH/BTGDVTU");
        body.put("issuerId", board);
        body.put("issueDate", "2026-03-02");
        body.put("subject", "Kế hoạch công tác dân vận năm 2026 (ma trận phân quyền) " + sequence);
        body.put("recipientIds", List.of(recipient.partyCommittee()));
        body.put("monitoringOrganizationId", monitor.partyCommittee());
        body.put("publicAccess", published);
        body.put("confidential", confidential);
        if (!confidential) {
            body.put("fullText", "Báo cáo Q1/2026 ... nội dung nội bộ " + sequence);
        }
        return body;
    }

    Map<String, Object> directive(boolean published, boolean confidential) {
        return Api.as(EDITOR).body(directiveBody(published, confidential)).post("/api/v1/directives").then()
                .statusCode(201).extract().jsonPath().getMap("");
    }

    private long hanoiDirective() {
        Map<String, Object> body = directiveBody(false, false);
        body.put("issuerId", hanoiCommittee);
        body.put("recipientIds", List.of());
        body.remove("monitoringOrganizationId");
        return id(Api.as(Tokens.token("editor.hanoi", Tokens.OTHER_PROVINCE, "01-TU", "editor")).body(body)
                .post("/api/v1/directives").then().statusCode(201).extract().jsonPath().getMap(""));
    }

    long attach(long directiveId) {
        return Api.upload(EDITOR).multiPart("file", "anh.png", Documents.png())
                .post("/api/v1/directives/" + directiveId + "/attachments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** The body of one task of D; lead: the province's Front (or {@code lead}). */
    Map<String, Object> taskBody(String dueKind, Long lead) {
        Map<String, Object> task = new HashMap<>();
        int ordinal = ordinals.incrementAndGet();
        task.put("ordinal", ordinal);
        task.put("title", "Nhiệm vụ " + ordinal + " của ma trận phân quyền");
        task.put("leadOrganizationId", lead != null ? lead : provinceFront);
        task.put("dueKind", dueKind);
        if (dueKind.equals("DATE")) {
            task.put("dueDate", day(-3));
        } else {
            task.put("cadence", "QUARTERLY");
        }
        return task;
    }

    Map<String, Object> task(long directiveId, String dueKind, Long lead) {
        return Api.as(EDITOR).body(Map.of("tasks", List.of(taskBody(dueKind, lead))))
                .post("/api/v1/directives/" + directiveId + "/tasks").then().statusCode(201).extract().jsonPath()
                .getMap("[0]");
    }

    /** A task given to the province's Front (parent), which gives it down to Rạch Giá's People's Committee. */
    record Cascade(long parent, long assignment, int version) {
    }

    Cascade cascade(long taskId) {
        long parent = Api.as(EDITOR).body(Map.of("organizationIds", List.of(provinceFront)))
                .post("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getLong("[0].id");
        JsonPath child = Api.as(EDITOR).body(Map.of("organizationIds", List.of(rachGiaCommittee)))
                .post("/api/v1/assignments/" + parent + "/sub-assignments").then().statusCode(201).extract().jsonPath();
        return new Cascade(parent, child.getLong("[0].id"), child.getInt("[0].version"));
    }

    Cascade freshCascade() {
        return cascade(id(task(id(directive), "CONTINUOUS", null)));
    }

    /** The open report of the current quarter: made with the assignment, never by a read. */
    long openReport(long assignmentId) {
        return Api.as(EDITOR).get("/api/v1/assignments/" + assignmentId + "/reports").then().statusCode(200).extract()
                .jsonPath().getLong("[-1].id");
    }

    long attachToReport(long reportId) {
        return Api.upload(EDITOR).multiPart("file", "anh.png", Documents.png())
                .post("/api/v1/reports/" + reportId + "/attachments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    int reportVersion(long reportId) {
        return Api.as(EDITOR).get("/api/v1/reports/" + reportId).then().statusCode(200).extract().jsonPath()
                .getInt("version");
    }

    /** A report submitted by the province's editor on the commune's behalf, waiting for review. */
    long submittedReport() {
        long slot = openReport(freshCascade().assignment());
        Api.as(EDITOR).body(Map.of("text", "Đã triển khai", "version", reportVersion(slot)))
                .put("/api/v1/reports/" + slot).then().statusCode(200);
        return slot;
    }

    /** A task three days overdue, given straight to Rạch Giá's People's Committee. */
    long overdueAssignment() {
        long taskId = id(task(id(directive), "DATE", null));
        return Api.as(EDITOR).body(Map.of("organizationIds", List.of(rachGiaCommittee)))
                .post("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getLong("[0].id");
    }

    Map<String, Object> explanation(long assignmentId) {
        return Api.as(Tokens.PROVINCE_LEADER).body(Map.of("question", "Vì sao chưa hoàn thành?"))
                .post("/api/v1/assignments/" + assignmentId + "/explanations").then().statusCode(201).extract()
                .jsonPath().getMap("");
    }

    int assignmentVersion(long assignmentId) {
        return Api.as(EDITOR).get("/api/v1/assignments/" + assignmentId).then().statusCode(200).extract().jsonPath()
                .getInt("version");
    }

    // ---- recognition cases (issue 13) ------------------------------------------------------------------------------

    private Recognition recognition;

    /** The recognition world, made when first asked for. */
    synchronized Recognition recognition() {
        if (recognition == null) {
            recognition = new Recognition();
        }
        return recognition;
    }

    /**
     * Two titles of fixture sets for areas of phường Rạch Giá — the commune decides one, the province the other — and,
     * for each, one shared case per state that the refused cells act on (they change nothing); fresh cases for the
     * cells that succeed. An area never registered (for refused registrations) and another area of A (other-area).
     */
    static final class Recognition {
        final RecognitionSetFixtures.Title communeTitle = RecognitionSetFixtures.title("COMMUNE");
        final RecognitionSetFixtures.Title provinceTitle = RecognitionSetFixtures.title("PROVINCE");
        final Map<String, Object> unregisteredArea = Fixtures.newResidentialAreaInRachGia();
        final String otherAreaCode = (String) Fixtures.newResidentialAreaInRachGia().get("code");
        private final Map<String, RecognitionFixtures.Case> shared = new HashMap<>();
        private Long photo;

        RecognitionSetFixtures.Title title(boolean province) {
            return province ? provinceTitle : communeTitle;
        }

        synchronized RecognitionFixtures.Case shared(String state, boolean province) {
            return shared.computeIfAbsent(state + province, k -> RecognitionFixtures.caseIn(state, title(province)));
        }

        RecognitionFixtures.Case fresh(String state, boolean province) {
            return RecognitionFixtures.caseIn(state, title(province));
        }

        /** A photo of the first criterion of the shared registered case (commune title). */
        synchronized long photo() {
            if (photo == null) {
                RecognitionFixtures.Case c = shared("REGISTERED", false);
                photo = Api.upload(Tokens.PROVINCE_ADMIN).multiPart("file", "anh.png", Documents.png())
                        .post("/api/v1/recognition-cases/" + c.id() + "/assessments/"
                                + communeTitle.criteria().get(0).id() + "/attachments")
                        .then().statusCode(201).extract().jsonPath().getLong("id");
            }
            return photo;
        }
    }

    // ---- criteria (issue 13) ------------------------------------------------------------------------------------
    // An Giang's title T (91-BTGDV) and a national one (TW-BTGDV), each with a draft and a published version, made
    // when a cell first asks for them; refused cells act on these, successful ones on fresh copies (fresh()).

    /** The shared criteria objects of one kind of title: the title, a draft, a published version. */
    record CriteriaWorld(Map<String, Object> title, Map<String, Object> draft, Map<String, Object> published) {
    }

    private final Map<Boolean, CriteriaWorld> criteria = new HashMap<>();
    private byte[] criteriaTemplate;

    /** The shared title and sets: national ones or An Giang's. */
    synchronized CriteriaWorld criteria(boolean national) {
        return criteria.computeIfAbsent(national, n -> freshCriteria(n));
    }

    /** A new title with a draft and a published version, for a cell that changes them. */
    CriteriaWorld freshCriteria(boolean national) {
        Map<String, Object> title = national ? CriteriaFixtures.nationalTitle() : CriteriaFixtures.provinceTitle();
        String admin = criteriaAdmin(national);
        return new CriteriaWorld(title, CriteriaFixtures.draft(id(title), admin),
                CriteriaFixtures.published(id(title), admin));
    }

    static String criteriaAdmin(boolean national) {
        return national ? Tokens.CENTRAL_ADMIN : Tokens.PROVINCE_ADMIN;
    }

    /** The template, which imports as it is (a body for importCriteriaSet). */
    synchronized byte[] criteriaTemplate() {
        if (criteriaTemplate == null) {
            criteriaTemplate = Api.as(Tokens.PROVINCE_ADMIN).accept("*/*").get(CriteriaFixtures.SETS + "/template.xlsx")
                    .then().statusCode(200).extract().asByteArray();
        }
        return criteriaTemplate;
    }

    // ---- rural programme (issue 14, parts 1-2)
    // -----------------------------------------------------------------------
    // A fixture NTM title (RuralFixtures) whose criterion 2 commune A (phường Rạch Giá) assessed for 2026 with a photo,
    // and a COMMUNE-subject title for commune cases; made when a cell first asks for them.

    private Rural rural;

    synchronized Rural rural() {
        if (rural == null) {
            rural = new Rural(rachGiaUnit);
        }
        return rural;
    }

    static final class Rural {
        final RuralFixtures.NtmTitle title = RuralFixtures.ntmTitle();
        final RecognitionSetFixtures.Title communeSubjectTitle = RecognitionSetFixtures
                .title(RecognitionSetFixtures.Spec.standard("PROVINCE").subjectKind("COMMUNE"));
        private final long commune;
        private Long photo;

        Rural(long commune) {
            this.commune = commune;
        }

        /** A photo of A's 2026 assessment of criterion 2 (the assessment made first). */
        synchronized long photo() {
            if (photo == null) {
                String row = "/api/v1/rural/communes/" + commune + "/assessments/2026/" + title.criterion("2");
                Api.as(Tokens.PROVINCE_ADMIN)
                        .body(Map.of("met", true, "version",
                                RuralFixtures.assessmentVersion(commune, 2026, title.criterion("2"))))
                        .put(row).then().statusCode(200);
                photo = Api.upload(Tokens.PROVINCE_ADMIN).multiPart("file", "anh.png", Documents.png())
                        .post(row + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
            }
            return photo;
        }
    }

    // ---- targets (issue 14, part 3) -------------------------------------------------------------------------------
    // A directive like D (91-BTGDV, sent to R's Party committee) with one target set for commune A: its recognized
    // "Dân vận khéo" models by 2030. Refused cells act on it; successful changes on fresh targets of the directive.

    /** The targets' directive and its shared target. */
    record TargetWorld(long directive, long target) {
    }

    private TargetWorld targetWorld;

    synchronized TargetWorld targets() {
        if (targetWorld == null) {
            long directive = id(directive(false, false));
            targetWorld = new TargetWorld(directive, freshTarget(directive));
        }
        return targetWorld;
    }

    /** The body of a target of commune A (its recognized models, at least 3 by 2030). */
    Map<String, Object> targetBody() {
        return new HashMap<>(Map.of("measure", "RECOGNIZED_MODELS", "expression", "COUNT", "scopeUnitId", rachGiaUnit,
                "deadline", "2030-12-31", "valueMin", 3));
    }

    /** A new target of the directive, made by the province's editor. */
    long freshTarget(long directive) {
        return Api.as(EDITOR).body(targetBody()).post("/api/v1/directives/" + directive + "/targets").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    long targetVersion(long target) {
        return Api.as(EDITOR).get("/api/v1/targets/" + target).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    // ---- satisfaction surveys (issue 14, part 4) ----------------------------------------------------------------

    private Surveys surveys;

    synchronized Surveys surveys() {
        if (surveys == null) {
            surveys = new Surveys();
        }
        return surveys;
    }

    /**
     * Surveys of phường Rạch Giá: one shared survey per state that the refused cells act on (they change nothing; forms
     * and codes go to the shared OPEN one), and fresh ones for the cells that succeed.
     */
    static final class Surveys {
        private final Map<String, SurveyFixtures.Survey> shared = new HashMap<>();

        synchronized SurveyFixtures.Survey shared(String state) {
            return shared.computeIfAbsent(state, SurveyFixtures::in);
        }

        SurveyFixtures.Survey fresh(String state) {
            return SurveyFixtures.in(state);
        }

        /** A valid design of the survey (its questions and plan), at its version. */
        static Map<String, Object> update(SurveyFixtures.Survey s) {
            List<Map<String, Object>> plan = new java.util.ArrayList<>();
            s.areaIds().forEach(a -> plan.add(Map.of("residentialAreaId", a, "households", 2)));
            return Map.of("name", "Khảo sát ma trận (sửa)", "year", 2026, "scale",
                    List.of(Map.of("value", 1, "label", "Không hài lòng"), Map.of("value", 2, "label", "Hài lòng")),
                    "satisfiedValues", List.of(2), "minimumResponsePercent", 60, "thresholdPercent", 80, "questions",
                    List.of(Map.of("criterionCode", "K", "criterionName", "Chung", "text", "Ông/bà có hài lòng?")),
                    "plan", plan, "version", s.version());
        }
    }
}
