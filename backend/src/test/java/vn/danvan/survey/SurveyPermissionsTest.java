package vn.danvan.survey;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.testing.Problems.assertProblem;
import static vn.danvan.testing.SurveyFixtures.SURVEYS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.SurveyFixtures;
import vn.danvan.testing.SurveyFixtures.Survey;
import vn.danvan.testing.Tokens;

/**
 * A survey's {@code permissions} say what the caller may do now, and they say it truly: for each caller and state,
 * every flag is the one expected, every operation whose flag is true succeeds (on a fresh survey in the same state),
 * and every operation whose flag is false is refused with 403 or 409.
 */
@QuarkusTest
class SurveyPermissionsTest {

    private static final String LEADER = Tokens.token("leader.rachgia", Tokens.COMMUNE, "30742-BTV", "leader");
    private static final List<String> FLAGS = List.of("edit", "open", "close", "publish", "enterForms", "issueCodes");

    /** The states a survey can be found in, including a CLOSED one whose sample plan is not reached. */
    private enum Shape {
        DRAFT, OPEN, CLOSED, CLOSED_SHORT, PUBLISHED;

        Survey make() {
            if (this == CLOSED_SHORT) {
                Survey open = SurveyFixtures.in("OPEN");
                return SurveyFixtures.step(open, "close");
            }
            return SurveyFixtures.in(name());
        }
    }

    @Test
    void theFrontsEditorInScopeMayDoWhatTheStateAllows() {
        check(Tokens.COMMUNE_EDITOR,
                Map.of(Shape.DRAFT, Set.of("edit", "open", "issueCodes"), Shape.OPEN,
                        Set.of("close", "enterForms", "issueCodes"), Shape.CLOSED, Set.of("publish"),
                        Shape.CLOSED_SHORT, Set.of(), Shape.PUBLISHED, Set.of()));
    }

    @Test
    void aReporterInScopeMayOnlyEnterFormsOfAnOpenSurvey() {
        check(Tokens.COMMUNE_REPORTER, Map.of(Shape.DRAFT, Set.of(), Shape.OPEN, Set.of("enterForms"), Shape.CLOSED,
                Set.of(), Shape.CLOSED_SHORT, Set.of(), Shape.PUBLISHED, Set.of()));
    }

    @Test
    void aLeaderInScopeReadsButMayDoNothing() {
        check(LEADER,
                Map.of(Shape.DRAFT, Set.of(), Shape.OPEN, Set.of(), Shape.CLOSED, Set.of(), Shape.PUBLISHED, Set.of()));
        check(Tokens.PROVINCE_LEADER, Map.of(Shape.OPEN, Set.of(), Shape.CLOSED, Set.of()));
    }

    @Test
    void aProvinceEditorAboveTheCommuneMayDoWhatTheCommunesEditorMay() {
        check(Tokens.PROVINCE_EDITOR,
                Map.of(Shape.OPEN, Set.of("close", "enterForms", "issueCodes"), Shape.CLOSED, Set.of("publish")));
    }

    @Test
    void aCadreOfOneResidentialAreaMayEnterFormsOnlyWhenTheirAreaIsInThePlan() {
        Survey open = SurveyFixtures.in("OPEN");
        String theirs = Tokens.areaReporter("reporter.area.in", Tokens.COMMUNE, areaCode(open.areaIds().get(0)));
        assertEquals(Set.of("enterForms"), flags(theirs, open));
        Api.as(theirs).body(SurveyFixtures.form(open, open.areaIds().get(0), 5)).post(path(open, "/responses")).then()
                .statusCode(201);
        String elsewhere = Tokens.areaReporter("reporter.area.out", Tokens.COMMUNE,
                (String) Fixtures.newResidentialAreaInRachGia().get("code"));
        assertEquals(Set.of(), flags(elsewhere, open));
        for (long area : open.areaIds()) {
            assertProblem(
                    Api.as(elsewhere).body(SurveyFixtures.form(open, area, 5)).post(path(open, "/responses")).then(),
                    403, "out-of-scope");
        }
    }

    @Test
    void aSiblingCommunesEditorAndAnotherProvincesLeaderSeeNoFlagsAndAreRefusedEveryOperation() {
        String sibling = Tokens.token("editor.sibling.flags", (String) Fixtures.newCommuneInAnGiang().get("code"), null,
                "editor", "admin", "reporter");
        Map<Shape, Survey> surveys = new LinkedHashMap<>();
        for (Shape shape : List.of(Shape.DRAFT, Shape.OPEN, Shape.CLOSED)) {
            surveys.put(shape, shape.make());
        }
        for (String outsider : List.of(sibling, Tokens.OTHER_PROVINCE_LEADER, Tokens.OTHER_PROVINCE_ADMIN)) {
            surveys.forEach((shape, s) -> {
                assertProblem(Api.as(outsider).get(path(s, "")).then(), 403, "out-of-scope");
                for (String flag : FLAGS) {
                    assertEquals(403, run(outsider, s, flag).statusCode(), shape + " " + flag);
                }
            });
        }
        // and nothing was done to them
        surveys.forEach((shape, s) -> assertEquals(s.version(), SurveyFixtures.version(s.id()), shape.name()));
    }

