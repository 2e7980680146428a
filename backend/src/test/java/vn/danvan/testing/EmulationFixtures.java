package vn.danvan.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Movements and models made through the API for the emulation tests: a movement of An Giang's Ban Tuyên giáo và Dân vận
 * with a round open today and one whose window and deadline have passed, and models of phường Rạch Giá driven to any
 * state of their round record by the province's admin.
 */
public final class EmulationFixtures {

    /** The round states in the order the yearly cycle reaches them (see ModelRoundState). */
    public static final List<String> STATES = List.of("REGISTERED", "IN_PROGRESS", "REPORTED", "SUBMITTED", "RETURNED",
            "NOT_PASSED", "APPRAISED", "RECOGNIZED", "EXEMPLARY", "PROPOSED_FOR_COMMENDATION", "COMMENDED",
            "PROPOSED_UPWARD");

    private static Movement shared;

    /** A movement made for the tests, its open round and its closed one. */
    public record Movement(long id, long openRound, long closedRound, long midTermRound, Map<String, Object> body) {
    }

    /** A model and its record for the open round, as last read. */
    public record Model(long id, long record, long recordVersion, long modelVersion) {
    }

    private EmulationFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** One movement for the whole test run (its rounds are never changed by tests). */
    public static synchronized Movement movement() {
        if (shared == null) {
            shared = newMovement();
        }
        return shared;
    }

