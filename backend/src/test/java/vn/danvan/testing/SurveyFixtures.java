package vn.danvan.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Satisfaction surveys of phường Rạch Giá made over the API for tests: a fixture title (three criteria, so three seeded
 * questions), fresh residential areas for the plan, and a survey brought to the state asked for.
 */
public final class SurveyFixtures {

    public static final String SURVEYS = "/api/v1/satisfaction-surveys";
    public static final String PUBLIC = "/api/v1/public/satisfaction-surveys";

    /** A survey as made: its id and version, its plan's areas (in the order given) and its questions. */
    public record Survey(long id, long version, long titleId, List<Long> areaIds, List<Long> questionIds) {
        public Survey withVersion(long v) {
            return new Survey(id, v, titleId, areaIds, questionIds);
        }
    }

    private static RecognitionSetFixtures.Title title;

    private SurveyFixtures() {
    }

    /** The fixture title the surveys are for (made once). */
    public static synchronized RecognitionSetFixtures.Title title() {
        if (title == null) {
            title = RecognitionSetFixtures.title("COMMUNE");
        }
        return title;
    }

    /** The body of a new survey of phường Rạch Giá with a plan of these areas and households. */
    public static Map<String, Object> createBody(List<Long> areas, int... households) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            plan.add(Map.of("residentialAreaId", areas.get(i), "households", households[i]));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("titleId", title().id());
        body.put("unitId", Fixtures.unitIdOf(Tokens.COMMUNE));
        body.put("name", "Lấy ý kiến sự hài lòng " + Fixtures.uniqueCode("KS"));
        body.put("plan", plan);
        return body;
    }

    /** A DRAFT survey with one fresh area per number of households. */
    public static Survey draft(int... households) {
        List<Long> areas = new ArrayList<>();
        for (int i = 0; i < households.length; i++) {
            areas.add(((Number) Fixtures.newResidentialAreaInRachGia().get("id")).longValue());
        }
        JsonPath created = Api.as(Tokens.COMMUNE_EDITOR).body(createBody(areas, households)).post(SURVEYS).then()
                .statusCode(201).extract().jsonPath();
        return new Survey(created.getLong("id"), created.getLong("version"), title().id(), areas,
                created.getList("questions.id", Long.class));
    }

    /** A survey in {@code state}: OPEN without answers; CLOSED and PUBLISHED with every planned household answered. */
    public static Survey in(String state, int... households) {
        Survey s = draft(households.length == 0 ? new int[] { 2, 1 } : households);
        if (state.equals("DRAFT")) {
            return s;
        }
        s = step(s, "open");
        if (state.equals("OPEN")) {
            return s;
        }
        int[] planned = households.length == 0 ? new int[] { 2, 1 } : households;
        for (int a = 0; a < planned.length; a++) {
            for (int i = 0; i < planned[a]; i++) {
                enter(s, s.areaIds().get(a), 5, 4, 2);
            }
        }
        s = step(s.withVersion(version(s.id())), "close");
        if (state.equals("CLOSED")) {
            return s;
        }
        return step(s, "publish");
    }

    /** A step (open, close, publish) by the commune's editor. */
    public static Survey step(Survey s, String step) {
        long v = Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", s.version()))
                .post(SURVEYS + "/" + s.id() + "/" + step).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        return s.withVersion(v);
    }

    /** A paper form: the values answer the questions in order (fewer values leave the rest blank). */
    public static Map<String, Object> form(Survey s, long areaId, int... values) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < values.length && i < s.questionIds().size(); i++) {
            answers.add(Map.of("questionId", s.questionIds().get(i), "value", values[i]));
        }
        return Map.of("residentialAreaId", areaId, "answers", answers);
    }

    /** Enters one paper form as the commune's reporter. */
    public static void enter(Survey s, long areaId, int... values) {
        Api.as(Tokens.COMMUNE_REPORTER).body(form(s, areaId, values)).post(SURVEYS + "/" + s.id() + "/responses").then()
                .statusCode(201);
    }

    /** {@code count} one-time codes of an area of the plan. */
    public static List<String> codes(Survey s, long areaId, int count) {
        return Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("residentialAreaId", areaId, "count", count))
                .post(SURVEYS + "/" + s.id() + "/codes").then().statusCode(201).extract().jsonPath()
                .getList("codes", String.class);
    }

    public static long version(long id) {
        return Api.as(Tokens.COMMUNE_EDITOR).get(SURVEYS + "/" + id).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }
}
