package vn.danvan.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.danvan.testing.Api;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/** Evidence (files, photos) on a period's report: /api/v1/reports/{id}/attachments. */
@QuarkusTest
class ReportEvidenceResourceTest {

    /** The current quarter's report of a continuous task given to phường Rạch Giá's Party committee. */
    static String reportOfRachGia() {
        long directive = ((Number) TaskFixtures.plan().get("id")).longValue();
        int task = Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(TaskFixtures.task(1, "CONTINUOUS"))))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
        int assignment = Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("organizationIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"))))
                .post("/api/v1/tasks/" + task + "/assignments").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
        return "/api/v1/reports/"
                + Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/assignments/" + assignment + "/reports").then()
                        .statusCode(200).extract().jsonPath().getInt("[-1].id");
    }

    private static ValidatableResponse upload(String token, String report, String name, byte[] content) {
        return Api.upload(token).multiPart("file", name, content, "application/octet-stream")
                .post(report + "/attachments").then();
    }

    @Test
    void aPhotoIsAttachedReadByTheReviewerAndLockedOnceSubmitted() {
        String report = reportOfRachGia();
        byte[] photo = Documents.png();
        long id = upload(Tokens.COMMUNE_REPORTER, report, "Ảnh hội nghị ấp 3.png", photo).statusCode(201)
                .body("mediaType", equalTo("image/png")).body("fileName", equalTo("Ảnh hội nghị ấp 3.png"))
                .body("uploadedBy", equalTo("reporter.rachgia")).extract().jsonPath().getLong("id");
        upload(Tokens.COMMUNE_REPORTER, report, "bien-ban", Documents.docx("Biên bản hội nghị")).statusCode(201);
        long removed = upload(Tokens.COMMUNE_REPORTER, report, "nham.xlsx", Documents.xlsx()).statusCode(201).extract()
                .jsonPath().getLong("id");
        Api.as(Tokens.COMMUNE_REPORTER).delete(report + "/attachments/" + removed).then().statusCode(204);

        Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("text", "Đã tổ chức hội nghị, có ảnh kèm theo.", "version", 0))
                .put(report).then().statusCode(200)
                .body("attachments.fileName", contains("Ảnh hội nghị ấp 3.png", "bien-ban.docx"));
        // the province reads the evidence with the report and downloads the same bytes
        Api.as(Tokens.PROVINCE_EDITOR).get(report + "/attachments").then().statusCode(200).body("$", hasSize(2));
        byte[] back = Api.as(Tokens.PROVINCE_EDITOR).accept("image/png").get(report + "/attachments/" + id).then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(photo, back);
        // submitted: the evidence stays as it was
        assertProblem(upload(Tokens.COMMUNE_REPORTER, report, "them.png", photo), 409, "conflict");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).delete(report + "/attachments/" + id).then(), 409, "conflict");
        // returned for revision: evidence can be added again
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "RETURNED", "comment", "Thiếu ảnh ấp 5", "version", 1))
                .post(report + "/review").then().statusCode(200);
        upload(Tokens.COMMUNE_REPORTER, report, "Ảnh ấp 5.png", photo).statusCode(201);
        Api.as(Tokens.PROVINCE_LEADER).get(report).then().statusCode(200).body("attachments", hasSize(3));
        // every change is in the report's history
        Api.as(Tokens.PROVINCE_ADMIN).queryParam("entityType", "Report")
                .queryParam("entityId", report.substring(report.lastIndexOf('/') + 1)).get("/api/v1/audit-events")
                .then().statusCode(200).body("total", equalTo(7));
    }

    @Test
    void otherContentEmptyFilesAndMissingPartsAre400AndLeaveNothing() {
        String report = reportOfRachGia();
        assertFieldError(upload(Tokens.COMMUNE_REPORTER, report, "virus.png", "MZ program".getBytes()), "file");
        assertFieldError(upload(Tokens.COMMUNE_REPORTER, report, "empty.png", new byte[0]), "file");
        assertFieldError(
                Api.upload(Tokens.COMMUNE_REPORTER).multiPart("note", "x").post(report + "/attachments").then(),
                "file");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).get(report + "/attachments/abc").then(), "attachmentId");
        Api.as(Tokens.COMMUNE_REPORTER).get(report + "/attachments").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/reports/1/attachments").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().contentType("multipart/form-data").multiPart("file", "a.png", Documents.png())
                .post("/api/v1/reports/1/attachments").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().get("/api/v1/reports/1/attachments/1").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().delete("/api/v1/reports/1/attachments/1").then(), 401, "unauthorized");
    }

    @Test
    void onlyTheAssignedOrganizationAddsEvidenceAndOnlyItsScopeReadsIt() {
        String report = reportOfRachGia();
        long id = upload(Tokens.COMMUNE_REPORTER, report, "anh.png", Documents.png()).statusCode(201).extract()
                .jsonPath().getLong("id");
        assertProblem(upload(Tokens.PROVINCE_LEADER, report, "anh.png", Documents.png()), 403, "forbidden");
        assertProblem(upload(Tokens.OTHER_PROVINCE_ADMIN, report, "anh.png", Documents.png()), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).delete(report + "/attachments/" + id).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(report + "/attachments").then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get(report + "/attachments/" + id).then(), 403,
                "out-of-scope");
        Api.as(Tokens.COMMUNE_REPORTER).get(report + "/attachments").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void unknownReportsAndFilesAre404() {
        String report = reportOfRachGia();
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/reports/999999999/attachments").then(), 404,
                "not-found");
        assertProblem(upload(Tokens.PROVINCE_EDITOR, "/api/v1/reports/999999999", "a.png", Documents.png()), 404,
                "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).get(report + "/attachments/999999999").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).delete(report + "/attachments/999999999").then(), 404,
                "not-found");
    }
}
