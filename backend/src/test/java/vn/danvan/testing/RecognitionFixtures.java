package vn.danvan.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Recognition cases of fresh residential areas of phường Rạch Giá, made through the API and driven to any state by the
 * province's admin (whose scope holds the commune and the province, so that only the state decides): a posting that
 * ended ten days ago, a council of 10 all for, an appraisal passed, a decision signed yesterday.
 */
public final class RecognitionFixtures {

    /** The states in the order a case reaches them, then the ends it may take instead. */
    public static final List<String> STATES = List.of("REGISTERED", "SELF_ASSESSED", "REVIEWED", "POSTED", "VOTED",
            "APPRAISED", "RECOGNIZED", "REFUSED", "WITHDRAWN");

    private static final String ADMIN = Tokens.PROVINCE_ADMIN;

    /** A case as last read: its id, version, area, title. */
    public record Case(long id, long version, long areaId, String areaCode, RecognitionSetFixtures.Title title,
            Long decisionId) {
    }

    private RecognitionFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public static String day(int fromToday) {
        return today().plusDays(fromToday).toString();
    }

    /** A fresh area of phường Rạch Giá. */
    public static Map<String, Object> area() {
        return Fixtures.newResidentialAreaInRachGia();
    }

    public static Map<String, Object> registration(long areaId, long titleId) {
        return Map.of("residentialAreaId", areaId, "titleId", titleId, "year", today().getYear(), "kind", "INITIAL");
    }

    /** A case of a fresh area for the title, in {@code state}. */
    public static Case caseIn(String state, RecognitionSetFixtures.Title title) {
        Map<String, Object> area = area();
        long areaId = ((Number) area.get("id")).longValue();
        JsonPath c = Api.as(ADMIN).body(registration(areaId, title.id())).post("/api/v1/recognition-cases").then()
                .statusCode(201).extract().jsonPath();
        long id = c.getLong("id");
        Case made = new Case(id, c.getLong("version"), areaId, (String) area.get("code"), title, null);
        if (state.equals("REGISTERED")) {
            return made;
        }
        if (state.equals("WITHDRAWN")) {
            return step(made, "withdraw", Map.of("reason", "Khu dân cư xin rút"));
        }
        selfAssessAll(made);
        made = step(made, "submit", Map.of());
        if (state.equals("SELF_ASSESSED")) {
            return made;
        }
        agreeAll(made);
        made = step(made, "complete-review", Map.of());
        if (state.equals("REVIEWED")) {
            return made;
        }
        made = step(made, "post", posting(-20, -10));
        if (state.equals("POSTED")) {
            return made;
        }
        made = step(made, "council", council(10, 10, 0));
        if (state.equals("VOTED")) {
            return made;
        }
        made = step(made, "appraise", Map.of("passed", true, "opinion", "Đạt yêu cầu"));
        if (state.equals("APPRAISED")) {
            return made;
        }
        if (state.equals("REFUSED")) {
            return step(made, "refuse", Map.of("reasons", "Chưa đủ minh chứng"));
        }
        return step(made, "decide", decision());
    }

    public static Map<String, Object> posting(int fromDays, int toDays) {
        return Map.of("postedFrom", day(fromDays), "postedTo", day(toDays), "place", "Nhà văn hóa khu phố");
    }

    public static Map<String, Object> council(int present, int votesFor, int votesAgainst) {
        return Map.of("metOn", day(-5), "members", 10, "present", present, "votesFor", votesFor, "votesAgainst",
                votesAgainst, "memberNames", "Ông A, Bà B");
    }

    public static Map<String, Object> decision() {
        return Map.of("number", Fixtures.uniqueSequence() + "/QĐ-UBND", "signedOn", day(-1), "signer",
                "Chủ tịch UBND Nguyễn Văn A");
    }

    /** The body of {@code action} (a step of the case) with the case's version. */
    public static Map<String, Object> body(String action, long version) {
        Map<String, Object> body = new HashMap<>(switch (action) {
        case "post" -> posting(-20, -10);
        case "posting-comments" -> Map.of("receivedOn", day(-12), "content", "Đồng ý công nhận");
        case "council" -> council(10, 10, 0);
        case "appraise" -> Map.of("passed", true, "opinion", "Đạt yêu cầu");
        case "decide" -> decision();
        case "refuse" -> Map.of("reasons", "Chưa đủ minh chứng");
        case "withdraw" -> Map.of("reason", "Xin rút");
        default -> Map.of();
        });
        body.put("version", version);
        return body;
    }

    /** A step by the province's admin: 200 (201 for a comment), the case as read back. */
    public static Case step(Case c, String action, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", c.version());
        JsonPath read = Api.as(ADMIN).body(withVersion).post("/api/v1/recognition-cases/" + c.id() + "/" + action)
                .then().statusCode(action.equals("posting-comments") ? 201 : 200).extract().jsonPath();
        Long decision = read.get("decision.id") == null ? null : read.getLong("decision.id");
        return new Case(c.id(), read.getLong("version"), c.areaId(), c.areaCode(), c.title(), decision);
    }

    public static void selfAssessAll(Case c) {
        for (RecognitionSetFixtures.Criterion k : c.title().criteria()) {
            Api.as(ADMIN).body(k.passing(assessmentVersion(c, k.id())))
                    .put("/api/v1/recognition-cases/" + c.id() + "/assessments/" + k.id()).then().statusCode(200);
        }
    }

    public static void agreeAll(Case c) {
        for (RecognitionSetFixtures.Criterion k : c.title().criteria()) {
            Api.as(ADMIN).body(Map.of("review", "AGREE", "version", assessmentVersion(c, k.id())))
                    .put("/api/v1/recognition-cases/" + c.id() + "/reviews/" + k.id()).then().statusCode(200);
        }
    }

    public static long assessmentVersion(Case c, long criterionId) {
        return Api.as(ADMIN).get("/api/v1/recognition-cases/" + c.id()).then().statusCode(200).extract().jsonPath()
                .getLong("criteria.find { it.id == " + criterionId + " }.assessment.version");
    }

    public static long version(long caseId) {
        return Api.as(ADMIN).get("/api/v1/recognition-cases/" + caseId).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }
}
