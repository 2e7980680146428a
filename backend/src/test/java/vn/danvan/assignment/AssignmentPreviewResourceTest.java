package vn.danvan.assignment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/** POST /api/v1/tasks/{id}/assignments/preview: what assignTask would do, said before it is done. */
@QuarkusTest
class AssignmentPreviewResourceTest {

    /** A new task of a new plan of An Giang's board, given to nobody yet. */
    private static int task() {
        long directive = ((Number) TaskFixtures.plan().get("id")).longValue();
        return Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(TaskFixtures.task(1, "CONTINUOUS"))))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
    }

    private static String preview(int task) {
        return "/api/v1/tasks/" + task + "/assignments/preview";
    }

    private static void assertNothingAssigned(int task) {
        Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/tasks/" + task + "/assignments").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void theCountIsWhatAssigningThenCreatesAndNothingIsWritten() {
        int task = task();
        Map<String, Object> everyCommune = Map.of("kind", "PARTY_COMMITTEE", "level", "COMMUNE", "underUnitId",
                Fixtures.unitIdOf("91"));
        JsonPath preview = Api.as(Tokens.PROVINCE_EDITOR).body(everyCommune).post(preview(task)).then().statusCode(200)
                .body("count", greaterThan(100)).body("alreadyAssigned", equalTo(0))
                .body("organizations.code", hasItem("30742-DU")).extract().jsonPath();
        List<String> names = preview.getList("organizations.name", String.class);
        assertEquals(preview.getInt("count"), names.size());
        List<String> vietnamese = new ArrayList<>(names);
        vietnamese.sort(Collator.getInstance(Locale.forLanguageTag("vi")));
        assertEquals(vietnamese, names, "in Vietnamese order");
        assertNothingAssigned(task);

        List<Long> created = Api.as(Tokens.PROVINCE_EDITOR).body(everyCommune)
                .post("/api/v1/tasks/" + task + "/assignments").then().statusCode(201).extract().jsonPath()
                .getList("organization.id", Long.class);
        assertEquals(new HashSet<>(preview.getList("organizations.id", Long.class)), new HashSet<>(created));
        assertEquals(preview.getInt("count"), created.size());

        // every one has it now: 409, as assignTask answers
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(everyCommune).post(preview(task)).then(), 409, "duplicate");
    }

    @Test
    void thoseAlreadyAssignedAreCountedAndSkipped() {
        int task = task();
        long rachGia = Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU");
        long front = Fixtures.organizationIdOf("91", "91-MTTQ");
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(rachGia)))
                .post("/api/v1/tasks/" + task + "/assignments").then().statusCode(201);
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(rachGia, front))).post(preview(task))
                .then().statusCode(200).body("count", equalTo(1)).body("alreadyAssigned", equalTo(1))
                .body("organizations.code", contains("91-MTTQ"));
        Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/tasks/" + task + "/assignments").then().statusCode(200)
                .body("organization.code", contains("30742-DU"));
    }

    @Test
    void badTargetsAre400AsForAssigning() {
        int task = task();
        String url = preview(task);
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of()).post(url).then(), "organizationIds");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "FATHERLAND_FRONT")).post(url).then(),
                "underUnitId");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR)
                .body(Map.of("kind", "FATHERLAND_FRONT", "organizationIds", List.of(1))).post(url).then(),
                "organizationIds");
        assertFieldError(
                Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(999_999_999L))).post(url).then(),
                "organizationIds");
        assertFieldError(
                Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "KING", "underUnitId", 1)).post(url).then(),
                "kind");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(1)))
                .post("/api/v1/tasks/x/assignments/preview").then(), "id");
        assertProblem(Api.bad(Tokens.PROVINCE_EDITOR).body("{").post(url).then(), 400, "malformed-request");
        assertNothingAssigned(task);
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().body(Map.of("organizationIds", List.of(1))).post(preview(1)).then(), 401,
                "unauthorized");
    }

    @Test
    void aWrongRoleOrScopeOrTargetIs403() {
        int task = task();
        long hanoi = Api.as(Tokens.CENTRAL_ADMIN).get("/api/v1/units/by-code/" + Tokens.OTHER_PROVINCE).then()
                .statusCode(200).extract().jsonPath().getLong("unit.id");
        Map<String, Object> rachGia = Map.of("organizationIds",
                List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU")));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(rachGia).post(preview(task)).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(rachGia).post(preview(task)).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(rachGia).post(preview(task)).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(rachGia).post(preview(task)).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("organizationIds", List.of(Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-MTTQ"))))
                .post(preview(task)).then(), 403, "out-of-scope").body("errors[0].field", equalTo("organizationIds"));
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "FATHERLAND_FRONT", "underUnitId", hanoi))
                .post(preview(task)).then(), 403, "out-of-scope").body("errors[0].field", equalTo("underUnitId"));
        assertNothingAssigned(task);
    }

    @Test
    void unknownTaskIs404() {
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(1)))
                .post(preview(999_999_999)).then(), 404, "not-found");
    }
}
