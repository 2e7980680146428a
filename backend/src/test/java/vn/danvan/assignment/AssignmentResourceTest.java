package vn.danvan.assignment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class AssignmentResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A plan of An Giang's board with one task due yesterday and one due in three days; returns the task ids. */
    private static List<Integer> planWithTasks() {
        long directive = ((Number) TaskFixtures.plan().get("id")).longValue();
        Map<String, Object> late = TaskFixtures.task(1, "DATE");
        late.put("dueDate", TODAY.minusDays(1).toString());
        Map<String, Object> soon = TaskFixtures.task(2, "DATE");
        soon.put("dueDate", TODAY.plusDays(3).toString());
        return Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(late, soon)))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getList("id");
    }

    private static List<Map<String, Object>> assign(int taskId, Map<String, Object> targets) {
        return Api.as(Tokens.PROVINCE_EDITOR).body(targets).post("/api/v1/tasks/" + taskId + "/assignments").then()
                .statusCode(201).extract().jsonPath().getList("$");
    }

    private static Map<String, Object> toRachGiaAndTheFront(int taskId) {
        return Map.of("organizationIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"),
                Fixtures.organizationIdOf("91", "91-MTTQ")));
    }

    private static Map<String, Object> of(List<Map<String, Object>> assignments, String code) {
        return assignments.stream().filter(a -> ((Map<?, ?>) a.get("organization")).get("code").equals(code))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> report(String status, Integer progress, LocalDate completedOn, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("progress", progress);
        if (completedOn != null) {
            body.put("completedOn", completedOn.toString());
        }
        body.put("version", version);
        return body;
    }

    @Test
    void everyCommunePartyCommitteeOfTheProvinceGetsItsOwnAssignmentOnce() {
        int task = planWithTasks().get(0);
        Map<String, Object> everyCommune = Map.of("kind", "PARTY_COMMITTEE", "level", "COMMUNE", "underUnitId",
                Fixtures.unitIdOf("91"));
        Api.as(Tokens.PROVINCE_EDITOR).body(everyCommune).post("/api/v1/tasks/" + task + "/assignments").then()
                .statusCode(201).body("size()", greaterThan(50))
                // the 102 communes' Party committees (other tests may have made Party committees of new communes)
                .body("organization.code.findAll { it.endsWith('-DU') }.size()", greaterThanOrEqualTo(102))
                .body("organization.code", hasItem("30742-DU")).body("status", everyItem(equalTo("NOT_STARTED")))
                .body("bucket", everyItem(equalTo("OPEN_OVERDUE")));
        assertProblem(
                Api.as(Tokens.PROVINCE_EDITOR).body(everyCommune).post("/api/v1/tasks/" + task + "/assignments").then(),
                409, "duplicate");
        // the commune reads its own part of the province's task, and not the other communes' parts
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/tasks/" + task + "/assignments").then().statusCode(200)
                .body("organization.code", contains("30742-DU"));
    }

    @Test
    void theCommuneReportsDoneLateAndTheBucketsFollow() {
        List<Integer> tasks = planWithTasks();
        List<Map<String, Object>> late = assign(tasks.get(0), toRachGiaAndTheFront(tasks.get(0)));
        List<Map<String, Object>> soon = assign(tasks.get(1), toRachGiaAndTheFront(tasks.get(1)));
        Map<String, Object> ours = of(late, "30742-DU");

        Api.as(Tokens.COMMUNE_REPORTER).body(report("DONE", 80, TODAY, ours.get("version")))
                .put("/api/v1/assignments/" + ours.get("id")).then().statusCode(200).body("status", equalTo("DONE"))
                .body("progress", equalTo(100)).body("bucket", equalTo("DONE_LATE"))
                .body("completedOn", equalTo(TODAY.toString()));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "Assignment").queryParam("entityId", ours.get("id"))
                .get("/api/v1/audit-events").then().statusCode(200).body("items[0].action", equalTo("UPDATE"))
                .body("items[0].actor", equalTo("reporter.rachgia"));

        // "my organization's work": what is open in time, and due soon
        Api.as(Tokens.COMMUNE_REPORTER)
                .queryParam("organizationId", Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"))
                .queryParam("bucket", "OPEN_IN_TIME").queryParam("size", 100).get("/api/v1/assignments").then()
                .statusCode(200).body("items.id", hasItem(of(soon, "30742-DU").get("id")))
                .body("items.find { it.id == " + of(soon, "30742-DU").get("id") + " }.dueSoon", equalTo(true));

        // the summary of the ward: the rows add up to the totals, the buckets to the total
        JsonPath summary = Api.as(Tokens.PROVINCE_LEADER).queryParam("unitId", Fixtures.unitIdOf(Tokens.COMMUNE))
                .get("/api/v1/assignments/summary").then().statusCode(200).extract().jsonPath();
        List<Integer> rowTotals = summary.getList("rows.counts.total", Integer.class);
        assertEquals(rowTotals.stream().mapToInt(Integer::intValue).sum(), summary.getInt("totals.total"));
        Map<String, Integer> ward = summary.getMap("rows.find { it.organization.code == '30742-DU' }.counts",
                String.class, Integer.class);
        assertEquals(ward.get("doneOnTime") + ward.get("doneLate") + ward.get("openInTime") + ward.get("openOverdue"),
                ward.get("total"));
        org.junit.jupiter.api.Assertions.assertTrue(ward.get("doneLate") >= 1);
        org.junit.jupiter.api.Assertions.assertTrue(ward.get("dueSoon") >= 1);
        // yesterday, the two assignments made today did not exist
        JsonPath yesterday = Api.as(Tokens.PROVINCE_LEADER).queryParam("unitId", Fixtures.unitIdOf(Tokens.COMMUNE))
                .queryParam("asOf", TODAY.minusDays(1).toString()).get("/api/v1/assignments/summary").then()
                .statusCode(200).extract().jsonPath();
        Integer before = yesterday.get("rows.find { it.organization.code == '30742-DU' }.counts.total");
        org.junit.jupiter.api.Assertions.assertTrue((before == null ? 0 : before) <= ward.get("total") - 2);
    }

    @Test
    void aReportThatBreaksTheRulesIs400AndChangesNothing() {
        List<Integer> tasks = planWithTasks();
        Map<String, Object> ours = of(assign(tasks.get(0), toRachGiaAndTheFront(tasks.get(0))), "30742-DU");
        String url = "/api/v1/assignments/" + ours.get("id");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(report("DONE", 100, null, 0)).put(url).then(),
                "completedOn");
        assertFieldError(
                Api.bad(Tokens.COMMUNE_REPORTER).body(report("DONE", 100, TODAY.plusDays(1), 0)).put(url).then(),
                "completedOn");
        assertFieldError(
                Api.bad(Tokens.COMMUNE_REPORTER).body(report("DONE", 100, TODAY.minusDays(1), 0)).put(url).then(),
                "completedOn");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(report("IN_PROGRESS", 50, TODAY, 0)).put(url).then(),
                "completedOn");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(report("FINISHED", 50, null, 0)).put(url).then(),
                "status");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(report("IN_PROGRESS", 101, null, 0)).put(url).then(),
                "progress");
        Api.as(Tokens.COMMUNE_REPORTER).get(url).then().statusCode(200).body("status", equalTo("NOT_STARTED"))
                .body("version", equalTo(0));
    }

    @Test
    void aStaleVersionIs409() {
        List<Integer> tasks = planWithTasks();
        Map<String, Object> ours = of(assign(tasks.get(1), toRachGiaAndTheFront(tasks.get(1))), "30742-DU");
        String url = "/api/v1/assignments/" + ours.get("id");
        Api.as(Tokens.COMMUNE_REPORTER).body(report("IN_PROGRESS", 40, null, 0)).put(url).then().statusCode(200)
                .body("progress", equalTo(40)).body("bucket", equalTo("OPEN_IN_TIME"));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(report("IN_PROGRESS", 60, null, 0)).put(url).then(), 409,
                "stale-version");
    }

    @Test
    void reportersReportForTheirOwnOrganizationOnly() {
        List<Integer> tasks = planWithTasks();
        Map<String, Object> front = of(assign(tasks.get(1), toRachGiaAndTheFront(tasks.get(1))), "91-MTTQ");
        String url = "/api/v1/assignments/" + front.get("id");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(report("IN_PROGRESS", 10, null, 0)).put(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(report("IN_PROGRESS", 10, null, 0)).put(url).then(), 403,
                "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(report("IN_PROGRESS", 10, null, 0)).put(url).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(url).then(), 403, "out-of-scope");
        // the issuer's editor may correct it
        Api.as(Tokens.PROVINCE_EDITOR).body(report("IN_PROGRESS", 10, null, 0)).put(url).then().statusCode(200);
    }

    @Test
    void targetsMustBeClear() {
        int task = planWithTasks().get(0);
        String url = "/api/v1/tasks/" + task + "/assignments";
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of()).post(url).then(), "organizationIds");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "FATHERLAND_FRONT")).post(url).then(),
                "underUnitId");
        assertFieldError(
                Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(999_999_999L))).post(url).then(),
                "organizationIds");
        assertFieldError(
                Api.bad(Tokens.PROVINCE_EDITOR)
                        .body(Map.of("kind", "POLITBURO", "underUnitId", Fixtures.unitIdOf("91"))).post(url).then(),
                "kind");
        Api.as(Tokens.PROVINCE_EDITOR).get(url).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theFatherlandFrontAtEveryLevel() {
        int task = planWithTasks().get(1);
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "FATHERLAND_FRONT", "underUnitId", Fixtures.unitIdOf("91")))
                .post("/api/v1/tasks/" + task + "/assignments").then().statusCode(201)
                .body("organization.code", hasItems("91-MTTQ", "30742-MTTQ"));
    }

    @Test
    void badParametersAreNamed() {
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("bucket", "LATE").queryParam("asOf", "25/11/2026")
                .get("/api/v1/assignments").then(), "bucket").body("errors.field", hasItem("asOf"));
        assertFieldError(
                Api.bad(Tokens.PROVINCE_LEADER).queryParam("dueSoonDays", 100).queryParam("dueFrom", "2026-12-01")
                        .queryParam("dueTo", "2026-01-01").get("/api/v1/assignments/summary").then(),
                "dueSoonDays").body("errors.field", hasItem("dueTo"));
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).queryParam("unitId", 999_999_999L)
                .get("/api/v1/assignments/summary").then(), "unitId");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get("/api/v1/assignments/x").then(), "id");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of()).post("/api/v1/tasks/x/assignments").then(),
                "id");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/assignments").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().get("/api/v1/assignments/summary").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().get("/api/v1/assignments/1").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().body(report("DONE", 100, TODAY, 0)).put("/api/v1/assignments/1").then(), 401,
                "unauthorized");
        assertProblem(Api.anonymous().get("/api/v1/tasks/1/assignments").then(), 401, "unauthorized");
        assertProblem(
                Api.anonymous().body(Map.of("organizationIds", List.of(1))).post("/api/v1/tasks/1/assignments").then(),
                401, "unauthorized");
    }

    @Test
    void outsideTheScopeIs403() {
        List<Integer> tasks = planWithTasks();
        assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/assignments").then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("unitId", Fixtures.unitIdOf("91"))
                .get("/api/v1/assignments/summary").then(), 403, "out-of-scope");
        assertProblem(
                Api.as(Tokens.COMMUNE_REPORTER).queryParam("organizationId", Fixtures.organizationIdOf("91", "91-MTTQ"))
                        .get("/api/v1/assignments").then(),
                403, "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(toRachGiaAndTheFront(tasks.get(0)))
                .post("/api/v1/tasks/" + tasks.get(0) + "/assignments").then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(toRachGiaAndTheFront(tasks.get(0)))
                .post("/api/v1/tasks/" + tasks.get(0) + "/assignments").then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/tasks/" + tasks.get(0) + "/assignments").then(),
                403, "out-of-scope");
    }

    @Test
    void unknownIs404() {
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/assignments/999999999").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(report("IN_PROGRESS", 10, null, 0))
                .put("/api/v1/assignments/999999999").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/tasks/999999999/assignments").then(), 404,
                "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(1)))
                .post("/api/v1/tasks/999999999/assignments").then(), 404, "not-found");
    }
}
