package vn.danvan.testing;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests for resource tests. Every response is validated against the contract, openapi.yaml at the repository root;
 * requests are not, because tests send bad ones on purpose.
 */
public final class Api {

    public static final Path CONTRACT_FILE = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(OpenApiInteractionValidator
            .createForSpecificationUrl(CONTRACT_FILE.toUri().toString())
            .withLevelResolver(
                    LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
            .build());

    private Api() {
    }

    /** A request with this bearer token, JSON in and out, checked against the contract. */
    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** A request without a token. */
    public static RequestSpecification anonymous() {
        return given().filter(CONTRACT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
