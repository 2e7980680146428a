package vn.danvan.report;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/** GET /api/v1/reports: the monitoring body's review inbox, and the reports of organizations in scope. */
@QuarkusTest
class ReportListResourceTest {

    @Test
    void aSubmittedReportWaitsInTheProvinceInboxAndLeavesItOnceReviewed() {
        String report = ReportEvidenceResourceTest.reportOfRachGia();
        int id = Integer.parseInt(report.substring(report.lastIndexOf('/') + 1));
        Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("text", "Báo cáo quý của phường Rạch Giá", "version", 0))
                .put(report).then().statusCode(200);

        // the inbox narrowed to the commune's Party committee, so that other tests' reports do not push it off the page
        long rachGia = Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU");
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("inbox", true).queryParam("organizationId", rachGia)
                .queryParam("size", 100).get("/api/v1/reports").then().statusCode(200).body("items.id", hasItem(id))
                .body("items.status", everyItem(equalTo("SUBMITTED")))
                .body("items.find { it.id == " + id + " }.organization.code", equalTo("30742-DU"))
                .body("items.find { it.id == " + id + " }.title", equalTo("Nhiệm vụ 1"))
                .body("items.find { it.id == " + id + " }.text", equalTo("Báo cáo quý của phường Rạch Giá"));
        // the commune does not review the province's tasks: not in its inbox, but in its own list
        Api.as(Tokens.COMMUNE_REPORTER).queryParam("inbox", true).queryParam("size", 100).get("/api/v1/reports").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        Api.as(Tokens.COMMUNE_REPORTER).queryParam("status", "SUBMITTED").queryParam("size", 100)
                .queryParam("organizationId", Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"))
                .get("/api/v1/reports").then().statusCode(200).body("items.id", hasItem(id));

        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "RETURNED", "comment", "Bổ sung số liệu", "version", 1))
                .post(report + "/review").then().statusCode(200);
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("inbox", true).queryParam("organizationId", rachGia)
                .queryParam("size", 100).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("inbox", true).queryParam("status", "RETURNED")
                .queryParam("organizationId", rachGia).queryParam("size", 100).get("/api/v1/reports").then()
                .statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void badFiltersAre400() {
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("status", "LOST").get("/api/v1/reports").then(),
                "status");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("inbox", "maybe").get("/api/v1/reports").then(),
                "inbox");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("size", 1000).get("/api/v1/reports").then(),
                "size");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/reports").then(), 401, "unauthorized");
    }

    @Test
    void anotherProvincesOrganizationIs403AndARoleLessCallerToo() {
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER)
                .queryParam("organizationId", Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"))
                .get("/api/v1/reports").then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/reports").then(), 403, "forbidden");
    }
}
