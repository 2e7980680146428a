package vn.danvan.directive;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class DirectiveRemovalAndMonitoringTest {

    private static Map<String, Object> plan(String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PLAN");
        body.put("number", Fixtures.uniqueSequence() + "-KH/TU");
        body.put("issuerId", Fixtures.organizationIdOf("91", "91-BTV"));
        body.put("issueDate", "2026-01-20");
        body.put("subject", subject);
        body.put("recipientIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU")));
        return body;
    }

    private static Map<String, Object> create(Map<String, Object> body) {
        return Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then().statusCode(201).extract()
                .jsonPath().getMap("");
    }

    @Nested
    class MonitoringAndCadence {

        @Test
        void aDirectiveNamesItsMonitoringBodyCadencesAndReviewDates() {
            Map<String, Object> body = plan("Kế hoạch thực hiện Chỉ thị về công tác dân vận giai đoạn 2026-2030");
            body.put("monitoringOrganizationId", Fixtures.organizationIdOf("91", "91-BTGDV"));
            body.put("reportingCadences", List.of("YEARLY", "QUARTERLY"));
            body.put("midTermReviewDate", "2028-06-30");
            body.put("finalReviewDate", "2030-11-30");
            Map<String, Object> created = create(body);
            Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/directives/" + created.get("id")).then().statusCode(200)
                    .body("monitoringOrganization.code", equalTo("91-BTGDV"))
                    .body("reportingCadences", contains("QUARTERLY", "YEARLY"))
                    .body("midTermReviewDate", equalTo("2028-06-30")).body("finalReviewDate", equalTo("2030-11-30"));
        }

        @Test
        void anUnknownMonitoringBodyRepeatedCadenceOrFinalBeforeMidTermIs400() {
            Map<String, Object> body = plan("Kế hoạch sai");
            body.put("monitoringOrganizationId", 999_999_999L);
            body.put("reportingCadences", List.of("YEARLY", "YEARLY"));
            body.put("midTermReviewDate", "2028-06-30");
            body.put("finalReviewDate", "2027-01-01");
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then(),
                    "monitoringOrganizationId").body("errors.field",
                            org.hamcrest.Matchers.hasItems("reportingCadences", "finalReviewDate"));
            body.put("reportingCadences", List.of("MONTHLY"));
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then(),
                    "reportingCadences[0]");
        }
    }

    @Nested
    class DeleteDirective {

        @Test
        void anEditorRemovesADirectiveWithItsFilesAndRelationsToItWaitAgain() {
            Map<String, Object> target = create(plan("Kế hoạch nhập nhầm"));
            long targetId = ((Number) target.get("id")).longValue();
            String number = (String) ((Map<?, ?>) target.get("number")).get("text");
            Api.upload(Tokens.PROVINCE_EDITOR).multiPart("file", "a.png", Documents.png(), "image/png")
                    .post("/api/v1/directives/" + targetId + "/attachments").then().statusCode(201);
            long source = ((Number) create(plan("Kế hoạch của xã thực hiện kế hoạch tỉnh")).get("id")).longValue();
            Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("kind", "IMPLEMENTS", "targetId", targetId))
                    .post("/api/v1/directives/" + source + "/relations").then().statusCode(201);

            Api.as(Tokens.PROVINCE_EDITOR).queryParam("version", 0).delete("/api/v1/directives/" + targetId).then()
                    .statusCode(204);

            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + targetId).then(), 404,
                    "not-found");
            Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + source + "/relations").then().statusCode(200)
                    .body("up[0].linked", equalTo(false)).body("up[0].number.text", equalTo(number));
            Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "Directive").queryParam("entityId", targetId)
                    .get("/api/v1/audit-events").then().statusCode(200).body("items[0].action", equalTo("DELETE"))
                    .body("items[0].actor", equalTo("editor.angiang"));
            // registered again, the waiting relation links to the new one
            Map<String, Object> again = plan("Kế hoạch nhập lại");
            again.put("number", number);
            long newId = ((Number) create(again).get("id")).longValue();
            Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + source + "/relations").then().statusCode(200)
                    .body("up[0].directive.id", equalTo((int) newId));
        }

        @Test
        void aDirectiveWithTasksCannotBeRemoved() {
            long id = ((Number) create(plan("Kế hoạch có nhiệm vụ")).get("id")).longValue();
            Api.as(Tokens.PROVINCE_EDITOR)
                    .body(Map.of("tasks", List.of(Map.of("ordinal", 1, "title", "Quán triệt", "leadOrganizationId",
                            Fixtures.organizationIdOf("91", "91-BTGDV"), "dueKind", "DATE", "dueDate", "2026-12-31"))))
                    .post("/api/v1/directives/" + id + "/tasks").then().statusCode(201);
            assertProblem(
                    Api.as(Tokens.PROVINCE_EDITOR).queryParam("version", 0).delete("/api/v1/directives/" + id).then(),
                    409, "conflict");
            Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + id).then().statusCode(200);
        }

        @Test
        void aStaleVersionIs409AndRemovesNothing() {
            Map<String, Object> created = create(plan("Kế hoạch A"));
            Map<String, Object> changed = plan("Kế hoạch A (sửa)");
            changed.put("number", ((Map<?, ?>) created.get("number")).get("text"));
            changed.put("version", 0);
            Api.as(Tokens.PROVINCE_EDITOR).body(changed).put("/api/v1/directives/" + created.get("id")).then()
                    .statusCode(200);
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).queryParam("version", 0)
                    .delete("/api/v1/directives/" + created.get("id")).then(), 409, "stale-version");
            Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + created.get("id")).then().statusCode(200);
        }

        @Test
        void missingOrBadVersionAndBadIdAre400() {
            long id = ((Number) create(plan("Kế hoạch B")).get("id")).longValue();
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).delete("/api/v1/directives/" + id).then(), "version");
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("version", "x")
                    .delete("/api/v1/directives/" + id).then(), "version");
            assertFieldError(
                    Api.bad(Tokens.PROVINCE_EDITOR).queryParam("version", 0).delete("/api/v1/directives/x").then(),
                    "id");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().queryParam("version", 0).delete("/api/v1/directives/1").then(), 401,
                    "unauthorized");
        }

        @Test
        void aReporterOrAnotherProvinceIs403() {
            long id = ((Number) create(plan("Kế hoạch C")).get("id")).longValue();
            assertProblem(
                    Api.as(Tokens.COMMUNE_REPORTER).queryParam("version", 0).delete("/api/v1/directives/" + id).then(),
                    403, "forbidden");
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).queryParam("version", 0)
                    .delete("/api/v1/directives/" + id).then(), 403, "out-of-scope");
            Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + id).then().statusCode(200);
        }

        @Test
        void unknownIs404() {
            assertProblem(Api.as(Tokens.PROVINCE_EDITOR).queryParam("version", 0).delete("/api/v1/directives/999999999")
                    .then(), 404, "not-found");
        }
    }

    @Test
    void centralBodiesExistForCentralDirectives() {
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "ban bi thu").get("/api/v1/organizations").then().statusCode(200)
                .body("items.code", hasItem("TW-BBT"));
    }
}