    public static Movement newMovement() {
        LocalDate today = today();
        Map<String, Object> body = movementBody(Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTGDV"));
        Map<String, Object> created = Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/emulation/movements")
                .then().statusCode(201).extract().jsonPath().getMap("");
        List<Map<String, Object>> rounds = Api.as(Tokens.PROVINCE_EDITOR)
                .get("/api/v1/emulation/movements/" + created.get("id")).then().statusCode(200).extract().jsonPath()
                .getList("periods[0].rounds");
        long open = 0;
        long closed = 0;
        long midTerm = 0;
        for (Map<String, Object> r : rounds) {
            if ("MID_TERM".equals(r.get("kind"))) {
                midTerm = ((Number) r.get("id")).longValue();
            } else if (((Number) r.get("year")).intValue() == today.getYear()) {
                open = ((Number) r.get("id")).longValue();
            } else {
                closed = ((Number) r.get("id")).longValue();
            }
        }
        return new Movement(((Number) created.get("id")).longValue(), open, closed, midTerm, body);
    }

    /** A movement of a launching body with a round open today and one of last year, closed. */
    public static Map<String, Object> movementBody(long organizationId) {
        LocalDate today = today();
        int year = today.getYear();
        Map<String, Object> openRound = Map.of("kind", "YEARLY", "year", year, "registrationFrom",
                today.minusDays(30).toString(), "registrationTo", today.plusDays(30).toString(), "appraisalDeadline",
                today.plusDays(60).toString());
        Map<String, Object> midTermRound = Map.of("kind", "MID_TERM", "year", year, "registrationFrom",
                today.minusDays(30).toString(), "registrationTo", today.plusDays(30).toString(), "appraisalDeadline",
                today.plusDays(60).toString());
        Map<String, Object> closedRound = Map.of("kind", "YEARLY", "year", year - 1, "registrationFrom",
                today.minusDays(400).toString(), "registrationTo", today.minusDays(300).toString(), "appraisalDeadline",
                today.minusDays(200).toString());
        return new HashMap<>(Map.of("name", "Dân vận khéo thử " + Fixtures.uniqueCode("M"), "organizationId",
                organizationId, "fields",
                List.of(Map.of("code", "KINH_TE", "name", "Kinh tế"),
                        Map.of("code", "VAN_HOA_XA_HOI", "name", "Văn hóa – xã hội")),
                "periods", List.of(Map.of("startYear", year - 1, "endYear", year + 3, "demo", true, "rounds",
                        List.of(closedRound, openRound, midTermRound)))));
    }

    /** A registration of a commune model of phường Rạch Giá for the round. */
    public static Map<String, Object> registration(long roundId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("roundId", roundId);
        body.put("name", name);
        body.put("field", "KINH_TE");
        body.put("organizationId", Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-UBND"));
        body.put("owner", Map.of("kind", "COLLECTIVE", "name", "Hội Nông dân phường Rạch Giá"));
        body.put("unitId", Fixtures.unitIdOf(Tokens.COMMUNE));
        body.put("startedOn", today().minusMonths(2).toString());
        body.put("problem", "Đường ngõ lầy lội mùa mưa");
        body.put("approach", "Vận động hộ dân hiến đất, góp công");
        body.put("indicators", List.of(Map.of("name", "Đường làm mới", "unit", "km")));
        return body;
    }

    /** A fresh model registered by the commune's reporter, its record in the open round REGISTERED. */
    public static Model model() {
        Map<String, Object> m = Api.as(Tokens.COMMUNE_REPORTER)
                .body(registration(movement().openRound(), "Mô hình " + Fixtures.uniqueCode("DVK")))
                .post("/api/v1/mobilization-models").then().statusCode(201).extract().jsonPath().getMap("");
        return read(((Number) m.get("id")).longValue());
    }

    /** A photo attached to a round record (while it is open), by the province's admin; its id. */
    public static long photo(long record) {
        return Api.upload(Tokens.PROVINCE_ADMIN).multiPart("file", "anh.png", Documents.png())
                .post("/api/v1/model-rounds/" + record + "/attachments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A recognized model with a photo: public when asked. Returns the model and the photo's id. */
    public static Map.Entry<Model, Long> recognizedWithPhoto(boolean published) {
        Model m = modelIn("REPORTED");
        long photo = photo(m.record());
        for (String action : List.of("submit", "appraise", "recognize")) {
            act(m, action, body(action, null, m.recordVersion()));
            m = read(m.id());
        }
        if (published) {
            Api.as(Tokens.PROVINCE_ADMIN).body(Map.of("version", m.modelVersion()))
                    .post("/api/v1/mobilization-models/" + m.id() + "/publish").then().statusCode(200);
            m = read(m.id());
        }
        return Map.entry(m, photo);
    }

    /** The model as it is now. */
    public static Model read(long modelId) {
        var json = Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/mobilization-models/" + modelId).then().statusCode(200)
                .extract().jsonPath();
        return new Model(modelId, json.getLong("rounds[-1].id"), json.getLong("rounds[-1].version"),
                json.getLong("version"));
    }

    /** A fresh model whose open-round record is in the state, driven there by the province's admin. */
    public static Model modelIn(String state) {
        Model m = model();
        for (String[] step : path(state)) {
            act(m, step[0], body(step[0], step.length > 1 ? step[1] : null, m.recordVersion()));
            m = read(m.id());
        }
        return m;
    }

    private static void act(Model m, String action, Map<String, Object> body) {
        Api.as(Tokens.PROVINCE_ADMIN).body(body).post("/api/v1/model-rounds/" + m.record() + "/" + action).then()
                .statusCode(200);
    }

    /** A valid body for an action (with the record's version). */
    public static Map<String, Object> body(String action, String variant, long version) {
        Map<String, Object> b = new HashMap<>();
        b.put("version", version);
        switch (action) {
        case "report-results" -> {
            b.put("text", "Đã làm 1,2 km đường");
            b.put("figures", List.of(Map.of("name", "Đường làm mới", "value", 1.2, "unit", "km")));
        }
        case "appraise" -> {
            b.put("result", variant == null ? "PASS" : variant);
            b.put("opinion", "Hiệu quả, được dân đồng tình");
            if ("NOT_PASS".equals(variant)) {
                b.put("reasons", "Chưa có số liệu");
            }
        }
        case "return" -> b.put("comment", "Bổ sung ảnh minh chứng");
        case "recognize" -> {
            b.put("decisionNumber", "12-QĐ/BCĐ");
            b.put("decisionDate", today().toString());
            b.put("signer", "Nguyễn Văn A");
            b.put("level", "COMMUNE");
        }
        case "commend" -> {
            b.put("form", "GIAY_KHEN");
            b.put("authority", "UBND phường Rạch Giá");
            b.put("decisionNumber", "34/QĐ-UBND");
            b.put("decisionDate", today().toString());
            b.put("recipientKind", "COLLECTIVE");
        }
        default -> {
        }
        }
        return b;
    }

    /** The steps from REGISTERED to the state ("action" or "action:variant"). */
    private static List<String[]> path(String state) {
        String submitted = "start report-results submit";
        String recognized = submitted + " appraise recognize";
        String steps = switch (state) {
        case "REGISTERED" -> "";
        case "IN_PROGRESS" -> "start";
        case "REPORTED" -> "start report-results";
        case "SUBMITTED" -> submitted;
        case "RETURNED" -> submitted + " return";
        case "NOT_PASSED" -> submitted + " appraise:NOT_PASS";
        case "APPRAISED" -> submitted + " appraise";
        case "RECOGNIZED" -> recognized;
        case "EXEMPLARY" -> recognized + " mark-exemplary";
        case "PROPOSED_FOR_COMMENDATION" -> recognized + " propose-commendation";
        case "COMMENDED" -> recognized + " propose-commendation commend";
        case "PROPOSED_UPWARD" -> recognized + " propose-upward";
        default -> throw new IllegalArgumentException(state);
        };
        return steps.isEmpty() ? List.of()
                : java.util.Arrays.stream(steps.split(" ")).map(step -> step.split(":")).toList();
    }
}
