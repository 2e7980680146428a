package vn.danvan.task;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class TaskResourceTest {

    private static long board() {
        return TaskFixtures.board();
    }

    private static long front() {
        return TaskFixtures.front();
    }

    private static Map<String, Object> plan() {
        return TaskFixtures.plan();
    }

    private static Map<String, Object> task(int ordinal, String dueKind) {
        return TaskFixtures.task(ordinal, dueKind);
    }

    static long directiveWithTasks(Map<String, Object> directive) {
        long id = ((Number) directive.get("id")).longValue();
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(task(1, "DATE"), task(2, "CONTINUOUS"))))
                .post("/api/v1/directives/" + id + "/tasks").then().statusCode(201);
        return id;
    }

    @Nested
    class CreateDirectiveTasks {

        @Test
        void theItemsOfADirectiveBecomeTasksInOneStepAndAreAudited() {
            long id = ((Number) plan().get("id")).longValue();
            List<Integer> ids = Api.as(Tokens.PROVINCE_EDITOR)
                    .body(Map.of("tasks", List.of(task(1, "DATE"), task(2, "RECURRING"), task(3, "CONTINUOUS"))))
                    .post("/api/v1/directives/" + id + "/tasks").then().statusCode(201)
                    .body("ordinal", contains(1, 2, 3)).body("[0].leadOrganization.code", equalTo("91-MTTQ"))
                    .body("[0].coordinatingOrganizations.code", contains("91-BTGDV"))
                    .body("[0].dueDate", equalTo("2026-12-15")).body("[2].cadence", equalTo("QUARTERLY"))
                    .body("[1].createdBy", equalTo("editor.angiang")).extract().jsonPath().getList("id");
            Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "Task").queryParam("entityId", ids.get(0))
                    .get("/api/v1/audit-events").then().statusCode(200).body("items[0].action", equalTo("CREATE"));
        }

        @Test
        void oneBadTaskRefusesThemAllAndNamesIt() {
            long id = ((Number) plan().get("id")).longValue();
            Map<String, Object> noDate = task(2, "DATE");
            noDate.remove("dueDate");
            Map<String, Object> noCadence = task(3, "RECURRING");
            noCadence.remove("cadence");
            noCadence.put("leadOrganizationId", 999_999_999L);
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR)
                    .body(Map.of("tasks", List.of(task(1, "DATE"), noDate, noCadence, task(1, "DATE"))))
                    .post("/api/v1/directives/" + id + "/tasks").then(), "tasks[1].dueDate").body("errors.field",
                            hasItems("tasks[2].cadence", "tasks[2].leadOrganizationId", "tasks[3].ordinal"));
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of()))
                    .post("/api/v1/directives/" + id + "/tasks").then(), "tasks");
            Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + id + "/tasks").then().statusCode(200)
                    .body("size()", equalTo(0));
        }

        @Test
        void anOrdinalTheDirectiveUsesIs409() {
            long id = directiveWithTasks(plan());
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(task(2, "DATE"))))
                    .post("/api/v1/directives/" + id + "/tasks").then(), 409, "duplicate");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().body(Map.of("tasks", List.of(task(1, "DATE"))))
                    .post("/api/v1/directives/1/tasks").then(), 401, "unauthorized");
        }

        @Test
        void aReporterAndARecipientCommuneAre403() {
            long id = ((Number) plan().get("id")).longValue();
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("tasks", List.of(task(1, "DATE"))))
                    .post("/api/v1/directives/" + id + "/tasks").then(), 403, "forbidden");
            // the commune received the plan: it reads it, but the issuer manages its tasks
            assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(Map.of("tasks", List.of(task(1, "DATE"))))
                    .post("/api/v1/directives/" + id + "/tasks").then(), 403, "out-of-scope");
        }

        @Test
        void anUnknownDirectiveIs404() {
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(task(1, "DATE"))))
                    .post("/api/v1/directives/999999999/tasks").then(), 404, "not-found");
        }
    }

    @Nested
    class ListDirectiveTasks {

        @Test
        void theRecipientCommuneReadsThemByOrdinal() {
            long id = directiveWithTasks(plan());
            Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/directives/" + id + "/tasks").then().statusCode(200)
                    .body("ordinal", contains(1, 2)).body("[1].dueKind", equalTo("CONTINUOUS"));
        }

        @Test
        void badIdIs400AndWithoutTokenIs401() {
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/x/tasks").then(), "id");
            assertProblem(Api.anonymous().get("/api/v1/directives/1/tasks").then(), 401, "unauthorized");
        }

        @Test
        void anotherProvinceIs403AndAnUnknownDirective404() {
            long id = directiveWithTasks(plan());
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/directives/" + id + "/tasks").then(), 403,
                    "out-of-scope");
            assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/directives/" + id + "/tasks").then(), 403, "forbidden");
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/999999999/tasks").then(), 404,
                    "not-found");
        }
    }

    @Nested
    class GetAndUpdateTask {

        private Map<String, Object> firstTask() {
            long id = directiveWithTasks(plan());
            return Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + id + "/tasks").then().statusCode(200)
                    .extract().jsonPath().getMap("[0]");
        }

        private Map<String, Object> changed(Map<String, Object> read) {
            Map<String, Object> body = task(1, "DATE");
            body.put("title", "Tổ chức Hội thi “Dân vận khéo”");
            body.put("dueDate", "2026-12-31");
            body.put("version", read.get("version"));
            return body;
        }

        @Test
        void anEditorChangesATaskAndAStaleVersionIs409() {
            Map<String, Object> read = firstTask();
            Api.as(Tokens.PROVINCE_EDITOR).body(changed(read)).put("/api/v1/tasks/" + read.get("id")).then()
                    .statusCode(200).body("title", equalTo("Tổ chức Hội thi “Dân vận khéo”"))
                    .body("dueDate", equalTo("2026-12-31")).body("version", equalTo(1));
            assertProblem(
                    Api.as(Tokens.PROVINCE_EDITOR).body(changed(read)).put("/api/v1/tasks/" + read.get("id")).then(),
                    409, "stale-version");
            Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/tasks/" + read.get("id")).then().statusCode(200)
                    .body("version", equalTo(1));
        }

        @Test
        void takingAnotherTasksOrdinalIs409() {
            Map<String, Object> read = firstTask();
            Map<String, Object> body = changed(read);
            body.put("ordinal", 2);
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(body).put("/api/v1/tasks/" + read.get("id")).then(), 409,
                    "duplicate");
        }

        @Test
        void badInputIs400AndChangesNothing() {
            Map<String, Object> read = firstTask();
            Map<String, Object> body = changed(read);
            body.put("dueKind", "SOMETIMES");
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(body).put("/api/v1/tasks/" + read.get("id")).then(),
                    "dueKind");
            body = changed(read);
            body.remove("version");
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(body).put("/api/v1/tasks/" + read.get("id")).then(),
                    "version");
            body = changed(read);
            body.put("coordinatingOrganizationIds", List.of(front()));
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(body).put("/api/v1/tasks/" + read.get("id")).then(),
                    "coordinatingOrganizationIds");
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).get("/api/v1/tasks/abc").then(), "id");
            Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/tasks/" + read.get("id")).then().statusCode(200)
                    .body("version", equalTo(0)).body("title", equalTo("Nhiệm vụ 1"));
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/tasks/1").then(), 401, "unauthorized");
            assertProblem(Api.anonymous().body(task(1, "DATE")).put("/api/v1/tasks/1").then(), 401, "unauthorized");
        }

        @Test
        void aLeaderCannotChangeAndAnotherProvinceCannotRead() {
            Map<String, Object> read = firstTask();
            assertProblem(
                    Api.as(Tokens.PROVINCE_LEADER).body(changed(read)).put("/api/v1/tasks/" + read.get("id")).then(),
                    403, "forbidden");
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(changed(read)).put("/api/v1/tasks/" + read.get("id"))
                    .then(), 403, "out-of-scope");
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/tasks/" + read.get("id")).then(), 403,
                    "out-of-scope");
        }

        @Test
        void unknownIs404() {
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/tasks/999999999").then(), 404, "not-found");
            Map<String, Object> body = task(1, "DATE");
            body.put("version", 0);
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(body).put("/api/v1/tasks/999999999").then(), 404,
                    "not-found");
        }
    }

    @Test
    void aDirectiveWithTasksCanOnlyBeExpiredOrReplaced() {
        Map<String, Object> directive = plan();
        long id = directiveWithTasks(directive);
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).queryParam("version", directive.get("version"))
                .delete("/api/v1/directives/" + id).then(), 409, "conflict");
        Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + id).then().statusCode(200);
    }
}
