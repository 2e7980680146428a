package vn.danvan.directive;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Tokens;

@QuarkusTest
class DirectiveImportResourceTest {

    private static String document(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/documents", name));
    }

    @Test
    void anEditorGetsADraftFromALetter() throws IOException {
        Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("text", document("2021-02-02_tinh-uy-kien-giang_70-CV-TU_dan-van-kheo-2021-2025.txt")))
                .post("/api/v1/directives/parse").then().statusCode(200).body("type", equalTo("OFFICIAL_LETTER"))
                .body("number.text", equalTo("Số 70 -CV/TU")).body("number.style", equalTo("PARTY"))
                .body("number.sequence", equalTo(70)).body("issuer", equalTo("Tỉnh ủy Kiên Giang"))
                .body("issueDate", equalTo("2021-02-02")).body("periodFrom", equalTo(2021))
                .body("citations.number.text", hasItem("43-KL/TW"))
                .body("proposedTasks.ordinal", contains(1, 2, 3, 4, 5))
                .body("proposedTasks[4].lead", equalTo("Ban Dân vận Tỉnh ủy"))
                .body("missing", contains("signingCapacity"));
    }

    @Test
    void aDirectiveWithoutNumberSaysWhatIsMissing() throws IOException {
        Api.as(Tokens.COMMUNE_ADMIN)
                .body(Map.of("text", document("huyen-uy-don-duong_chi-thi_khu-dan-cu-kieu-mau-2021-2025.txt")))
                .post("/api/v1/directives/parse").then().statusCode(200).body("type", equalTo("DIRECTIVE"))
                .body("issuer", equalTo("Ban Thường vụ Huyện ủy"))
                .body("signingCapacity", equalTo("T/M Ban Thường vụ — Bí thư"))
                .body("missing", contains("number", "issueDate", "place"));
    }

    @Test
    void blankOrMissingTextIs400() {
        assertFieldError(
                Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("text", "   ")).post("/api/v1/directives/parse").then(),
                "text");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of()).post("/api/v1/directives/parse").then(),
                "text");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("text", "x".repeat(200_001)))
                .post("/api/v1/directives/parse").then(), "text");
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().body(Map.of("text", "Chỉ thị")).post("/api/v1/directives/parse").then(), 401,
                "unauthorized");
    }

    @Test
    void aReporterIs403() {
        assertProblem(
                Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("text", "Chỉ thị")).post("/api/v1/directives/parse").then(),
                403, "forbidden");
    }

    @Test
    void namedBodiesAreMatchedToTheOrganizationsOfTheirDay() throws IOException {
        // Tỉnh ủy Kiên Giang in 2021 is the former provincial committee; "Ban Dân vận Tỉnh ủy" in its letter is the
        // former Kiên Giang board; "các huyện, thành ủy" names many bodies and matches none.
        Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("text", document("2021-02-02_tinh-uy-kien-giang_70-CV-TU_dan-van-kheo-2021-2025.txt")))
                .post("/api/v1/directives/parse").then().statusCode(200)
                .body("issuerOrganization.code", equalTo("KG-TU"))
                .body("proposedTasks[4].leadOrganization.code", equalTo("KG-BDV"))
                .body("recipientOrganizations.text", hasItem("Ban thường vụ các huyện, thành ủy, đảng ủy trực thuộc"))
                .body("recipientOrganizations.find { it.text.startsWith('Ban thường vụ các') }.organization",
                        org.hamcrest.Matchers.nullValue())
                .body("fullText",
                        org.hamcrest.Matchers.startsWith(
                                document("2021-02-02_tinh-uy-kien-giang_70-CV-TU_dan-van-kheo-2021-2025.txt")
                                        .substring(0, 40)));
    }

    @Test
    void aCurrentPlanIsMatchedToTheBodiesOfTheMergedProvince() throws IOException {
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("text", document("own-45-KH-BTGDVTU-hoi-thi-dan-van-kheo.txt")))
                .post("/api/v1/directives/parse").then().statusCode(200)
                .body("issuerOrganization.code", equalTo("91-BTGDV"))
                .body("proposedTasks[1].leadOrganization.code", equalTo("91-MTTQ"))
                .body("recipientOrganizations.find { it.text == 'Đảng ủy các xã, phường, đặc khu' }.organization",
                        org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aMatchNeedsTheOrganizationToExistOnTheDocumentsDate() {
        String text = "TỈNH ỦY KIÊN GIANG\nSố 12-CV/TU\nKiên Giang, ngày 05 tháng 3 năm 2026\nV/v thử\n"
                + "Nơi nhận:\n- Ban Dân vận Tỉnh ủy,\n- Lưu VPTU.";
        // Kiên Giang's bodies ended on 30/06/2025: a 2026 text cannot mean them
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("text", text)).post("/api/v1/directives/parse").then()
                .statusCode(200).body("issuer", equalTo("Tỉnh ủy Kiên Giang"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("issuerOrganization")));
    }

    @Test
    void aPdfIsReadLikeItsText() {
        Api.upload(Tokens.PROVINCE_EDITOR)
                .multiPart("file", "cong-van-70.pdf", Documents.read("70-CV-TU.pdf"), "application/pdf")
                .post("/api/v1/directives/parse-file").then().statusCode(200).body("type", equalTo("OFFICIAL_LETTER"))
                .body("number.text", equalTo("Số 70 -CV/TU")).body("issuer", equalTo("Tỉnh ủy Kiên Giang"))
                .body("issuerOrganization.code", equalTo("KG-TU")).body("issueDate", equalTo("2021-02-02"))
                .body("proposedTasks.ordinal", contains(1, 2, 3, 4, 5));
    }

    @Test
    void aWordDocumentIsReadLikeItsText() {
        byte[] docx = Documents
                .docx(Documents.text("2022-11-23_tinh-uy-kien-giang_632-CV-TU_cuoc-van-dong-nong-thon-moi.txt"));
        // sent under a misleading name and type: the content decides
        Api.upload(Tokens.PROVINCE_EDITOR).multiPart("file", "anh.png", docx, "image/png")
                .post("/api/v1/directives/parse-file").then().statusCode(200).body("number.text", equalTo("632-CV/TU"))
                .body("issuer", equalTo("Tỉnh ủy Kiên Giang")).body("issueDate", equalTo("2022-11-23"));
    }

    @Test
    void otherFilesScansAndMissingPartsAre400() {
        assertFieldError(
                Api.upload(Tokens.PROVINCE_EDITOR).multiPart("file", "van-ban.pdf", Documents.png(), "application/pdf")
                        .post("/api/v1/directives/parse-file").then(),
                "file");
        assertFieldError(Api.upload(Tokens.PROVINCE_EDITOR)
                .multiPart("file", "bang.docx", Documents.xlsx(), "application/octet-stream")
                .post("/api/v1/directives/parse-file").then(), "file");
        assertFieldError(Api.upload(Tokens.PROVINCE_EDITOR)
                .multiPart("file", "scan.pdf", Documents.read("no-text-layer.pdf"), "application/pdf")
                .post("/api/v1/directives/parse-file").then(), "file");
        assertFieldError(Api.upload(Tokens.PROVINCE_EDITOR).multiPart("other", "x.txt", "x".getBytes(), "text/plain")
                .post("/api/v1/directives/parse-file").then(), "file");
    }

    @Test
    void readingAFileNeedsATokenAndAnEditor() {
        assertProblem(Api.anonymous().contentType("multipart/form-data")
                .multiPart("file", "a.pdf", Documents.read("70-CV-TU.pdf"), "application/pdf")
                .post("/api/v1/directives/parse-file").then(), 401, "unauthorized");
        assertProblem(Api.upload(Tokens.COMMUNE_REPORTER)
                .multiPart("file", "a.pdf", Documents.read("70-CV-TU.pdf"), "application/pdf")
                .post("/api/v1/directives/parse-file").then(), 403, "forbidden");
    }
}
