package vn.danvan.common.error;

import static io.restassured.RestAssured.given;
import static vn.danvan.testing.Problems.assertFieldError;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import vn.danvan.testing.Api;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/** A malformed multipart body on any upload route is a 400 problem+json naming file, never a 500. */
@QuarkusTest
class MalformedUploadTest {

    private static String route(String name) {
        return switch (name) {
        case "parse-file" -> "/api/v1/directives/parse-file";
        case "directive" -> "/api/v1/directives/" + TaskFixtures.plan().get("id") + "/attachments";
        case "report" -> TaskFixtures.currentReportOf(TaskFixtures.newOrganization(), "Minh chứng") + "/attachments";
        default -> throw new IllegalArgumentException(name);
        };
    }

    private static RequestSpecification raw(String token, String contentType, String body) {
        return given().auth().oauth2(token).contentType(contentType)
                .accept("application/json, application/problem+json").body(body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = { "parse-file", "directive", "report" })
    void everyMalformedBodyIs400NamingFile(String name) {
        String url = route(name);
        String token = Tokens.PROVINCE_EDITOR; // an editor of the issuer may add a report's evidence too
        String part = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 truncated";
        // cut off before the closing boundary
        assertFieldError(raw(token, "multipart/form-data; boundary=xyz", part).post(url).then(), "file");
        // no boundary at all
        assertFieldError(raw(token, "multipart/form-data", part + "\r\n--xyz--\r\n").post(url).then(), "file");
        // the part under another name
        assertFieldError(
                raw(token, "multipart/form-data; boundary=xyz",
                        part.replace("name=\"file\"", "name=\"document\"") + "\r\n--xyz--\r\n").post(url).then(),
                "file");
        // an empty body
        assertFieldError(raw(token, "multipart/form-data; boundary=xyz", "").post(url).then(), "file");
        // garbage
        assertFieldError(raw(token, "multipart/form-data; boundary=xyz", "\u0000\u0001 not multipart").post(url).then(),
                "file");
    }

    @ParameterizedTest
    @ValueSource(strings = { "parse-file", "directive" })
    void aWellFormedUploadStillWorks(String name) {
        String url = route(name);
        Api.upload(Tokens.PROVINCE_EDITOR).multiPart("file", "anh.png", vn.danvan.testing.Documents.png()).post(url)
                .then().statusCode(name.equals("parse-file") ? 400 : 201);
        // (a PNG is no document to read: parse-file answers 400 naming file, having read the upload)
    }
}
