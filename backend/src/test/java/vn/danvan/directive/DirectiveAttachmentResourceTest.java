package vn.danvan.directive;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class DirectiveAttachmentResourceTest {

    /** A plan of the province's board, sent to the Party committee of phường Rạch Giá. */
    static long plan(boolean confidential) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("type", "PLAN");
        body.put("number", Fixtures.uniqueSequence() + "-KH/BTGDVTU");
        body.put("issuerId", Fixtures.organizationIdOf("91", "91-BTGDV"));
        body.put("issueDate", "2026-03-02");
        body.put("subject", "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm 2026");
        body.put("recipientIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU")));
        body.put("confidential", confidential);
        return Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static io.restassured.response.ValidatableResponse upload(String token, long id, String name,
            byte[] content, String declaredType) {
        return Api.upload(token).multiPart("file", name, content, declaredType)
                .post("/api/v1/directives/" + id + "/attachments").then();
    }

    @Test
    void aFileIsStoredWithItsRealTypeAndChecksumAndComesBackIdentical() throws Exception {
        long id = plan(false);
        byte[] pdf = Documents.read("70-CV-TU.pdf");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        // named .docx and declared as Word by the browser: the content is a PDF
        long attachmentId = upload(Tokens.PROVINCE_EDITOR, id, "Kế hoạch 23.docx", pdf, "application/msword")
                .statusCode(201).body("mediaType", equalTo("application/pdf"))
                .body("fileName", equalTo("Kế hoạch 23.docx.pdf")).body("size", equalTo(pdf.length))
                .body("sha256", equalTo(sha)).body("uploadedBy", equalTo("editor.angiang")).extract().jsonPath()
                .getLong("id");
        // the recipient commune reads the list and downloads the same bytes
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/directives/" + id + "/attachments").then().statusCode(200)
                .body("id", contains((int) attachmentId));
        byte[] back = Api.as(Tokens.COMMUNE_REPORTER).accept("*/*")
                .get("/api/v1/directives/" + id + "/attachments/" + attachmentId).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition",
                        org.hamcrest.Matchers
                                .containsString("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2023.docx.pdf"))
                .header("Repr-Digest", equalTo(
                        "sha-256=:" + java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":"))
                .extract().asByteArray();
        assertArrayEquals(pdf, back);
        Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "Directive").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].changes.attachmentAdded.sha256", equalTo(sha));
    }

    @Test
    void wordImagesAndSpreadsheetsAreKept() {
        long id = plan(false);
        upload(Tokens.PROVINCE_EDITOR, id, "ke-hoach.docx", Documents.docx("Kế hoạch"), "application/octet-stream")
                .statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        upload(Tokens.PROVINCE_EDITOR, id, "anh-hoi-nghi", Documents.png(), "application/octet-stream").statusCode(201)
                .body("mediaType", equalTo("image/png")).body("fileName", equalTo("anh-hoi-nghi.png"));
        upload(Tokens.PROVINCE_EDITOR, id, "bieu-mau.xlsx", Documents.xlsx(), "application/octet-stream")
                .statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void otherContentEmptyFilesAndMissingPartsAre400AndLeaveNothing() {
        long id = plan(false);
        assertFieldError(Api.upload(Tokens.PROVINCE_EDITOR)
                .multiPart("file", "virus.pdf", "MZ this is a program".getBytes(), "application/pdf")
                .post("/api/v1/directives/" + id + "/attachments").then(), "file");
        assertFieldError(
                Api.upload(Tokens.PROVINCE_EDITOR).multiPart("file", "empty.pdf", new byte[0], "application/pdf")
                        .post("/api/v1/directives/" + id + "/attachments").then(),
                "file");
        assertFieldError(Api.upload(Tokens.PROVINCE_EDITOR).multiPart("note", "hello")
                .post("/api/v1/directives/" + id + "/attachments").then(), "file");
        Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + id + "/attachments").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aFileOver20MegabytesIs400() {
        long id = plan(false);
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
        assertFieldError(Api.upload(Tokens.PROVINCE_EDITOR).multiPart("file", "big.pdf", big, "application/pdf")
                .post("/api/v1/directives/" + id + "/attachments").then(), "file");
        Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + id + "/attachments").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aConfidentialDirectiveKeepsNoFiles() {
        long id = plan(true);
        assertProblem(upload(Tokens.PROVINCE_EDITOR, id, "mat.pdf", Documents.read("70-CV-TU.pdf"), "application/pdf"),
                409, "conflict");
    }

    @Test
    void deletingAFileRemovesItAndIsAudited() {
        long id = plan(false);
        long attachmentId = upload(Tokens.PROVINCE_EDITOR, id, "a.png", Documents.png(), "image/png").statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(Tokens.PROVINCE_EDITOR).delete("/api/v1/directives/" + id + "/attachments/" + attachmentId).then()
                .statusCode(204);
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).accept("*/*")
                .get("/api/v1/directives/" + id + "/attachments/" + attachmentId).then(), 404, "not-found");
        Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "Directive").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.changes.attachmentRemoved.id", hasItem((int) attachmentId));
    }

    @Test
    void aFileBelongsToItsDirective() {
        long first = plan(false);
        long second = plan(false);
        long attachmentId = upload(Tokens.PROVINCE_EDITOR, first, "a.png", Documents.png(), "image/png").statusCode(201)
                .extract().jsonPath().getLong("id");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).accept("*/*")
                .get("/api/v1/directives/" + second + "/attachments/" + attachmentId).then(), 404, "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR)
                .delete("/api/v1/directives/" + second + "/attachments/" + attachmentId).then(), 404, "not-found");
    }

    @Test
    void badIdsAre400() {
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/x/attachments").then(), "id");
        long id = plan(false);
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).accept("*/*")
                .get("/api/v1/directives/" + id + "/attachments/abc").then(), "attachmentId");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).delete("/api/v1/directives/" + id + "/attachments/0").then(),
                "attachmentId");
    }

    @Test
    void withoutTokenIs401() {
        long id = plan(false);
        assertProblem(Api.anonymous().get("/api/v1/directives/" + id + "/attachments").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().contentType("multipart/form-data")
                .multiPart("file", "a.png", Documents.png(), "image/png")
                .post("/api/v1/directives/" + id + "/attachments").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().accept("*/*").get("/api/v1/directives/" + id + "/attachments/1").then(), 401,
                "unauthorized");
        assertProblem(Api.anonymous().delete("/api/v1/directives/" + id + "/attachments/1").then(), 401,
                "unauthorized");
    }

    @Test
    void aReporterReadsButCannotChangeFiles() {
        long id = plan(false);
        assertProblem(upload(Tokens.COMMUNE_REPORTER, id, "a.png", Documents.png(), "image/png"), 403, "forbidden");
        long attachmentId = upload(Tokens.PROVINCE_EDITOR, id, "a.png", Documents.png(), "image/png").statusCode(201)
                .extract().jsonPath().getLong("id");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER)
                .delete("/api/v1/directives/" + id + "/attachments/" + attachmentId).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/directives/" + id + "/attachments").then(), 403, "forbidden");
    }

    @Test
    void anotherProvinceNeitherSeesNorChangesTheFiles() {
        long id = plan(false);
        long attachmentId = upload(Tokens.PROVINCE_EDITOR, id, "a.png", Documents.png(), "image/png").statusCode(201)
                .extract().jsonPath().getLong("id");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/directives/" + id + "/attachments").then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).accept("*/*")
                .get("/api/v1/directives/" + id + "/attachments/" + attachmentId).then(), 403, "out-of-scope");
        assertProblem(upload(Tokens.OTHER_PROVINCE_ADMIN, id, "a.png", Documents.png(), "image/png"), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN)
                .delete("/api/v1/directives/" + id + "/attachments/" + attachmentId).then(), 403, "out-of-scope");
        Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + id + "/attachments").then().statusCode(200)
                .body("id", contains((int) attachmentId)).body("fileName", not(hasItem("x")));
    }

    @Test
    void anUnknownDirectiveIs404() {
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/999999999/attachments").then(), 404,
                "not-found");
        assertProblem(upload(Tokens.PROVINCE_EDITOR, 999_999_999L, "a.png", Documents.png(), "image/png"), 404,
                "not-found");
    }
}
