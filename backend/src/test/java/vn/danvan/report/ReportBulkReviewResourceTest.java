package vn.danvan.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** POST /api/v1/reports/reviews: many reports accepted (or returned) at once, with a result per report. */
@QuarkusTest
class ReportBulkReviewResourceTest {

    private static final String URL = "/api/v1/reports/reviews";

    /** {@code count} reports of a new organization of phường Rạch Giá, each of its own task; submitted if asked. */
    private static List<Integer> reports(int count, boolean submitted) {
        TaskFixtures.Unit unit = TaskFixtures.newOrganization();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String report = TaskFixtures.currentReportOf(unit, "Báo cáo hàng loạt " + i);
            ids.add(Integer.parseInt(report.substring(report.lastIndexOf('/') + 1)));
            if (submitted) {
                Api.as(unit.reporter()).body(Map.of("text", "Đã triển khai " + i, "version", 0)).put(report).then()
                        .statusCode(200);
            }
        }
        return ids;
    }

    /** A submitted report of Hà Nội's Front: outside An Giang's reach. */
    private static int reportOfHanoi() {
        String editor = Tokens.token("editor.hanoi", Tokens.OTHER_PROVINCE, "01-TU", "editor");
        long front = Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-MTTQ");
        Map<String, Object> plan = new HashMap<>();
        plan.put("type", "PLAN");
        plan.put("number", Fixtures.uniqueSequence() + "-KH/TU");
        plan.put("issuerId", Fixtures.organizationIdOf(Tokens.OTHER_PROVINCE, "01-TU"));
        plan.put("issueDate", "2026-03-02");
        plan.put("subject", "Kế hoạch công tác dân vận của Hà Nội");
        plan.put("recipientIds", List.of());
        long directive = Api.as(editor).body(plan).post("/api/v1/directives").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Map<String, Object> task = new HashMap<>(TaskFixtures.task(1, "CONTINUOUS"));
        task.put("leadOrganizationId", front);
        task.put("coordinatingOrganizationIds", List.of());
        int taskId = Api.as(editor).body(Map.of("tasks", List.of(task)))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
        int assignment = Api.as(editor).body(Map.of("organizationIds", List.of(front)))
                .post("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
        int report = Api.as(editor).get("/api/v1/assignments/" + assignment + "/reports").then().statusCode(200)
                .extract().jsonPath().getInt("[-1].id");
        Api.as(editor).body(Map.of("text", "Đã triển khai", "version", 0)).put("/api/v1/reports/" + report).then()
                .statusCode(200);
        return report;
    }

    private static Map<String, Object> item(Object id, Object version) {
        return Map.of("id", id, "version", version);
    }

    private static Map<String, Object> accept(List<Map<String, Object>> items) {
        return Map.of("decision", "ACCEPTED", "items", items);
    }

    private static void assertStatus(int report, String status) {
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/reports/" + report).then().statusCode(200).body("status",
                equalTo(status));
    }

    @Test
    void everyReportIsAcceptedInTheOrderAskedAndAuditedOnce() {
        List<Integer> r = reports(3, true);
        Api.as(Tokens.PROVINCE_EDITOR).body(accept(List.of(item(r.get(2), 1), item(r.get(0), 1), item(r.get(1), 1))))
                .post(URL).then().statusCode(200).body("reviewed", equalTo(3)).body("failed", equalTo(0))
                .body("results.id", contains(r.get(2), r.get(0), r.get(1)))
                .body("results.outcome", everyItem(equalTo("ACCEPTED")))
                .body("results.report.status", everyItem(equalTo("ACCEPTED")))
                .body("results.report.reviewedBy", everyItem(equalTo("editor.angiang")))
                .body("results.detail", everyItem(nullValue()));
        for (int id : r) {
            assertStatus(id, "ACCEPTED");
            // one audit event for the submission, one for the review
            Api.as(Tokens.PROVINCE_ADMIN).queryParam("entityType", "Report").queryParam("entityId", id)
                    .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(2))
                    .body("items.find { it.changes.status == 'ACCEPTED' }.actor", equalTo("editor.angiang"));
            Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/reports/" + id).then().statusCode(200).body("history.action",
                    contains("SUBMITTED", "ACCEPTED"));
        }
    }

    @Test
    void aStaleAForeignAnOpenAndAnUnknownReportAreListedAndTheRestAccepted() {
        List<Integer> r = reports(3, true);
        int open = reports(1, false).get(0);
        int hanoi = reportOfHanoi();
        // someone returned the second one meanwhile (version 1 -> 2)
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "RETURNED", "comment", "Bổ sung số liệu", "version", 1))
                .post("/api/v1/reports/" + r.get(1) + "/review").then().statusCode(200);

        Api.as(Tokens.PROVINCE_EDITOR)
                .body(accept(List.of(item(r.get(0), 1), item(r.get(1), 1), item(hanoi, 1), item(999_999_999, 0),
                        item(open, 0), item(r.get(2), 1))))
                .post(URL).then().statusCode(200).body("reviewed", equalTo(2)).body("failed", equalTo(4))
                .body("results.id", contains(r.get(0), r.get(1), hanoi, 999_999_999, open, r.get(2)))
                .body("results.outcome",
                        contains("ACCEPTED", "CONFLICT", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "ACCEPTED"))
                .body("results[0].report.status", equalTo("ACCEPTED")).body("results[1].report", nullValue())
                .body("results[1].detail", notNullValue()).body("results[2].detail", notNullValue());
        assertStatus(r.get(0), "ACCEPTED");
        assertStatus(r.get(1), "RETURNED");
        assertStatus(r.get(2), "ACCEPTED");
        assertStatus(open, "OPEN");
        Api.as(Tokens.token("editor.hanoi", Tokens.OTHER_PROVINCE, "01-TU", "editor")).get("/api/v1/reports/" + hanoi)
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("history", hasSize(1));
        // the refused ones were not audited as reviewed
        Api.as(Tokens.PROVINCE_ADMIN).queryParam("entityType", "Report").queryParam("entityId", r.get(1))
                .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(2));
        // a record without any history answers 404
        Api.as(Tokens.PROVINCE_ADMIN).queryParam("entityType", "Report").queryParam("entityId", open)
                .get("/api/v1/audit-events").then().statusCode(404);
    }

    @Test
    void reportsAreReturnedWithTheComment() {
        List<Integer> r = reports(2, true);
        Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("decision", "RETURNED", "comment", "  Bổ sung ảnh minh chứng ", "items",
                        List.of(item(r.get(0), 1), item(r.get(1), 1))))
                .post(URL).then().statusCode(200).body("reviewed", equalTo(2))
                .body("results.outcome", everyItem(equalTo("RETURNED")))
                .body("results.report.reviewComment", everyItem(equalTo("Bổ sung ảnh minh chứng")));
        assertStatus(r.get(1), "RETURNED");
    }

    @Test
    void badRequestsAre400AndChangeNothing() {
        List<Integer> r = reports(2, true);
        List<Map<String, Object>> both = List.of(item(r.get(0), 1), item(r.get(1), 1));
        assertFieldError(
                Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "RETURNED", "items", both)).post(URL).then(),
                "comment");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR)
                .body(Map.of("decision", "RETURNED", "comment", "   ", "items", both)).post(URL).then(), "comment");
        assertFieldError(
                Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "MAYBE", "items", both)).post(URL).then(),
                "decision");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("items", both)).post(URL).then(), "decision");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(accept(List.of())).post(URL).then(), "items");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "ACCEPTED")).post(URL).then(),
                "items");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            tooMany.add(item(r.get(0) + 1_000_000 + i, 0));
        }
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(accept(tooMany)).post(URL).then(), "items");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR)
                .body(accept(List.of(item(r.get(0), 1), item(r.get(1), 1), item(r.get(0), 2)))).post(URL).then(),
                "items[2].id");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(accept(List.of(Map.of("id", r.get(0))))).post(URL).then(),
                "items[0].version");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR)
                .body(Map.of("decision", "RETURNED", "comment", "x".repeat(2001), "items", both)).post(URL).then(),
                "comment");
        assertProblem(
                Api.bad(Tokens.PROVINCE_EDITOR).body("{\"decision\": \"ACCEPTED\", \"items\": [").post(URL).then(), 400,
                "malformed-request");
        assertStatus(r.get(0), "SUBMITTED");
        assertStatus(r.get(1), "SUBMITTED");
    }

    @Test
    void aCallerWhoseRoleReviewsNothingIs403AndWithoutTokenIs401() {
        List<Integer> r = reports(1, true);
        Map<String, Object> body = accept(List.of(item(r.get(0), 1)));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(body).post(URL).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(body).post(URL).then(), 403, "forbidden");
        assertProblem(Api.anonymous().body(body).post(URL).then(), 401, "unauthorized");
        // an editor of the commune reviews in role but not in scope: listed as refused
        Api.as(Tokens.COMMUNE_EDITOR).body(body).post(URL).then().statusCode(200).body("reviewed", equalTo(0))
                .body("failed", equalTo(1)).body("results[0].outcome", equalTo("FORBIDDEN"));
        assertStatus(r.get(0), "SUBMITTED");
    }
}
