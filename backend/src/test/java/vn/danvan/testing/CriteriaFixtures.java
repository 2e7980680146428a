package vn.danvan.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognition titles and criteria sets made through the API: a title of An Giang (issued by 91-BTGDV, changed by the
 * province's admin) or a national one (TW-BTGDV, changed by an admin of the central level), and sets in each status.
 */
public final class CriteriaFixtures {

    public static final String TITLES = "/api/v1/recognition-titles";
    public static final String SETS = "/api/v1/criteria-sets";

    private CriteriaFixtures() {
    }

    public static long board() {
        return Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTGDV");
    }

    public static long centralBoard() {
        return Fixtures.organizationIdOf(Tokens.CENTRAL, "TW-BTGDV");
    }

    public static Map<String, Object> titleBody(long issuerId) {
        String code = Fixtures.uniqueCode("KDC");
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Khu dân cư kiểu mẫu (thử) " + code);
        body.put("subjectKind", "RESIDENTIAL_AREA");
        body.put("issuerOrganizationId", issuerId);
        body.put("decidingLevel", "COMMUNE");
        body.put("description", "Danh hiệu của bộ thử nghiệm");
        return body;
    }

    /** A title of An Giang, made by the province's admin. */
    public static Map<String, Object> provinceTitle() {
        return Api.as(Tokens.PROVINCE_ADMIN).body(titleBody(board())).post(TITLES).then().statusCode(201).extract()
                .jsonPath().getMap("");
    }

    /** A national title, made by an admin of the central level. */
    public static Map<String, Object> nationalTitle() {
        return Api.as(Tokens.CENTRAL_ADMIN).body(titleBody(centralBoard())).post(TITLES).then().statusCode(201)
                .extract().jsonPath().getMap("");
    }

    /**
     * Two groups; criterion 1 (pass/fail, key) with indicator 1.1 (numeric, a variant per commune group, a question);
     * criterion 2 scored out of 10; criterion 3 numeric without a group. Passing: a score of 8.
     */
    public static Map<String, Object> setBody(String name) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("passRule", "SCORE");
        rule.put("passingScore", 8);
        rule.put("postingDays", 10);
        rule.put("voteThresholdPercent", 70);
        rule.put("validityYears", 3);
        rule.put("reassessmentMonths", 12);
        Map<String, Object> indicator = new HashMap<>(Map.of("code", "1.1", "name", "Tỷ lệ hộ nghèo", "kind", "NUMERIC",
                "unitOfMeasure", "%", "comparison", "<=", "threshold", 3, "required", true, "key", false));
        indicator.put("variants", List.of(Map.of("communeGroup", 1, "threshold", 2),
                Map.of("communeGroup", 2, "threshold", 4, "note", "Xã khu vực II")));
        indicator.put("questions", List.of("Gia đình ông/bà có thuộc hộ nghèo không?"));
        Map<String, Object> first = new HashMap<>(
                Map.of("groupCode", "I", "code", "1", "name", "Đời sống kinh tế ổn định", "kind", "PASS_FAIL",
                        "required", true, "key", true, "expectedEvidence", "Danh sách hộ, biên bản họp dân"));
        first.put("indicators", List.of(indicator));
        Map<String, Object> second = Map.of("groupCode", "II", "code", "2", "name", "Đời sống văn hóa lành mạnh",
                "kind", "SCORED", "maxPoints", 10, "required", false, "key", false);
        Map<String, Object> third = Map.of("code", "3", "name", "Số vụ vi phạm pháp luật", "kind", "NUMERIC",
                "unitOfMeasure", "vụ", "comparison", "=", "threshold", 0, "required", true, "key", false);
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("effectiveFrom", "2026-01-01");
        body.put("effectiveTo", "2030-12-31");
        body.put("notes", "Bộ tiêu chí thử nghiệm");
        body.put("rule", rule);
        body.put("groups", List.of(Map.of("code", "I", "name", "Đời sống kinh tế"),
                Map.of("code", "II", "name", "Đời sống văn hóa")));
        body.put("criteria", List.of(first, second, third));
        return body;
    }

    /** A draft of the title, made by {@code admin}. */
    public static Map<String, Object> draft(long titleId, String admin) {
        return Api.as(admin).body(setBody("Bộ tiêu chí " + Fixtures.uniqueCode("BTC")))
                .post(TITLES + "/" + titleId + "/criteria-sets").then().statusCode(201).extract().jsonPath().getMap("");
    }

    /** A published version of the title, made and published by {@code admin}. */
    public static Map<String, Object> published(long titleId, String admin) {
        Map<String, Object> draft = draft(titleId, admin);
        return Api.as(admin).body(Map.of("version", draft.get("version")))
                .post(SETS + "/" + draft.get("id") + "/publish").then().statusCode(200).extract().jsonPath().getMap("");
    }

    public static long id(Map<String, Object> record) {
        return ((Number) record.get("id")).longValue();
    }

    public static int version(Map<String, Object> record) {
        return ((Number) record.get("version")).intValue();
    }
}
