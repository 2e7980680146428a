package vn.danvan.reminder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/** GET /api/v1/me/digest: the caller's reminders in the app. */
@QuarkusTest
class MyDigestResourceTest {

    @Test
    void overdueWorkDueSoonWorkReturnedReportsAndQuestionsAreListed() {
        TaskFixtures.Unit unit = TaskFixtures.newOrganization();
        int overdue = TaskFixtures.assignmentDue(unit.id(), TaskFixtures.day(-3), "Vận động hộ dân hiến đất làm đường");
        int soon = TaskFixtures.assignmentDue(unit.id(), TaskFixtures.day(2), "Hoàn thiện hồ sơ khu dân cư kiểu mẫu");
        TaskFixtures.assignmentDue(unit.id(), TaskFixtures.day(60), "Tổng kết năm");
        int explanation = Api.as(Tokens.PROVINCE_LEADER).body(Map.of("question", "Vì sao chậm?"))
                .post("/api/v1/assignments/" + overdue + "/explanations").then().statusCode(201).extract().jsonPath()
                .getInt("id");
        String report = TaskFixtures.currentReportOf(unit, "Báo cáo quý");
        Api.as(unit.reporter()).body(Map.of("text", "Báo cáo", "version", 0)).put(report).then().statusCode(200);
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "RETURNED", "comment", "Thiếu số liệu", "version", 1))
                .post(report + "/review").then().statusCode(200);
        long reportId = Long.parseLong(report.substring(report.lastIndexOf('/') + 1));

        Api.as(unit.reporter()).get("/api/v1/me/digest").then().statusCode(200)
                .body("items.kind", contains("OVERDUE", "DUE_SOON", "RETURNED", "EXPLANATION_REQUESTED"))
                .body("items[0].assignmentId", equalTo(overdue))
                .body("items[0].title", equalTo("Vận động hộ dân hiến đất làm đường"))
                .body("items[1].assignmentId", equalTo(soon)).body("items[2].reportId", equalTo((int) reportId))
                .body("items[2].note", equalTo("Thiếu số liệu")).body("items[3].explanationId", equalTo(explanation))
                .body("items[3].note", equalTo("Vì sao chậm?"));
        // two days ahead is not "due soon" when the caller looks one day ahead
        Api.as(unit.reporter()).queryParam("dueSoonDays", 1).get("/api/v1/me/digest").then().statusCode(200)
                .body("items.kind", contains("OVERDUE", "RETURNED", "EXPLANATION_REQUESTED"));
    }

    @Test
    void nothingDueIsAnEmptyDigest() {
        Api.as(TaskFixtures.newOrganization().reporter()).get("/api/v1/me/digest").then().statusCode(200).body("items",
                hasSize(0));
    }

    @Test
    void badInputIs400() {
        assertFieldError(
                Api.bad(Tokens.COMMUNE_REPORTER).queryParam("dueSoonDays", 500).get("/api/v1/me/digest").then(),
                "dueSoonDays");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/me/digest").then(), 401, "unauthorized");
    }

    @Test
    void anAccountWithoutOrganizationIs403() {
        assertProblem(Api.as(Tokens.NO_UNIT).get("/api/v1/me/digest").then(), 403, "out-of-scope");
    }
}
