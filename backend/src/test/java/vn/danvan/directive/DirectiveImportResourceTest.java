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
}
