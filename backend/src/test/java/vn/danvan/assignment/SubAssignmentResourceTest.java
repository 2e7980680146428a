package vn.danvan.assignment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/** Cascade: /api/v1/assignments/{id}/sub-assignments, and the roll-up of progress. */
@QuarkusTest
class SubAssignmentResourceTest {

    /** A task given to An Giang's Fatherland Front (whose reporter is reporter.angiang): the assignment's id. */
    static int assignmentOfTheProvinceFront() {
        long directive = ((Number) TaskFixtures.plan().get("id")).longValue();
        int task = Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(TaskFixtures.task(1, "DATE"))))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
        return Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("organizationIds", List.of(Fixtures.organizationIdOf(Tokens.PROVINCE, "91-MTTQ"))))
                .post("/api/v1/tasks/" + task + "/assignments").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
    }

    private static final String FRONT_REPORTER = Tokens.token("reporter.angiang", Tokens.PROVINCE, "91-MTTQ",
            "reporter");

    private static String url(int assignment) {
        return "/api/v1/assignments/" + assignment + "/sub-assignments";
    }

    @Test
    void theProvinceFrontCascadesToEveryCommuneFrontAndProgressRollsUp() {
        int parent = assignmentOfTheProvinceFront();
        Api.as(FRONT_REPORTER).get("/api/v1/assignments/" + parent).then().statusCode(200).body("rollup", nullValue());
        List<Map<String, Object>> created = Api.as(FRONT_REPORTER)
                .body(Map.of("kind", "FATHERLAND_FRONT", "level", "COMMUNE", "underUnitId",
                        Fixtures.unitIdOf(Tokens.PROVINCE)))
                .post(url(parent)).then().statusCode(201).body("$", hasSize(102)).body("[0].parentId", equalTo(parent))
                .extract().jsonPath().getList("$");
        // two communes report: one done, one half-way
        Map<String, Object> first = created.get(0);
        Map<String, Object> second = created.get(1);
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("status", "DONE", "progress", 100, "completedOn",
                TaskFixtures.day(0), "version", first.get("version"))).put("/api/v1/assignments/" + first.get("id"))
                .then().statusCode(200);
        Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("status", "IN_PROGRESS", "progress", 50, "version", second.get("version")))
                .put("/api/v1/assignments/" + second.get("id")).then().statusCode(200);
        // (100 + 50) / 102, rounded
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/assignments/" + parent).then().statusCode(200)
                .body("rollup.subAssignments", equalTo(102)).body("rollup.done", equalTo(1))
                .body("rollup.progress", equalTo(1));
        Api.as(Tokens.PROVINCE_LEADER).get(url(parent)).then().statusCode(200).body("$", hasSize(102));
        // never twice
        assertProblem(Api.as(FRONT_REPORTER)
                .body(Map.of("organizationIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-MTTQ"))))
                .post(url(parent)).then(), 409, "duplicate");
    }

    @Test
    void theRollUpReadsAllLevelsDownAndLeavesCancelledWorkOut() {
        int parent = assignmentOfTheProvinceFront();
        long communeFront = Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-MTTQ");
        Map<String, Object> child = Api.as(FRONT_REPORTER).body(Map.of("organizationIds", List.of(communeFront)))
                .post(url(parent)).then().statusCode(201).extract().jsonPath().getMap("[0]");
        Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("status", "IN_PROGRESS", "progress", 40, "version", child.get("version")))
                .put("/api/v1/assignments/" + child.get("id")).then().statusCode(200);
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/assignments/" + parent).then().statusCode(200)
                .body("rollup.subAssignments", equalTo(1)).body("rollup.progress", equalTo(40));
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("status", "CANCELLED", "progress", 0, "version", 1))
                .put("/api/v1/assignments/" + child.get("id")).then().statusCode(200);
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/assignments/" + parent).then().statusCode(200).body("rollup",
                nullValue());
    }

    @Test
    void badTargetsAre400AndCreateNothing() {
        int parent = assignmentOfTheProvinceFront();
        assertFieldError(Api.bad(FRONT_REPORTER).body(Map.of()).post(url(parent)).then(), "organizationIds");
        // the province's own level, and another province, are not below the assigned organization
        assertFieldError(Api.bad(FRONT_REPORTER)
                .body(Map.of("organizationIds", List.of(Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTV"))))
                .post(url(parent)).then(), "organizationIds");
        assertFieldError(Api.bad(FRONT_REPORTER)
                .body(Map.of("organizationIds", List.of(Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-MTTQ"))))
                .post(url(parent)).then(), "organizationIds");
        assertFieldError(Api.bad(FRONT_REPORTER).body(Map.of("kind", "FATHERLAND_FRONT")).post(url(parent)).then(),
                "underUnitId");
        assertFieldError(Api.bad(FRONT_REPORTER).get("/api/v1/assignments/x/sub-assignments").then(), "id");
        Api.as(FRONT_REPORTER).get(url(parent)).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/assignments/1/sub-assignments").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().body(Map.of("organizationIds", List.of(1)))
                .post("/api/v1/assignments/1/sub-assignments").then(), 401, "unauthorized");
    }

    @Test
    void onlyTheAssignedOrganizationOrTheIssuerBreaksItDown() {
        int parent = assignmentOfTheProvinceFront();
        Map<String, Object> body = Map.of("organizationIds",
                List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-MTTQ")));
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(body).post(url(parent)).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(body).post(url(parent)).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(body).post(url(parent)).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(url(parent)).then(), 403, "out-of-scope");
    }

    @Test
    void unknownIs404() {
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get(url(999999999)).then(), 404, "not-found");
        assertProblem(
                Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(1))).post(url(999999999)).then(),
                404, "not-found");
    }
}
