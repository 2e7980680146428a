package vn.danvan.assignment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/**
 * The assignment part of the authorization model: work is given out only within the issuer's reach (403 naming the
 * field), an organization given work reads the task and the directive, the other organizations given the same task see
 * only their own part, and a read never makes anything.
 */
@QuarkusTest
class AssignmentScopeTest {

    @Inject
    EntityManager em;

    private static long hanoi(String code) {
        return Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, code);
    }

    private static int newTask(long directive) {
        return Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(TaskFixtures.task(1, "CONTINUOUS"))))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
    }

    @Test
    void workIsGivenOnlyWithinTheIssuersReachAndTheFieldIsNamed() {
        long directive = ((Number) TaskFixtures.plan().get("id")).longValue();
        Map<String, Object> task = new HashMap<>(TaskFixtures.task(1, "CONTINUOUS"));
        task.put("leadOrganizationId", hanoi("01-MTTQ"));
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(task)))
                .post("/api/v1/directives/" + directive + "/tasks").then(), 403, "out-of-scope").body("errors.field",
                        hasItem("tasks[0].leadOrganizationId"));
        int taskId = newTask(directive);
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(hanoi("01-MTTQ"))))
                .post("/api/v1/tasks/" + taskId + "/assignments").then(), 403, "out-of-scope").body("errors.field",
                        hasItem("organizationIds"));
        long hanoiUnit = Api.as(Tokens.CENTRAL_ADMIN).get("/api/v1/units/by-code/" + Tokens.OTHER_PROVINCE).then()
                .statusCode(200).extract().jsonPath().getLong("unit.id");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "FATHERLAND_FRONT", "underUnitId", hanoiUnit))
                .post("/api/v1/tasks/" + taskId + "/assignments").then(), 403, "out-of-scope").body("errors.field",
                        hasItem("underUnitId"));
        Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(200).body("$",
                hasSize(0));
    }

    @Test
    void anOrganizationGivenATaskReadsItAndItsDirectiveAndOnlyItsOwnPart() {
        // a plan of the province's board that is neither public nor sent to phường Rạch Giá
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PLAN");
        body.put("number", Fixtures.uniqueSequence() + "-KH/BTGDVTU");
        body.put("issuerId", TaskFixtures.board());
        body.put("issueDate", "2026-03-02");
        body.put("subject", "Kế hoạch nội bộ của Ban");
        long directive = Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        int taskId = newTask(directive);
        String ubnd = Tokens.token("admin.rachgia", Tokens.COMMUNE, "30742-UBND", "admin");
        assertProblem(Api.as(ubnd).get("/api/v1/tasks/" + taskId).then(), 403, "out-of-scope");
        assertProblem(Api.as(ubnd).get("/api/v1/directives/" + directive).then(), 403, "out-of-scope");

        long rachGia = Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-UBND");
        long sibling = Fixtures.organizationIdOf(Tokens.PROVINCE, "91-MTTQ");
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(rachGia, sibling)))
                .post("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(201);
        Api.as(ubnd).get("/api/v1/tasks/" + taskId).then().statusCode(200);
        Api.as(ubnd).get("/api/v1/directives/" + directive).then().statusCode(200).body("subject",
                equalTo("Kế hoạch nội bộ của Ban"));
        Api.as(ubnd).get("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(200).body("organization.code",
                contains("30742-UBND"));
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(200).body("$",
                hasSize(2));
    }

    private long slotsOf(int assignment) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM report_slot WHERE assignment_id = :id")
                        .setParameter("id", assignment).getSingleResult()).longValue());
    }

    @Test
    void noReadMakesAReportSlotForAnyone() {
        // a public plan: everyone reads it, so a read of its work is refused on the assignment itself
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PLAN");
        body.put("number", Fixtures.uniqueSequence() + "-KH/BTGDVTU");
        body.put("issuerId", TaskFixtures.board());
        body.put("issueDate", "2026-03-02");
        body.put("subject", "Kế hoạch công khai");
        body.put("publicAccess", true);
        long directive = Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        int taskId = newTask(directive);
        int assignment = Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("organizationIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"))))
                .post("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
        // given 200 days ago: the earlier quarters have no slot (the daily job makes the current and the previous)
        QuarkusTransaction.requiringNew()
                .run(() -> em
                        .createNativeQuery("UPDATE task_assignment SET created_on = created_on - 200 WHERE id = :id")
                        .setParameter("id", assignment).executeUpdate());
        long before = slotsOf(assignment);

        Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/tasks/" + taskId).then().statusCode(200);
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/assignments/" + assignment + "/reports").then(),
                403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/assignments/" + assignment).then(), 403,
                "out-of-scope");
        Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(200)
                .body("$", hasSize(0));
        Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/assignments/" + assignment + "/reports").then().statusCode(200)
                .body("$", hasSize((int) before));
        org.junit.jupiter.api.Assertions.assertEquals(before, slotsOf(assignment), "report slots made by reads");
    }
}