    @Test
    void aStepAnswersWithTheFlagsOfTheStateItLeadsTo() {
        Survey draft = SurveyFixtures.draft(2);
        Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", draft.version())).post(path(draft, "/open")).then()
                .statusCode(200).body("permissions.close", equalTo(true)).body("permissions.open", equalTo(false))
                .body("permissions.edit", equalTo(false)).body("permissions.enterForms", equalTo(true));
    }

    @Test
    void aDraftWithoutAPlanCannotBeOpenedAndSaysSo() {
        Map<String, Object> body = SurveyFixtures.createBody(List.of());
        JsonPath created = Api.as(Tokens.COMMUNE_EDITOR).body(body).post(SURVEYS).then().statusCode(201)
                .body("permissions.edit", equalTo(true)).body("permissions.open", equalTo(false))
                .body("permissions.issueCodes", equalTo(false)).extract().jsonPath();
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", created.getLong("version")))
                .post(SURVEYS + "/" + created.getLong("id") + "/open").then(), 409, "conflict");
    }

    // ---- the check

    /** For each shape: the caller's flags as expected, and each flag true to what its operation answers. */
    private void check(String token, Map<Shape, Set<String>> expected) {
        for (Map.Entry<Shape, Set<String>> e : expected.entrySet()) {
            Shape shape = e.getKey();
            Survey probe = shape.make();
            Set<String> granted = flags(token, probe);
            assertEquals(new TreeSet<>(e.getValue()), granted, "flags in " + shape);
            for (String flag : FLAGS) {
                if (granted.contains(flag)) {
                    Survey fresh = shape.make();
                    Response r = run(token, fresh, flag);
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 201,
                            shape + " " + flag + ": " + r.statusCode() + " " + r.asString());
                } else {
                    Response r = run(token, probe, flag);
                    assertTrue(r.statusCode() == 403 || r.statusCode() == 409,
                            shape + " " + flag + ": " + r.statusCode() + " " + r.asString());
                }
            }
        }
    }

    private static Set<String> flags(String token, Survey s) {
        Map<String, Boolean> permissions = Api.as(token).get(path(s, "")).then().statusCode(200).extract().jsonPath()
                .getMap("permissions", String.class, Boolean.class);
        assertEquals(new TreeSet<>(FLAGS), new TreeSet<>(permissions.keySet()));
        Set<String> granted = new TreeSet<>();
        permissions.forEach((flag, on) -> {
            if (on) {
                granted.add(flag);
            }
        });
        return granted;
    }

    /** The operation a flag stands for, as {@code token}, with the survey's current version. */
    private static Response run(String token, Survey s, String flag) {
        long version = SurveyFixtures.version(s.id());
        return switch (flag) {
        case "edit" -> Api.as(token).body(updateBody(s, version)).put(path(s, ""));
        case "open", "close", "publish" -> Api.as(token).body(Map.of("version", version)).post(path(s, "/" + flag));
        case "enterForms" -> Api.as(token).body(SurveyFixtures.form(s, s.areaIds().get(0), 5, 4, 2))
                .post(path(s, "/responses"));
        case "issueCodes" -> Api.as(token).body(Map.of("residentialAreaId", s.areaIds().get(0), "count", 1))
                .post(path(s, "/codes"));
        default -> throw new IllegalArgumentException(flag);
        };
    }

    /** The survey's design as read, sent back unchanged but for its name. */
    private static Map<String, Object> updateBody(Survey s, long version) {
        JsonPath read = Api.as(Tokens.COMMUNE_EDITOR).get(path(s, "")).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("name", read.getString("name") + " (sửa)");
        body.put("year", read.getInt("year"));
        body.put("scale", read.getList("scale"));
        body.put("satisfiedValues", read.getList("satisfiedValues"));
        body.put("minimumResponsePercent", read.getDouble("minimumResponsePercent"));
        body.put("thresholdPercent", read.getDouble("thresholdPercent"));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Map<String, Object> q : read.<Map<String, Object>> getList("questions")) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("criterionId", q.get("criterionId"));
            w.put("criterionCode", q.get("criterionCode"));
            w.put("criterionName", q.get("criterionName"));
            w.put("text", q.get("text"));
            questions.add(w);
        }
        body.put("questions", questions);
        List<Map<String, Object>> plan = new ArrayList<>();
        for (Map<String, Object> p : read.<Map<String, Object>> getList("plan")) {
            plan.add(Map.of("residentialAreaId", p.get("residentialAreaId"), "households", p.get("households")));
        }
        body.put("plan", plan);
        body.put("version", version);
        return body;
    }

    private static String areaCode(long areaId) {
        return Api.as(Tokens.COMMUNE_EDITOR).get("/api/v1/residential-areas/" + areaId).then().statusCode(200).extract()
                .jsonPath().getString("code");
    }

    private static String path(Survey s, String tail) {
        return SURVEYS + "/" + s.id() + tail;
    }
}
