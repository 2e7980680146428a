package vn.danvan.testing;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests for resource tests, checked against the contract: openapi.yaml at the repository root. */
public final class Api {

    public static final Path CONTRACT_FILE = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    /** Requests and responses must both follow the contract. */
    private static final OpenApiValidationFilter CONTRACT = filter(LevelResolver.create().build());

    /** The request is wrong on purpose; the response must still follow the contract. */
    private static final OpenApiValidationFilter RESPONSES_ONLY = filter(
            LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build());

    /** What a client of the JSON API accepts: its records, and problems. */
    private static final String ACCEPT = "application/json, application/problem+json";

    private Api() {
    }

    private static OpenApiValidationFilter filter(LevelResolver levels) {
        return new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForSpecificationUrl(CONTRACT_FILE.toUri().toString()).withLevelResolver(levels).build());
    }

    /** A valid request with this bearer token: request and response are checked against the contract. */
    public static RequestSpecification as(String token) {
        return given().filter(CONTRACT).contentType(ContentType.JSON).accept(ACCEPT).auth().oauth2(token);
    }

    /** A request that breaks the contract on purpose (bad input); only the response is checked. */
    public static RequestSpecification bad(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** A request without the token the contract requires; only the response is checked. */
    public static RequestSpecification anonymous() {
        return given().filter(RESPONSES_ONLY).contentType(ContentType.JSON).accept(ACCEPT);
    }

    /**
     * A multipart upload with this bearer token. The validator cannot read multipart bodies, so only the response is
     * checked against the contract; the tests assert what the server made of the parts.
     */
    public static RequestSpecification upload(String token) {
        // as browsers do: part headers (the file name) in UTF-8
        return given()
                .config(io.restassured.config.RestAssuredConfig.config()
                        .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(
                                io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .filter(RESPONSES_ONLY).contentType("multipart/form-data; charset=UTF-8").accept(ACCEPT).auth()
                .oauth2(token);
    }
}
