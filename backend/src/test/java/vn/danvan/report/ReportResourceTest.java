package vn.danvan.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class ReportResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A continuous task, reported each quarter, given to phường Rạch Giá's Party committee: its assignment id. */
    private static int assignmentOfRachGia() {
        long directive = ((Number) TaskFixtures.plan().get("id")).longValue();
        int task = Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(TaskFixtures.task(1, "CONTINUOUS"))))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
        return Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("organizationIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"))))
                .post("/api/v1/tasks/" + task + "/assignments").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
    }

    private static Map<String, Object> currentSlot(int assignment) {
        return Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/assignments/" + assignment + "/reports").then()
                .statusCode(200).extract().jsonPath().getMap("[-1]");
    }

    private static Map<String, Object> submission(String text, Object version) {
        return Map.of("text", text, "figures",
                List.of(Map.of("label", "Số mô hình “Dân vận khéo” đăng ký", "value", 12, "unit", "mô hình")),
                "version", version);
    }

    @Test
    void theCommuneSubmitsTheProvinceReturnsItTheCommuneResubmitsAndItIsAccepted() {
        int assignment = assignmentOfRachGia();
        ReportingPeriod quarter = ReportingPeriod.containing(PeriodKind.QUARTER, TODAY);
        Map<String, Object> slot = currentSlot(assignment);
        assertSlot(slot, quarter);
        String url = "/api/v1/reports/" + slot.get("id");

        Api.as(Tokens.COMMUNE_REPORTER).body(submission("Đã tổ chức 3 hội nghị quán triệt.", 0)).put(url).then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("reporter.rachgia"))
                .body("figures[0].value", equalTo(12)).body("figures[0].unit", equalTo("mô hình"));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(submission("Lần hai", 1)).put(url).then(), 409, "conflict");
        Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("decision", "RETURNED", "comment", "Bổ sung số liệu hộ được hỗ trợ", "version", 1))
                .post(url + "/review").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("reviewedBy", equalTo("editor.angiang"))
                .body("reviewComment", equalTo("Bổ sung số liệu hộ được hỗ trợ"));
        Api.as(Tokens.COMMUNE_REPORTER).body(submission("Đã bổ sung: 45 hộ được hỗ trợ.", 2)).put(url).then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "ACCEPTED", "version", 3)).post(url + "/review").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(submission("Lần ba", 4)).put(url).then(), 409, "conflict");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "RETURNED", "comment", "x", "version", 4))
                .post(url + "/review").then(), 409, "conflict");

        // the whole history stays readable
        Api.as(Tokens.PROVINCE_LEADER).get(url).then().statusCode(200)
                .body("history.action", contains("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"))
                .body("history[1].comment", equalTo("Bổ sung số liệu hộ được hỗ trợ"))
                .body("history[0].text", equalTo("Đã tổ chức 3 hội nghị quán triệt.")).body("late", equalTo(false));
        // and the slots are made once, however often they are read
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/assignments/" + assignment + "/reports").then().statusCode(200)
                .body("$", hasSize(1));
    }

    private static void assertSlot(Map<String, Object> slot, ReportingPeriod quarter) {
        org.junit.jupiter.api.Assertions.assertEquals(quarter.label(), slot.get("periodLabel"));
        org.junit.jupiter.api.Assertions.assertEquals(ReportSchedule.DEFAULT.due(quarter).toString(),
                slot.get("dueDate"));
        org.junit.jupiter.api.Assertions.assertEquals(ReportSchedule.DEFAULT.figuresFrom(quarter).toString(),
                slot.get("figuresFrom"));
        org.junit.jupiter.api.Assertions.assertEquals("OPEN", slot.get("status"));
    }

    @Test
    void badSubmissionsAndReviewsAre400AndChangeNothing() {
        String url = "/api/v1/reports/" + currentSlot(assignmentOfRachGia()).get("id");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of("text", "  ", "version", 0)).put(url).then(),
                "text");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER)
                .body(Map.of("text", "x", "figures", List.of(Map.of("label", "Số hộ")), "version", 0)).put(url).then(),
                "figures[0].value");
        Api.as(Tokens.COMMUNE_REPORTER).body(submission("Báo cáo", 0)).put(url).then().statusCode(200);
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "RETURNED", "version", 1))
                .post(url + "/review").then(), "comment");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "MAYBE", "version", 1))
                .post(url + "/review").then(), "decision");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).get("/api/v1/reports/x").then(), "id");
        Api.as(Tokens.PROVINCE_EDITOR).get(url).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aStaleVersionIs409() {
        String url = "/api/v1/reports/" + currentSlot(assignmentOfRachGia()).get("id");
        Api.as(Tokens.COMMUNE_REPORTER).body(submission("Báo cáo", 0)).put(url).then().statusCode(200);
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "ACCEPTED", "version", 0))
                .post(url + "/review").then(), 409, "stale-version");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/reports/1").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().body(submission("x", 0)).put("/api/v1/reports/1").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().body(Map.of("decision", "ACCEPTED", "version", 0))
                .post("/api/v1/reports/1/review").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().get("/api/v1/assignments/1/reports").then(), 401, "unauthorized");
    }

    @Test
    void onlyTheOrganizationReportsAndOnlyTheMonitoringBodyReviews() {
        int assignment = assignmentOfRachGia();
        String url = "/api/v1/reports/" + currentSlot(assignment).get("id");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(submission("x", 0)).put(url).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(submission("x", 0)).put(url).then(), 403,
                "out-of-scope");
        Api.as(Tokens.COMMUNE_REPORTER).body(submission("Báo cáo", 0)).put(url).then().statusCode(200);
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("decision", "ACCEPTED", "version", 1))
                .post(url + "/review").then(), 403, "forbidden");
        // the commune's admin is not the province's monitoring body
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(Map.of("decision", "ACCEPTED", "version", 1))
                .post(url + "/review").then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/assignments/" + assignment + "/reports").then(),
                403, "out-of-scope");
    }

    @Test
    void unknownIs404() {
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/reports/999999999").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(submission("x", 0)).put("/api/v1/reports/999999999").then(),
                404, "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "ACCEPTED", "version", 0))
                .post("/api/v1/reports/999999999/review").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/assignments/999999999/reports").then(), 404,
                "not-found");
    }
}
